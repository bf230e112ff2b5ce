START TRANSACTION;
DELETE FROM `__EFMigrationsHistory`
WHERE `MigrationId` = '20261201005602_DropReportingSchema';

COMMIT;


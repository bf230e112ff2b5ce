START TRANSACTION;
DELETE FROM `__EFMigrationsHistory`
WHERE `MigrationId` = '20261201004344_DropReportingSchema';

COMMIT;


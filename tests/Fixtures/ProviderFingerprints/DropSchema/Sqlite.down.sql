BEGIN TRANSACTION;
DELETE FROM "__EFMigrationsHistory"
WHERE "MigrationId" = '20261201005907_DropReportingSchema';

COMMIT;


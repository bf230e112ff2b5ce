BEGIN TRANSACTION;
DELETE FROM "__EFMigrationsHistory"
WHERE "MigrationId" = '20261201004727_DropReportingSchema';

COMMIT;


START TRANSACTION;
DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = 'reporting') THEN
        CREATE SCHEMA reporting;
    END IF;
END $EF$;

DELETE FROM "__EFMigrationsHistory"
WHERE "MigrationId" = '20261201005826_DropReportingSchema';

COMMIT;


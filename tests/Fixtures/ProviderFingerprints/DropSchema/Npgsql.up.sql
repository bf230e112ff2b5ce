START TRANSACTION;
DROP SCHEMA reporting;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201005826_DropReportingSchema', '10.0.15');

COMMIT;


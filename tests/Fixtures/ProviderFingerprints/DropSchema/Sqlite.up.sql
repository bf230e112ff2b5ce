BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201005907_DropReportingSchema', '10.0.15');

COMMIT;


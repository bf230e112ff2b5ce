START TRANSACTION;
INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20261201005602_DropReportingSchema', '9.0.23');

COMMIT;


START TRANSACTION;
DROP SCHEMA `reporting`;

INSERT INTO `__EFMigrationsHistory` (`MigrationId`, `ProductVersion`)
VALUES ('20261201004435_DropReportingSchema', '10.0.15');

COMMIT;


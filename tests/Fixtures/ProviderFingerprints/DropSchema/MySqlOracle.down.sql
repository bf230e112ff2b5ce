CREATE DATABASE IF NOT EXISTS `reporting`
DELETE FROM `__EFMigrationsHistory`
WHERE `MigrationId` = '20261201004435_DropReportingSchema';


CREATE DATABASE IF NOT EXISTS `reporting`
DELETE FROM `__EFMigrationsHistory`
WHERE `MigrationId` = '20261201005641_DropReportingSchema';


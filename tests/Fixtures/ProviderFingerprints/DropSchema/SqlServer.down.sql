BEGIN TRANSACTION;
IF SCHEMA_ID(N'reporting') IS NULL EXEC(N'CREATE SCHEMA [reporting];');

DELETE FROM [__EFMigrationsHistory]
WHERE [MigrationId] = N'20261201004504_DropReportingSchema';

COMMIT;
GO


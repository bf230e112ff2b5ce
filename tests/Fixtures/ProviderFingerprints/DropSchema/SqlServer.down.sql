BEGIN TRANSACTION;
IF SCHEMA_ID(N'reporting') IS NULL EXEC(N'CREATE SCHEMA [reporting];');

DELETE FROM [__EFMigrationsHistory]
WHERE [MigrationId] = N'20261201005731_DropReportingSchema';

COMMIT;
GO


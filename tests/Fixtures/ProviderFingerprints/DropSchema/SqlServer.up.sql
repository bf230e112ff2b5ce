BEGIN TRANSACTION;
DROP SCHEMA [reporting];

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20261201005731_DropReportingSchema', N'10.0.15');

COMMIT;
GO


using MigrationAnalyzers.Manifest;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1004: a statement of <c>migrationBuilder.Sql(...)</c> that drops, truncates or empties a table, drops a
/// column, or drops a schema, where a model maps the table (as MIG1001/MIG1002 judge it) or a manifest protects it.
/// </summary>
internal static class RawSqlDataLossRule
{
    public static Finding? Evaluate(MigrationOperation operation, MigrationUnderAnalysis migration, ProtectedTables protectedTables)
    {
        if (!operation.IsRawSql)
        {
            return null;
        }

        var (verb, column) = operation.Kind switch
        {
            MigrationOperationKind.DropTable => ("drops table", null),
            MigrationOperationKind.Truncate => ("truncates table", null),
            MigrationOperationKind.DeleteAllRows => ("deletes every row of table", null),
            MigrationOperationKind.DropColumn => ("drops column", operation.Column),
            MigrationOperationKind.DropSchema => ("drops schema", null),
            _ => (null, null),
        };
        if (verb is null)
        {
            return null;
        }

        string target;
        string reason;
        Microsoft.CodeAnalysis.Location? evidenceLocation;
        if (operation.Kind == MigrationOperationKind.DropSchema)
        {
            if (protectedTables.FindSchema(operation.Schema!) is not { } schemaProtection)
            {
                return null;
            }

            target = operation.Schema!;
            (reason, evidenceLocation) = (Protected(schemaProtection), schemaProtection.Location);
        }
        else
        {
            var scope = migration.Context?.Scope ?? default;
            if (migration.Direction == MigrationDirection.Down
                && OperationQueries.Creates(migration.UpOperations, scope, operation.Schema, operation.Table, column))
            {
                return null;
            }

            if (MappingEvidence.Find(migration, operation.Schema, operation.Table, column) is { } evidence)
            {
                (reason, evidenceLocation) = (MessageParts.Model(evidence) + " still maps", evidence.Location);
            }
            else if (protectedTables.FindTable(operation.Schema, operation.Table, scope) is { } protection)
            {
                (reason, evidenceLocation) = (Protected(protection), protection.Location);
            }
            else
            {
                return null;
            }

            var table = operation.Schema is null ? operation.Table : operation.Schema + "." + operation.Table;
            target = column is null ? table : operation.Table + "." + column;
        }

        return new Finding(
            Descriptors.Mig1004_RawSqlDataLoss,
            operation,
            migration,
            new object?[] { migration.Name, verb, target, MessageParts.Where(migration.Direction), reason },
            evidenceLocation);
    }

    private static string Protected(Protection protection)
        => "is protected by " + protection.Source + (protection.Entry.Owner is { } owner ? $" ({owner})" : string.Empty);
}

using MigrationAnalyzers.Manifest;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1003: <c>DropTable</c>, <c>DropColumn</c>, <c>RenameTable</c>, <c>RenameColumn</c> on a protected table, or
/// <c>DropSchema</c> of a schema protected tables live in. In <c>Down()</c>, undoing what the same migration's
/// <c>Up()</c> created is allowed; dropping a schema never is.
/// </summary>
internal static class ChangeOfProtectedTableRule
{
    public static Finding? Evaluate(MigrationOperation operation, MigrationUnderAnalysis migration, ProtectedTables protectedTables)
    {
        if (operation.IsRawSql)
        {
            return null;
        }

        var scope = migration.Context?.Scope ?? default;
        var (verb, column) = operation.Kind switch
        {
            MigrationOperationKind.DropTable => ("drops table", null),
            MigrationOperationKind.RenameTable => ("renames table", null),
            MigrationOperationKind.DropColumn => ("drops column", operation.Column),
            MigrationOperationKind.RenameColumn => ("renames column", operation.Column),
            MigrationOperationKind.DropSchema => ("drops schema", null),
            _ => (null, null),
        };
        if (verb is null)
        {
            return null;
        }

        Protection? protection;
        string target;
        if (operation.Kind == MigrationOperationKind.DropSchema)
        {
            protection = protectedTables.FindSchema(operation.Schema!);
            target = operation.Schema!;
        }
        else
        {
            if (migration.Direction == MigrationDirection.Down
                && OperationQueries.Creates(migration.UpOperations, scope, operation.Schema, operation.Table, column))
            {
                return null;
            }

            protection = protectedTables.FindTable(operation.Schema, operation.Table, scope);
            var table = operation.Schema is null ? operation.Table : operation.Schema + "." + operation.Table;
            target = column is null ? table : operation.Table + "." + column;
        }

        if (protection is null)
        {
            return null;
        }

        return new Finding(
            Descriptors.Mig1003_ChangeOfProtectedTable,
            operation,
            migration,
            new object?[]
            {
                migration.Name,
                verb,
                target,
                MessageParts.Where(migration.Direction),
                protection.Source,
                protection.Entry.Owner is { } owner ? $" ({owner})" : string.Empty,
            },
            protection.Location);
    }
}

using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>MIG1001: <c>DropTable</c> of a table that a model still maps.</summary>
internal static class DropTableOfMappedTableRule
{
    public static Finding? Evaluate(MigrationOperation operation, MigrationUnderAnalysis migration)
    {
        if (operation.IsRawSql || operation.Kind != MigrationOperationKind.DropTable)
        {
            return null;
        }

        var scope = migration.Context?.Scope ?? default;
        if (migration.Direction == MigrationDirection.Down
            && OperationQueries.Creates(migration.UpOperations, scope, operation.Schema, operation.Table, column: null))
        {
            return null;
        }

        if (MappingEvidence.Find(migration, operation.Schema, operation.Table, column: null) is not { } evidence)
        {
            return null;
        }

        var recreated = migration.Direction == MigrationDirection.Up
            && OperationQueries.Creates(migration.Operations, scope, operation.Schema, operation.Table, column: null, after: operation);
        return new Finding(
            Descriptors.Mig1001_DropTableOfMappedTable,
            operation,
            migration,
            new object?[]
            {
                migration.Name,
                operation.Schema is null ? operation.Table : operation.Schema + "." + operation.Table,
                MessageParts.Where(migration.Direction),
                MessageParts.Model(evidence),
                recreated ? "; re-creating it later in Up() does not bring its rows back" : string.Empty,
            },
            evidence.Location);
    }
}

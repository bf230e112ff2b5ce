using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>MIG1002: <c>DropColumn</c> of a column that a model still maps.</summary>
internal static class DropColumnOfMappedColumnRule
{
    public static Finding? Evaluate(MigrationOperation operation, MigrationUnderAnalysis migration)
    {
        if (operation.IsRawSql || operation.Kind != MigrationOperationKind.DropColumn || operation.Column is null)
        {
            return null;
        }

        var scope = migration.Context?.Scope ?? default;
        if (migration.Direction == MigrationDirection.Down
            && OperationQueries.Creates(migration.UpOperations, scope, operation.Schema, operation.Table, operation.Column))
        {
            return null;
        }

        if (MappingEvidence.Find(migration, operation.Schema, operation.Table, operation.Column) is not { } evidence)
        {
            return null;
        }

        var recreated = migration.Direction == MigrationDirection.Up
            && OperationQueries.Creates(migration.Operations, scope, operation.Schema, operation.Table, operation.Column, after: operation);
        return new Finding(
            Descriptors.Mig1002_DropColumnOfMappedColumn,
            operation,
            migration,
            new object?[]
            {
                migration.Name,
                operation.Table + "." + operation.Column,
                MessageParts.Where(migration.Direction),
                MessageParts.Model(evidence),
                recreated ? "; re-creating it later in Up() does not bring its values back" : string.Empty,
            },
            evidence.Location);
    }
}

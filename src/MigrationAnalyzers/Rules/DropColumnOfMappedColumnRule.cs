using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>MIG1002: <c>DropColumn</c> of a column that a model still maps.</summary>
internal static class DropColumnOfMappedColumnRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (operation.IsRawSql || operation.Kind != MigrationOperationKind.DropColumn || operation.Target is not { IsColumn: true } column
            || context.UndoesUp(operation)
            || MappingEvidence.Find(context, column) is not { } evidence)
        {
            return null;
        }

        return new Finding(
            Descriptors.Mig1002_DropColumnOfMappedColumn,
            operation,
            context,
            new object?[]
            {
                context.Name,
                column.ToString(),
                context.Where,
                MessageParts.Model(evidence),
                MessageParts.IsolationHint(evidence) + (context.IsCreatedAgainLater(operation) ? "; re-creating it later in Up() does not bring its values back" : string.Empty),
            },
            evidence.Location,
            evidence.OtherContext);
    }
}

using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>MIG1001: <c>DropTable</c> of a table that a model still maps.</summary>
internal static class DropTableOfMappedTableRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (operation.IsRawSql || operation.Kind != MigrationOperationKind.DropTable || operation.Target is not { } table
            || context.UndoesUp(operation)
            || MappingEvidence.Find(context, table) is not { } evidence)
        {
            return null;
        }

        return new Finding(
            Descriptors.Mig1001_DropTableOfMappedTable,
            operation,
            context,
            new object?[]
            {
                context.Name,
                table.ToString(),
                context.Where,
                MessageParts.Model(evidence),
                MessageParts.IsolationHint(evidence) + (context.IsCreatedAgainLater(operation) ? "; re-creating it later in Up() does not bring its rows back" : string.Empty),
            },
            evidence.Location,
            evidence.OtherContext);
    }
}

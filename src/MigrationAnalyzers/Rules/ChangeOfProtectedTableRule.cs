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
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (operation.IsRawSql)
        {
            return null;
        }

        var verb = operation.Kind switch
        {
            MigrationOperationKind.DropTable => "drops table",
            MigrationOperationKind.RenameTable => "renames table",
            MigrationOperationKind.DropColumn => "drops column",
            MigrationOperationKind.RenameColumn => "renames column",
            MigrationOperationKind.DropSchema => "drops schema",
            _ => null,
        };
        if (verb is null)
        {
            return null;
        }

        Protection? protection;
        string target;
        if (operation.DroppedSchema is { } schema)
        {
            protection = context.ProtectedTables.FindSchema(schema);
            target = schema;
        }
        else if (operation.Target is { } table && !context.UndoesUp(operation))
        {
            protection = context.ProtectedTables.FindTable(table, context.Scope);
            target = table.ToString();
        }
        else
        {
            return null;
        }

        if (protection is null)
        {
            return null;
        }

        return new Finding(
            Descriptors.Mig1003_ChangeOfProtectedTable,
            operation,
            context,
            new object?[]
            {
                context.Name,
                verb,
                target,
                context.Where,
                protection.Source,
                protection.Entry.Owner is { } owner ? $" ({owner})" : string.Empty,
            },
            protection.Location);
    }
}

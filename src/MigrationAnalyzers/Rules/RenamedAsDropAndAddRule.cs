using System.Linq;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1006: <c>Up()</c> drops a column or table the previous model maps and adds one that looks like it renamed
/// (<see cref="RenamePair"/>): if it is a rename, the values are lost. Reported on the drop; <c>Down()</c>'s mirrored
/// pair is not reported on its own.
/// </summary>
internal static class RenamedAsDropAndAddRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (context.Direction != MigrationDirection.Up || operation.IsRawSql
            || operation.Kind is not (MigrationOperationKind.DropColumn or MigrationOperationKind.DropTable)
            || operation.Target is not { } dropped)
        {
            return null;
        }

        // Cheap first: most drops have no add to pair with at all, a column pair is found from the operations alone, and a
        // table pair needs a later CreateTable with the dropped table's column names, all before the previous designer
        // (large) is read for the evidence.
        var addKind = operation.Kind == MigrationOperationKind.DropColumn ? MigrationOperationKind.AddColumn : MigrationOperationKind.CreateTable;
        if (!context.Operations.Any(o => o.Kind == addKind)
            || (operation.Kind == MigrationOperationKind.DropColumn && RenamePair.Find(operation, context.Operations, context.DownOperations, context.Scope) is null)
            || (operation.Kind == MigrationOperationKind.DropTable && !RenamePair.MayPairTable(operation, context.Operations, context.DownOperations, context.Scope))
            || MappingEvidence.FindBefore(context, dropped) is not { } before)
        {
            return null;
        }

        if (RenamePair.Find(operation, context.Operations, context.DownOperations, context.Scope, before.Table?.Columns.Keys) is not { } pair)
        {
            return null;
        }

        var added = pair.Add.Target!;
        string shape;
        if (pair.IsTable)
        {
            shape = $" (the same {pair.ColumnCount} column{(pair.ColumnCount == 1 ? string.Empty : "s")})";
        }
        else
        {
            shape = pair.OldFacets is { } old && pair.NewFacets is { } now
                ? old.IsNullable == now.IsNullable
                    ? $" ({old.Describe()} → {now.Describe()})"
                    : $" ({old.Describe()} {Nullability(old.IsNullable)} → {now.Describe()} {Nullability(now.IsNullable)})"
                : string.Empty;
        }

        return new Finding(
            Descriptors.Mig1006_RenamedAsDropAndAdd,
            operation,
            context,
            new object?[]
            {
                context.Name,
                pair.IsTable ? "table" : "column",
                dropped.ToString(),
                added.ToString(),
                shape,
                Advice(pair.IsTable, dropped, added),
            },
            before.Evidence.Location);
    }

    /// <summary>What to do: rename, or, for a value derived from the dropped one (<c>ClientSecretHash</c>), compute it first.</summary>
    private static string Advice(bool isTable, Names.TableRef dropped, Names.TableRef added)
        => isTable
            ? $"if this is a rename, every row of {dropped.Table} is lost; rename it instead"
            : Names.RelatedNames.IsDerived(dropped.Column!, added.Column!)
                ? $"'{added.Column}' looks computed from '{dropped.Column}': fill it from {dropped.Column} before the drop, or every value is lost"
                : $"if this is a rename, every value of {dropped.Column} is lost; rename it instead";

    private static string Nullability(bool isNullable) => isNullable ? "NULL" : "NOT NULL";
}

using System;
using System.Collections.Immutable;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>Questions the rules ask of a method's operations.</summary>
internal static class OperationQueries
{
    /// <summary>
    /// Whether <paramref name="operations"/> create the table (or, with <paramref name="column"/>, the column):
    /// <c>CreateTable</c>, <c>RenameTable</c> to it, and for columns also <c>AddColumn</c> and <c>RenameColumn</c> to it.
    /// Only operations that come after <paramref name="after"/> in <paramref name="operations"/> count when it is given.
    /// </summary>
    public static bool Creates(
        ImmutableArray<MigrationOperation> operations, SchemaScope scope, string? schema, string table, string? column, MigrationOperation? after = null)
    {
        var first = after is null ? 0 : operations.IndexOf(after) + 1;
        for (var i = first; i < operations.Length; i++)
        {
            var operation = operations[i];

            switch (operation.Kind)
            {
                case MigrationOperationKind.CreateTable:
                case MigrationOperationKind.RenameTable:
                    if (SameTable(operation.ResultingSchema, operation.ResultingTable, schema, table, scope))
                    {
                        return true;
                    }

                    break;
                case MigrationOperationKind.AddColumn when column is not null:
                    if (SameName(operation.Column, column) && SameTable(operation.Schema, operation.Table, schema, table, scope))
                    {
                        return true;
                    }

                    break;
                case MigrationOperationKind.RenameColumn when column is not null:
                    if (SameName(operation.NewName, column) && SameTable(operation.Schema, operation.Table, schema, table, scope))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a drop is one step of a rebuild that keeps the data: the rows (or the column's values) are
    /// copied into a new table (column) before the drop, and the new one is renamed to the old name after it.
    /// </summary>
    public static bool IsPartOfRebuild(ImmutableArray<MigrationOperation> operations, MigrationOperation drop, SchemaScope scope)
    {
        if (drop.Kind is not (MigrationOperationKind.DropTable or MigrationOperationKind.DropColumn))
        {
            return false;
        }

        var index = operations.IndexOf(drop);

        for (var copy = 0; copy < index; copy++)
        {
            var candidate = operations[copy];
            string? copiedTo = null;
            if (drop.Kind == MigrationOperationKind.DropTable && candidate.Kind == MigrationOperationKind.CopyRows
                && SameTable(candidate.Schema, candidate.Table, drop.Schema, drop.Table, scope))
            {
                copiedTo = candidate.NewName;
            }
            else if (drop.Kind == MigrationOperationKind.DropColumn && candidate.Kind == MigrationOperationKind.CopyColumn
                     && SameName(candidate.Column, drop.Column!) && SameTable(candidate.Schema, candidate.Table, drop.Schema, drop.Table, scope))
            {
                copiedTo = candidate.NewName;
            }

            if (copiedTo is not null && IsRenamedBack(operations, index, drop, copiedTo, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRenamedBack(ImmutableArray<MigrationOperation> operations, int dropIndex, MigrationOperation drop, string copy, SchemaScope scope)
    {
        for (var i = dropIndex + 1; i < operations.Length; i++)
        {
            var rename = operations[i];
            if (drop.Kind == MigrationOperationKind.DropTable && rename.Kind == MigrationOperationKind.RenameTable
                && SameName(rename.Table, copy) && SameName(rename.ResultingTable, drop.Table))
            {
                return true;
            }

            if (drop.Kind == MigrationOperationKind.DropColumn && rename.Kind == MigrationOperationKind.RenameColumn
                && SameName(rename.Column, copy) && SameName(rename.NewName, drop.Column!)
                && SameTable(rename.Schema, rename.Table, drop.Schema, drop.Table, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameTable(string? schema, string table, string? otherSchema, string otherTable, SchemaScope scope)
        => SameName(table, otherTable) && SchemaScope.SameSchema(schema, scope, otherSchema, scope);

    private static bool SameName(string? name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}

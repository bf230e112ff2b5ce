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
    /// Only operations that start after <paramref name="after"/> count when it is given.
    /// </summary>
    public static bool Creates(
        ImmutableArray<MigrationOperation> operations, SchemaScope scope, string? schema, string table, string? column, MigrationOperation? after = null)
    {
        foreach (var operation in operations)
        {
            if (after is not null && operation.Syntax.SpanStart <= after.Syntax.SpanStart && operation.Syntax.SyntaxTree == after.Syntax.SyntaxTree)
            {
                continue;
            }

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

    private static bool SameTable(string? schema, string table, string? otherSchema, string otherTable, SchemaScope scope)
        => SameName(table, otherTable) && SchemaScope.SameSchema(schema, scope, otherSchema, scope);

    private static bool SameName(string? name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}

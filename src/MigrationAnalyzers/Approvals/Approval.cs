using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Approvals;

/// <summary>One <c>[ApprovedDataLoss(...)]</c> on a migration class.</summary>
internal sealed class Approval
{
    public Approval(string table, string? schema, string? column, AttributeData attribute)
    {
        Table = table;
        Schema = schema;
        Column = column;
        Attribute = attribute;
    }

    /// <summary>The table as written; <c>"HangFire.AggregatedCounter"</c> without a <see cref="Schema"/> also reads as schema and table.</summary>
    public string Table { get; }

    /// <summary><see langword="null"/>: the table in any schema.</summary>
    public string? Schema { get; }

    /// <summary><see langword="null"/>: the table and every column of it.</summary>
    public string? Column { get; }

    public AttributeData Attribute { get; }

    /// <summary>What the approval names, as messages show it.</summary>
    public TableRef Reference => new(Schema, Table, Column);

    /// <summary>
    /// Whether this approves dropping, emptying or renaming <paramref name="target"/> (a table, or a column of it),
    /// written where <paramref name="scope"/> applies: the schema an approval names is compared with the target's
    /// resolved schema (an absent one is the context's or provider's default), and names compare as the provider does.
    /// </summary>
    public bool Covers(TableRef target, NameScope scope)
    {
        if (Column is not null && (target.Column is null || !scope.SameName(Column, target.Column)))
        {
            return false;
        }

        if (scope.SameName(Table, target.Table) && (Schema is null || scope.SameSchema(Schema, target.Schema)))
        {
            return true;
        }

        // [ApprovedDataLoss("HangFire.AggregatedCounter")]: the dotted form names schema and table.
        var dot = Table.IndexOf('.');
        return Schema is null && dot > 0 && dot < Table.Length - 1
               && scope.SameName(Table.Substring(dot + 1), target.Table)
               && scope.SameSchema(Table.Substring(0, dot), target.Schema);
    }
}

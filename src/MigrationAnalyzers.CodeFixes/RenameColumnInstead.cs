using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// "Rename instead (keep the values)" for MIG1006 on a column: the pair of <c>Up()</c> becomes
/// <c>RenameColumn(a → b)</c> where the drop was and, where a facet differs, <c>AlterColumn</c> of <c>b</c> to the new
/// facets (the old ones as <c>old…</c> arguments, from <c>Down()</c>'s <c>AddColumn</c>) where the add was.
/// <c>Down()</c>'s mirrored pair becomes the <c>AlterColumn</c> back where its drop was and <c>RenameColumn(b → a)</c>
/// where its add was. Operations around the pair stay where they are: EF drops an index on <c>a</c> before the pair
/// and creates the one on <c>b</c> after it, so the index follows the renamed column.
/// </summary>
internal static class RenameColumnInstead
{
    /// <summary>Facets of <c>AddColumn</c> and the <c>AlterColumn</c> parameter that holds their old value.</summary>
    private static readonly ImmutableDictionary<string, string> OldParameter = new Dictionary<string, string>
    {
        ["type"] = "oldType",
        ["unicode"] = "oldUnicode",
        ["maxLength"] = "oldMaxLength",
        ["fixedLength"] = "oldFixedLength",
        ["precision"] = "oldPrecision",
        ["scale"] = "oldScale",
        ["rowVersion"] = "oldRowVersion",
        ["nullable"] = "oldNullable",
        ["defaultValueSql"] = "oldDefaultValueSql",
        ["computedColumnSql"] = "oldComputedColumnSql",
        ["comment"] = "oldComment",
        ["collation"] = "oldCollation",
        ["stored"] = "oldStored",
    }.ToImmutableDictionary();

    /// <summary>
    /// Each statement to replace with its replacements (none: remove it); <see langword="null"/> when the drop is no
    /// column pair with <c>Down()</c>'s mirror, or a statement is not directly in a method body.
    /// </summary>
    public static ImmutableDictionary<StatementSyntax, ImmutableArray<StatementSyntax>>? Plan(DiagnosedDrop drop)
    {
        if (drop.Direction != MigrationDirection.Up || drop.Operation.Kind != MigrationOperationKind.DropColumn
            || RenamePair.Find(drop.Operation, drop.Up, drop.Down, drop.Scope) is not { } pair
            || (drop.Target.Column is { } droppedColumn && pair.Add.Target?.Column is { } addedColumn && RelatedNames.IsDerived(droppedColumn, addedColumn))
            || pair.DownDrop is not { } downDrop || pair.DownAdd is not { } downAdd
            || pair.OldFacets is not { ClrType: not null } old || pair.NewFacets is not { ClrType: not null } now
            || RemoveDrop.StatementOf(pair.Drop.Syntax) is not { } upDropStatement
            || RemoveDrop.StatementOf(pair.Add.Syntax) is not { } upAddStatement
            || RemoveDrop.StatementOf(downDrop.Syntax) is not { } downDropStatement
            || RemoveDrop.StatementOf(downAdd.Syntax) is not { } downAddStatement
            || upDropStatement.ContainsDiagnostics || upAddStatement.ContainsDiagnostics
            || downDropStatement.ContainsDiagnostics || downAddStatement.ContainsDiagnostics
            || CallArguments.LeavesOut(pair.Add.Syntax.ArgumentList, MigrationBuilderSignatures.AddColumn)
            || CallArguments.LeavesOut(downAdd.Syntax.ArgumentList, MigrationBuilderSignatures.AddColumn))
        {
            // Half-typed code, or facets written by position past what the reader knows (EF names them): arguments
            // copied from it could be missing or mislabeled, and the fix must compile and keep every facet.
            return null;
        }

        var sameShape = old.SameShape(now);
        var plan = ImmutableDictionary.CreateBuilder<StatementSyntax, ImmutableArray<StatementSyntax>>();

        // Up(): DropColumn(a) → RenameColumn(a → b); AddColumn(b) → AlterColumn(b) or nothing.
        plan[upDropStatement] = Statement(upDropStatement, pair.Drop.Syntax, Rename(pair.Drop.Syntax, MigrationBuilderSignatures.DropColumn, pair.Add.Syntax));
        plan[upAddStatement] = sameShape
            ? ImmutableArray<StatementSyntax>.Empty
            : Statement(upAddStatement, pair.Add.Syntax, Alter(pair.Add.Syntax, MigrationBuilderSignatures.AddColumn, now, old));

        // Down(): DropColumn(b) → AlterColumn(b) back or nothing; AddColumn(a) → RenameColumn(b → a).
        plan[downDropStatement] = sameShape
            ? ImmutableArray<StatementSyntax>.Empty
            : Statement(downDropStatement, downDrop.Syntax, Alter(downDrop.Syntax, MigrationBuilderSignatures.DropColumn, old, now));
        plan[downAddStatement] = Statement(downAddStatement, downAdd.Syntax, Rename(downDrop.Syntax, MigrationBuilderSignatures.DropColumn, downAdd.Syntax));
        return plan.Values.Any(statements => statements.Any(s => s.ContainsDiagnostics)) ? null : plan.ToImmutable();
    }

    private static ImmutableArray<StatementSyntax> Statement(StatementSyntax original, InvocationExpressionSyntax call, MigrationCall replacement)
        => MigrationCall.InPlaceOf(original, call, new[] { replacement });

    /// <summary>
    /// <c>RenameColumn</c> with <c>name:</c> (<paramref name="from"/>'s name), <c>schema:</c>, <c>table:</c> (both from
    /// <paramref name="from"/>) and <c>newName:</c> (<paramref name="to"/>'s name, an <c>AddColumn</c>), as written.
    /// </summary>
    private static MigrationCall Rename(InvocationExpressionSyntax from, ImmutableArray<string> signature, InvocationExpressionSyntax to)
        => new MigrationCall("RenameColumn")
            .With("name", Argument(from, signature, "name"))
            .With("schema", Argument(from, signature, "schema"))
            .With("table", Argument(from, signature, "table"))
            .With("newName", Argument(to, MigrationBuilderSignatures.AddColumn, "name"));

    /// <summary><c>AlterColumn</c> that changes a column from <paramref name="from"/> to <paramref name="to"/>; its names from <paramref name="call"/>.</summary>
    private static MigrationCall Alter(InvocationExpressionSyntax call, ImmutableArray<string> signature, ColumnFacets to, ColumnFacets from)
    {
        var alter = new MigrationCall("AlterColumn", to.ClrType)
            .With("name", Argument(call, signature, "name"))
            .With("schema", Argument(call, signature, "schema"))
            .With("table", Argument(call, signature, "table"));

        // As EF writes it: the fill value only where NULLs become required; the old one never.
        var fills = from.IsNullable && !to.IsNullable;
        foreach (var (name, expression) in to.Arguments)
        {
            if (name != ColumnFacets.DefaultValue || fills)
            {
                alter.With(name, expression.WithoutTrivia().ToString());
            }
        }

        alter.With("oldClrType", $"typeof({from.ClrType})");
        foreach (var (name, expression) in from.Arguments)
        {
            if (OldParameter.TryGetValue(name, out var oldName) && (name != "nullable" || from.IsNullable))
            {
                alter.With(oldName, expression.WithoutTrivia().ToString());
            }
        }

        return alter;
    }

    /// <summary>An argument's text as written, named or by position; <see langword="null"/> when absent.</summary>
    private static string? Argument(InvocationExpressionSyntax call, ImmutableArray<string> signature, string parameter)
        => CallArguments.Find(call, signature, parameter)?.WithoutTrivia().ToString();
}

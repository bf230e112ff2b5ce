using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
internal static class RenameInstead
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
    /// Each statement to replace with its replacement (<see langword="null"/>: remove it); <see langword="null"/> when
    /// the drop is no column pair with <c>Down()</c>'s mirror, or a statement is not directly in a method body.
    /// </summary>
    public static ImmutableDictionary<StatementSyntax, StatementSyntax?>? Plan(DiagnosedDrop drop)
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
            || downDropStatement.ContainsDiagnostics || downAddStatement.ContainsDiagnostics)
        {
            // Half-typed code: arguments copied from it could be missing, and the fix must compile.
            return null;
        }

        var sameShape = old.SameShape(now);
        var plan = ImmutableDictionary.CreateBuilder<StatementSyntax, StatementSyntax?>();

        // Up(): DropColumn(a) → RenameColumn(a → b); AddColumn(b) → AlterColumn(b) or nothing.
        plan[upDropStatement] = Statement(upDropStatement, pair.Drop.Syntax, "RenameColumn", null, Names(pair.Drop.Syntax, MigrationBuilderSignatures.DropColumn, pair.Add.Syntax));
        plan[upAddStatement] = sameShape ? null : Statement(upAddStatement, pair.Add.Syntax, "AlterColumn", now.ClrType, Alter(pair.Add.Syntax, MigrationBuilderSignatures.AddColumn, now, old));

        // Down(): DropColumn(b) → AlterColumn(b) back or nothing; AddColumn(a) → RenameColumn(b → a).
        plan[downDropStatement] = sameShape ? null : Statement(downDropStatement, downDrop.Syntax, "AlterColumn", old.ClrType, Alter(downDrop.Syntax, MigrationBuilderSignatures.DropColumn, old, now));
        plan[downAddStatement] = Statement(downAddStatement, downAdd.Syntax, "RenameColumn", null, Names(downDrop.Syntax, MigrationBuilderSignatures.DropColumn, downAdd.Syntax));
        return plan.Values.Any(statement => statement is { ContainsDiagnostics: true }) ? null : plan.ToImmutable();
    }

    /// <summary>Replaces the planned statements of several fixes at once: replacements in place, removals tidied away.</summary>
    public static SyntaxNode Apply(SyntaxNode root, IEnumerable<ImmutableDictionary<StatementSyntax, StatementSyntax?>> plans)
    {
        var all = new Dictionary<StatementSyntax, StatementSyntax?>();
        foreach (var plan in plans)
        {
            foreach (var pair in plan)
            {
                all[pair.Key] = pair.Value;
            }
        }

        var removal = new SyntaxAnnotation("MIG1006_Remove");
        var replaced = root.ReplaceNodes(all.Keys, (original, _) => all[original] ?? original.WithAdditionalAnnotations(removal));
        return StatementRemover.Remove(replaced, replaced.GetAnnotatedNodes(removal).OfType<StatementSyntax>().ToList());
    }

    /// <summary>
    /// <c>name:</c> (<paramref name="from"/>'s name), <c>schema:</c>, <c>table:</c> (both from <paramref name="from"/>) and
    /// <c>newName:</c> (<paramref name="to"/>'s name, an <c>AddColumn</c>), as written.
    /// </summary>
    private static List<(string, string)> Names(InvocationExpressionSyntax from, ImmutableArray<string> signature, InvocationExpressionSyntax to)
    {
        var arguments = new List<(string, string)> { ("name", Argument(from, signature, "name")!) };
        if (Argument(from, signature, "schema") is { } schema)
        {
            arguments.Add(("schema", schema));
        }

        arguments.Add(("table", Argument(from, signature, "table")!));
        arguments.Add(("newName", Argument(to, MigrationBuilderSignatures.AddColumn, "name")!));
        return arguments;
    }

    /// <summary>The arguments of <c>AlterColumn</c> that changes a column from <paramref name="from"/> to <paramref name="to"/>; its names from <paramref name="call"/>.</summary>
    private static List<(string, string)> Alter(InvocationExpressionSyntax call, ImmutableArray<string> signature, ColumnFacets to, ColumnFacets from)
    {
        var arguments = new List<(string, string)> { ("name", Argument(call, signature, "name")!) };
        if (Argument(call, signature, "schema") is { } schema)
        {
            arguments.Add(("schema", schema));
        }

        arguments.Add(("table", Argument(call, signature, "table")!));

        // As EF writes it: the fill value only where NULLs become required; the old one never.
        var fills = from.IsNullable && !to.IsNullable;
        foreach (var (name, expression) in to.Arguments)
        {
            if (name != ColumnFacets.DefaultValue || fills)
            {
                arguments.Add((name, expression.WithoutTrivia().ToString()));
            }
        }

        arguments.Add(("oldClrType", $"typeof({from.ClrType})"));
        foreach (var (name, expression) in from.Arguments)
        {
            if (OldParameter.TryGetValue(name, out var oldName) && (name != "nullable" || from.IsNullable))
            {
                arguments.Add((oldName, expression.WithoutTrivia().ToString()));
            }
        }

        return arguments;
    }

    /// <summary><c>receiver.Method&lt;T&gt;(</c> one named argument per line <c>);</c>, in <paramref name="original"/>'s place, indentation and line ends.</summary>
    private static StatementSyntax Statement(
        StatementSyntax original, InvocationExpressionSyntax call, string method, string? typeArgument, List<(string Name, string Value)> arguments)
    {
        var receiver = ((MemberAccessExpressionSyntax)call.Expression).Expression.WithoutTrivia().ToString();
        var indentation = original.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        var endOfLine = original.DescendantTrivia().Concat(original.GetTrailingTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString();
        if (endOfLine.Length == 0)
        {
            endOfLine = "\n";
        }

        var text = new StringBuilder();
        text.Append(receiver).Append('.').Append(method);
        if (typeArgument is not null)
        {
            text.Append('<').Append(typeArgument).Append('>');
        }

        text.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            text.Append(endOfLine).Append(indentation).Append("    ").Append(arguments[i].Name).Append(": ").Append(arguments[i].Value);
            text.Append(i == arguments.Count - 1 ? ");" : ",");
        }

        return SyntaxFactory.ParseStatement(text.ToString())
            .WithLeadingTrivia(original.GetLeadingTrivia())
            .WithTrailingTrivia(original.GetTrailingTrivia());
    }

    /// <summary>An argument's text as written, named or by position; <see langword="null"/> when absent.</summary>
    private static string? Argument(InvocationExpressionSyntax call, ImmutableArray<string> signature, string parameter)
    {
        var arguments = call.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].NameColon?.Name.Identifier.ValueText ?? (i < signature.Length ? signature[i] : null);
            if (name == parameter)
            {
                return arguments[i].Expression.WithoutTrivia().ToString();
            }
        }

        return null;
    }
}

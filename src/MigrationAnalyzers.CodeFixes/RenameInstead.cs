using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// "Rename instead (keep the values)" for MIG1006: the plan of <see cref="RenameColumnInstead"/> for a column pair or of
/// <see cref="RenameTableInstead"/> for a table pair, and the rewrite that applies several plans at once (Fix All).
/// A plan maps each statement to replace to the statements that take its place; none removes it.
/// </summary>
internal static class RenameInstead
{
    /// <summary>
    /// The plan for the diagnosed drop; <see langword="null"/> when no rename can stand in for it, or when a statement it
    /// replaces has a compile error: the rename would carry the error (an argument of the wrong type) to a new place.
    /// </summary>
    public static ImmutableDictionary<StatementSyntax, ImmutableArray<StatementSyntax>>? Plan(DiagnosedDrop drop, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var plan = drop.Direction != MigrationDirection.Up
            ? null
            : drop.Operation.Kind switch
            {
                MigrationOperationKind.DropColumn => RenameColumnInstead.Plan(drop),
                MigrationOperationKind.DropTable => RenameTableInstead.Plan(drop),
                _ => null,
            };
        return plan is not null && plan.Keys.Any(statement => HasError(statement, semanticModel, cancellationToken)) ? null : plan;
    }

    private static bool HasError(StatementSyntax statement, SemanticModel semanticModel, CancellationToken cancellationToken)
        => semanticModel.GetDiagnostics(statement.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Replaces the planned statements of several fixes at once: replacements in place, removals tidied away.</summary>
    public static SyntaxNode Apply(SyntaxNode root, IEnumerable<ImmutableDictionary<StatementSyntax, ImmutableArray<StatementSyntax>>> plans)
    {
        var all = new Dictionary<StatementSyntax, ImmutableArray<StatementSyntax>>();
        foreach (var plan in plans)
        {
            foreach (var pair in plan)
            {
                all[pair.Key] = pair.Value;
            }
        }

        var removal = new SyntaxAnnotation("MIG1006_Remove");
        var blocks = all.Keys.Select(s => s.Parent).OfType<BlockSyntax>().Distinct();
        var replaced = root.ReplaceNodes(blocks, (original, _) => original.WithStatements(SyntaxFactory.List(original.Statements.SelectMany(
            statement => !all.TryGetValue(statement, out var replacements) ? new[] { statement }
                : replacements.IsEmpty ? new[] { statement.WithAdditionalAnnotations(removal) }
                : replacements.AsEnumerable()))));
        return StatementRemover.Remove(replaced, replaced.GetAnnotatedNodes(removal).OfType<StatementSyntax>().ToList());
    }
}

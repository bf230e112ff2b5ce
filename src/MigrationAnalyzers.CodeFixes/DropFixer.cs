using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// Fixes for the data-loss rules: "Rename instead (keep the values)" (MIG1006) and "Remove this drop"
/// (MIG1001, MIG1002, MIG1003, MIG1007), registered first, so that they are what
/// <c>dotnet format analyzers --diagnostics MIG1001</c> applies (a plain <c>dotnet format</c> applies none, see
/// <see cref="HeadlessFixPolicy"/>); and "Approve this drop" (editor only; also MIG1004, whose SQL the user edits by
/// hand, MIG1005 and MIG1006). "Remove this drop" of a table another context took over also removes that context's
/// creation of it, where that is safe (<see cref="OtherContextCreation"/>): a change of two documents. All Fix All
/// through <see cref="DropFixAllProvider"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DropFixer)), Shared]
public sealed class DropFixer : CodeFixProvider
{
    /// <summary>Equivalence key of "Remove this drop".</summary>
    public const string RemoveDropKey = "MIG_RemoveDrop";

    /// <summary>Equivalence key of "Rename instead (keep the values)" (MIG1006).</summary>
    public const string RenameInsteadKey = "MIG_RenameInstead";

    /// <summary>Equivalence key of "Approve this drop".</summary>
    public const string ApproveDropKey = "MIG_ApproveDrop";

    private static readonly ImmutableHashSet<string> Removable = RuleTable.IdsWith(RuleFixes.RemoveDrop).ToImmutableHashSet();

    private static readonly ImmutableHashSet<string> Renamable = RuleTable.IdsWith(RuleFixes.RenameInstead).ToImmutableHashSet();

    private static readonly ImmutableHashSet<string> Approvable = RuleTable.IdsWith(RuleFixes.Approve).ToImmutableHashSet();

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = RuleTable.IdsWith(RuleFixes.RemoveDrop | RuleFixes.Approve | RuleFixes.RenameInstead);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => DropFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        // The package's generator declares the attribute; a project without it (or with the generated one turned
        // off and no own declaration) gets no approval that would not compile.
        var canApprove = CanApprove(semanticModel.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosedDrop.Find(root, semanticModel, diagnostic, context.CancellationToken) is not { } drop)
            {
                continue;
            }

            var policy = HeadlessFixPolicy.For(diagnostic.Id);
            if (policy == HeadlessFixes.None)
            {
                continue;
            }

            if (Renamable.Contains(diagnostic.Id) && RenameInstead.Plan(drop, semanticModel, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Rename instead (keep the values)", ct => FixAsync(context.Document, new[] { diagnostic }, RenameInsteadKey, ct), RenameInsteadKey),
                    diagnostic);
            }

            if (Removable.Contains(diagnostic.Id) && RemoveDrop.Plan(drop) is not null)
            {
                var solution = context.Document.Project.Solution;
                var title = OtherContextCreation.Find(drop, semanticModel.Compilation, tree => solution.GetDocumentId(tree) is not null, context.CancellationToken)?.Title
                    ?? "Remove this drop";
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => RemoveAsync(solution, new[] { (document, (IEnumerable<Diagnostic>)new[] { diagnostic }) }, ct), RemoveDropKey),
                    diagnostic);
            }

            if (canApprove && Approvable.Contains(diagnostic.Id) && policy == HeadlessFixes.All)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Approve this drop", ct => FixAsync(context.Document, new[] { diagnostic }, ApproveDropKey, ct), ApproveDropKey),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// "Remove this drop" for the diagnostics of each document: the statements <see cref="RemoveDrop"/> plans, and for a
    /// table another context took over, that context's creation of it (<see cref="OtherContextCreation"/>), which lies in
    /// another document. Every removal of a document is applied at once, so that drops of several tables created by the
    /// same migration of the other context (Fix All) remove all their creations.
    /// </summary>
    internal static async Task<Solution> RemoveAsync(Solution solution, IEnumerable<(Document Document, IEnumerable<Diagnostic> Diagnostics)> work, CancellationToken cancellationToken)
    {
        var byTree = new Dictionary<SyntaxTree, HashSet<StatementSyntax>>();
        void Add(IEnumerable<StatementSyntax> statements)
        {
            foreach (var statement in statements)
            {
                if (!byTree.TryGetValue(statement.SyntaxTree, out var set))
                {
                    set = new HashSet<StatementSyntax>();
                    byTree.Add(statement.SyntaxTree, set);
                }

                set.Add(statement);
            }
        }

        foreach (var (document, diagnostics) in work)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (!Removable.Contains(diagnostic.Id) || HeadlessFixPolicy.For(diagnostic.Id) == HeadlessFixes.None
                    || DiagnosedDrop.Find(root, semanticModel, diagnostic, cancellationToken) is not { } drop
                    || RemoveDrop.Plan(drop) is not { } statements)
                {
                    continue;
                }

                Add(statements);
                if (OtherContextCreation.Find(drop, semanticModel.Compilation, tree => solution.GetDocumentId(tree) is not null, cancellationToken) is { Verdict: OtherContextVerdict.Removable } other)
                {
                    Add(other.Statements);
                }
            }
        }

        foreach (var pair in byTree)
        {
            if (solution.GetDocumentId(pair.Key) is { } id)
            {
                var root = await pair.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
                solution = solution.WithDocumentSyntaxRoot(id, StatementRemover.Remove(root, pair.Value));
            }
        }

        return solution;
    }

    /// <summary>"Approve this drop" or "Rename instead" for the diagnostics of one document.</summary>
    internal static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var drops = diagnostics
            .Where(d => key switch
            {
                ApproveDropKey => Approvable.Contains(d.Id) && HeadlessFixPolicy.For(d.Id) == HeadlessFixes.All,
                _ => Renamable.Contains(d.Id) && HeadlessFixPolicy.For(d.Id) != HeadlessFixes.None,
            })
            .Select(d => DiagnosedDrop.Find(root, semanticModel, d, cancellationToken))
            .OfType<DiagnosedDrop>()
            .ToList();
        if (key == ApproveDropKey)
        {
            if (!CanApprove(semanticModel.Compilation))
            {
                return document;
            }

            return document.WithSyntaxRoot(ApproveDrop.Apply(root, semanticModel, drops, cancellationToken));
        }

        return document.WithSyntaxRoot(RenameInstead.Apply(root, drops.Select(d => RenameInstead.Plan(d, semanticModel, cancellationToken)).Where(p => p is not null).Select(p => p!)));
    }

    private static bool CanApprove(Compilation compilation)
        => compilation.GetTypeByMetadataName(Approvals.MigrationApprovals.AttributeFullName) is not null;
}

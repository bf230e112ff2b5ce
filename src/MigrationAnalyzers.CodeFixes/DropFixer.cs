using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// Fixes for the data-loss rules: "Rename instead (keep the values)" (MIG1006) and "Remove this drop"
/// (MIG1001, MIG1002, MIG1003, MIG1007), registered first, so that they are what
/// <c>dotnet format analyzers --diagnostics MIG1001</c> applies (a plain <c>dotnet format</c> applies none, see
/// <see cref="HeadlessFixPolicy"/>); and "Approve this drop" (editor only; also MIG1004, whose SQL the user edits by
/// hand, MIG1005 and MIG1006). All Fix All through a
/// document-based provider that applies every diagnostic of a document at once: removals of related
/// statements and several approvals on one class overlap, which the batch fixer would drop.
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
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

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

            if (Renamable.Contains(diagnostic.Id) && RenameInstead.Plan(drop) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Rename instead (keep the values)", ct => FixAsync(context.Document, new[] { diagnostic }, RenameInsteadKey, ct), RenameInsteadKey),
                    diagnostic);
            }

            if (Removable.Contains(diagnostic.Id) && RemoveDrop.Plan(drop) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(RemoveTitle(diagnostic, drop), ct => FixAsync(context.Document, new[] { diagnostic }, RemoveDropKey, ct), RemoveDropKey),
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

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        => context.CodeActionEquivalenceKey is RemoveDropKey or ApproveDropKey or RenameInsteadKey
            ? await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey, context.CancellationToken).ConfigureAwait(false)
            : document;

    private static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, string key, CancellationToken cancellationToken)
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
                RenameInsteadKey => Renamable.Contains(d.Id) && HeadlessFixPolicy.For(d.Id) != HeadlessFixes.None,
                _ => Removable.Contains(d.Id) && HeadlessFixPolicy.For(d.Id) != HeadlessFixes.None,
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

        if (key == RenameInsteadKey)
        {
            return document.WithSyntaxRoot(RenameInstead.Apply(root, drops.Select(RenameInstead.Plan).Where(p => p is not null).Select(p => p!)));
        }

        var statements = drops.Select(RemoveDrop.Plan).Where(p => p is not null).SelectMany(p => p!.Value).Distinct();
        return document.WithSyntaxRoot(StatementRemover.Remove(root, statements));
    }

    /// <summary>
    /// "Remove this drop"; when another context's snapshot is the evidence, that context's history most likely creates the
    /// table too, and a shared database would then fail on "already exists": the title says what is left to do.
    /// </summary>
    private static string RemoveTitle(Diagnostic diagnostic, DiagnosedDrop drop)
        => DiagnosticProperties.EvidenceContextOf(diagnostic) is { } other
            ? $"Remove this drop (then remove {other}'s creation of '{drop.Target}' from its migrations)"
            : "Remove this drop";

    private static bool CanApprove(Compilation compilation)
        => compilation.GetTypeByMetadataName(Approvals.MigrationApprovals.AttributeFullName) is not null;
}

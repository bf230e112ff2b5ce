using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// MIG2002 "Remove this approval": deletes a stale <c>[ApprovedDataLoss]</c>, or its whole attribute list when it is the
/// list's only attribute, keeping the comments above it. Fix All removes every stale approval of a document at once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApprovalFixer)), Shared]
public sealed class ApprovalFixer : CodeFixProvider
{
    /// <summary>Equivalence key of "Remove this approval".</summary>
    public const string RemoveApprovalKey = "MIG_RemoveApproval";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StaleApproval);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(async (context, document, diagnostics) => context.CodeActionEquivalenceKey == RemoveApprovalKey
            ? await RemoveAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false)
            : document);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && HeadlessFixPolicy.For(diagnostic.Id) != HeadlessFixes.None && AttributeAt(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Remove this approval", ct => RemoveAsync(context.Document, new[] { diagnostic }, ct), RemoveApprovalKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> RemoveAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var stale = diagnostics.Select(d => AttributeAt(root, d)).OfType<AttributeSyntax>().ToImmutableHashSet();
        var classes = stale.Select(a => a.Parent?.Parent).OfType<TypeDeclarationSyntax>().Distinct().ToList();
        var fixedRoot = root.ReplaceNodes(classes, (original, _) => WithoutAttributes(original, stale));
        return document.WithSyntaxRoot(fixedRoot);
    }

    /// <summary>The class without the stale attributes; a list left empty goes, and its comments stay above what follows.</summary>
    private static TypeDeclarationSyntax WithoutAttributes(TypeDeclarationSyntax declaration, ImmutableHashSet<AttributeSyntax> stale)
    {
        var lists = new List<AttributeListSyntax>();
        SyntaxTriviaList? carried = null;
        foreach (var list in declaration.AttributeLists)
        {
            var kept = list.Attributes.Where(a => !stale.Contains(a)).ToList();
            if (kept.Count == list.Attributes.Count)
            {
                lists.Add(carried is { } trivia ? list.WithLeadingTrivia(trivia) : list);
                carried = null;
            }
            else if (kept.Count > 0)
            {
                var updated = list.WithAttributes(SyntaxFactory.SeparatedList(kept.Select(a => a.WithoutLeadingTrivia())));
                lists.Add(carried is { } trivia ? updated.WithLeadingTrivia(trivia) : updated);
                carried = null;
            }
            else
            {
                // The comments above the removed list (/// <inheritdoc />) stay above what follows it.
                carried ??= list.GetLeadingTrivia();
            }
        }

        var result = declaration.WithAttributeLists(SyntaxFactory.List(lists));
        if (carried is { } leading && lists.Count == 0)
        {
            result = result.WithModifiers(result.Modifiers.Count > 0
                ? result.Modifiers.Replace(result.Modifiers[0], result.Modifiers[0].WithLeadingTrivia(leading))
                : result.Modifiers);
            if (result.Modifiers.Count == 0)
            {
                result = result.WithKeyword(result.Keyword.WithLeadingTrivia(leading));
            }
        }

        return result;
    }

    private static AttributeSyntax? AttributeAt(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<AttributeSyntax>() is { Parent.Parent: TypeDeclarationSyntax } attribute
            ? attribute
            : null;
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// Fix All for <see cref="DropFixer"/>, in a document, a project or the solution. Every diagnostic of a document is
/// fixed at once (removals of related statements and several approvals on one class overlap, which the batch fixer
/// would drop), and "Remove this drop" is fixed for the whole scope at once: a drop of a table another context took
/// over also changes that context's migration, another document, which drops of several tables may share.
/// </summary>
internal sealed class DropFixAllProvider : FixAllProvider
{
    public static readonly DropFixAllProvider Instance = new();

    private DropFixAllProvider()
    {
    }

    /// <inheritdoc />
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    /// <inheritdoc />
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var key = fixAllContext.CodeActionEquivalenceKey;
        if (key is not (DropFixer.RemoveDropKey or DropFixer.ApproveDropKey or DropFixer.RenameInsteadKey))
        {
            return null;
        }

        var documents = fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document is { } document => new[] { document },
            FixAllScope.Project => fixAllContext.Project.Documents,
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents),
            _ => Enumerable.Empty<Document>(),
        };
        var work = new List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>();
        foreach (var document in documents)
        {
            var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                work.Add((document, diagnostics));
            }
        }

        if (work.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        return CodeAction.Create(
            fixAllContext.Scope switch
            {
                FixAllScope.Document => "Fix all in document",
                FixAllScope.Project => "Fix all in project",
                _ => "Fix all in solution",
            },
            ct => ApplyAsync(solution, work, key, ct),
            key);
    }

    private static async Task<Solution> ApplyAsync(Solution solution, List<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> work, string key, CancellationToken cancellationToken)
    {
        if (key == DropFixer.RemoveDropKey)
        {
            return await DropFixer.RemoveAsync(solution, work.Select(w => (w.Document, w.Diagnostics.AsEnumerable())), cancellationToken).ConfigureAwait(false);
        }

        var fixedSolution = solution;
        foreach (var (document, diagnostics) in work)
        {
            var fixedDocument = await DropFixer.FixAsync(document, diagnostics, key, cancellationToken).ConfigureAwait(false);
            if (fixedDocument != document && await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is { } root)
            {
                fixedSolution = fixedSolution.WithDocumentSyntaxRoot(document.Id, root);
            }
        }

        return fixedSolution;
    }
}

using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Robustness;
using Xunit;

namespace MigrationAnalyzers.Tests.Robustness;

/// <summary>The fix harness finds providers by reflection, applies every action, nested ones included, and catches broken ones.</summary>
public sealed class FixCheckerTests
{
    [Fact]
    public void Providers_AreFoundByReflection()
    {
        Assert.Contains(FixChecker.ProvidersIn(typeof(FakeFixProvider).Assembly), p => p is FakeFixProvider);
        Assert.All(FixChecker.DiscoverProviders(), p => Assert.Equal("MigrationAnalyzers.CodeFixes", p.GetType().Assembly.GetName().Name));
    }

    [Fact]
    public async Task BrokenFix_IsReported_AndCompilingFix_IsNot()
    {
        var sample = Corpus.Projects.Single(p => p.Name == "ShopSample");

        var outcome = await FixChecker.CheckAsync(
            sample.Trees, sample.OutputKind, sample.AdditionalFiles, [new FakeFixProvider()], FakeFixProvider.Ids, FixCheckScope.WholeCompilation, CancellationToken.None);

        // The sample has six diagnostics (samples/ShopSample/README.md); each gets both actions.
        Assert.Equal(6, outcome.DiagnosticsWithFixes);
        Assert.Equal(12, outcome.ActionsApplied);
        Assert.Equal(6, outcome.BrokenFixes.Length);
        Assert.All(outcome.BrokenFixes, b => Assert.Contains("'Remove the semicolon'", b, StringComparison.Ordinal));
        Assert.All(outcome.BrokenFixes, b => Assert.Contains("CS1002", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangedDocumentsScope_AlsoCatchesTheBrokenFix()
    {
        var sample = Corpus.Projects.Single(p => p.Name == "ShopSample");

        var outcome = await FixChecker.CheckAsync(
            sample.Trees, sample.OutputKind, sample.AdditionalFiles, [new FakeFixProvider()], FakeFixProvider.Ids, FixCheckScope.ChangedDocuments, CancellationToken.None);

        Assert.Equal(6, outcome.BrokenFixes.Length);
    }

    [Fact]
    public async Task WithoutRelevantProviders_NothingIsApplied()
    {
        var sample = Corpus.Projects.Single(p => p.Name == "ShopSample");

        var outcome = await FixChecker.CheckAsync(
            sample.Trees, sample.OutputKind, sample.AdditionalFiles, [new FakeFixProvider()], ["MIG9999"], FixCheckScope.WholeCompilation, CancellationToken.None);

        Assert.Same(FixOutcome.None, outcome);
    }

    /// <summary>
    /// Offers, for every MIG diagnostic, a fix that compiles (a comment before the statement) and, nested in a
    /// group, one that does not (the statement loses its semicolon).
    /// </summary>
    public sealed class FakeFixProvider : CodeFixProvider
    {
        public static readonly ImmutableArray<string> Ids = ["MIG1001", "MIG1002", "MIG1003", "MIG1004", "MIG1007"];

        public override ImmutableArray<string> FixableDiagnosticIds => Ids;

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var statement = root!.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ExpressionStatementSyntax>();
            if (statement is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Mark as reviewed", ct => Change(context.Document, new TextChange(new TextSpan(statement.SpanStart, 0), "/* reviewed */ "), ct), equivalenceKey: "Review"),
                context.Diagnostics);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Risky fixes",
                    ImmutableArray.Create(CodeAction.Create("Remove the semicolon", ct => Change(context.Document, new TextChange(statement.SemicolonToken.Span, string.Empty), ct), equivalenceKey: "Break")),
                    isInlinable: false),
                context.Diagnostics);
        }

        private static async Task<Document> Change(Document document, TextChange change, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(change));
        }
    }
}

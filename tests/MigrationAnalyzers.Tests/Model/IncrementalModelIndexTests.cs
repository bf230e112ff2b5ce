using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Model;

/// <summary>
/// The IDE's next compilation after a keystroke shares every tree but the edited one, and the index is then
/// updated from the previous compilation's instead of rebuilt. Each test edits a real dotnet-ef history the way
/// the IDE does (<see cref="SyntaxTree.WithChangedText"/>, <see cref="Compilation.ReplaceSyntaxTree"/>) after a
/// first analysis, and checks the result against the same sources parsed afresh, where nothing can be reused.
/// </summary>
public sealed class IncrementalModelIndexTests
{
    private const string Project = "tests/Fixtures/EfHistories";
    private const string AuditLogsReport = "Migration 'V2' drops table 'AuditLogs', which the snapshot of AuthDbContext still maps";
    private const string CouponsReport = "Migration 'V2' drops table 'Coupons', which the snapshot of AppDbContext still maps";

    [Fact]
    public async Task EditingTheOtherContextsSnapshot_UpdatesTheModelThatMapsTheDroppedTable()
    {
        var compilation = await AnalyzedHistoryAsync();

        var edited = Edit(compilation, "Auth/AuthDbContextModelSnapshot.cs", "b.ToTable(\"AuditLogs\"", "b.ToTable(\"AuditLogEntries\"");

        var diagnostics = await AnalyzeAsync(edited);
        Assert.DoesNotContain(diagnostics, d => d.Contains(AuditLogsReport, StringComparison.Ordinal));
        Assert.Equal(await AnalyzeAsync(Reparsed(edited)), diagnostics);
    }

    [Fact]
    public async Task EditingTheMigrationThatRecreatesATable_ReportsTheEarlierDropItNoLongerUndoes()
    {
        var compilation = await AnalyzedHistoryAsync();
        Assert.DoesNotContain(await AnalyzeAsync(compilation), d => d.Contains(CouponsReport, StringComparison.Ordinal));

        var edited = Edit(compilation, "App/20261125201056_V3.cs", "CreateTable(\n                name: \"Coupons\",", "CreateTable(\n                name: \"Vouchers\",");

        var diagnostics = await AnalyzeAsync(edited);
        Assert.Contains(diagnostics, d => d.Contains(CouponsReport, StringComparison.Ordinal));
        Assert.Equal(await AnalyzeAsync(Reparsed(edited)), diagnostics);
    }

    [Fact]
    public async Task TypingInAMigration_KeepsTheReportsAndPointsAtTheNewTrees()
    {
        var compilation = await AnalyzedHistoryAsync();
        var before = await AnalyzeAsync(compilation);

        var edited = compilation;
        foreach (var character in "   ")
        {
            edited = Edit(edited, "App/20261125201048_V2.cs", "migrationBuilder.DropTable(\n                name: \"AuditLogs\");", character + "migrationBuilder.DropTable(\n                name: \"AuditLogs\");");
            Assert.Equal(before, await AnalyzeAsync(edited));
        }

        var index = ModelIndex.Build(edited.SyntaxTrees, CancellationToken.None);
        var trees = edited.SyntaxTrees.ToImmutableHashSet();
        Assert.All(
            index.Contexts.SelectMany(c => c.Migrations).SelectMany(m => m.Parts).Concat(index.Contexts.SelectMany(c => c.SnapshotClasses)),
            part => Assert.Contains(part.Syntax.SyntaxTree, trees));
    }

    [Fact]
    public async Task EditingAMigrationId_RebuildsTheIndex()
    {
        var compilation = await AnalyzedHistoryAsync();

        var edited = Edit(compilation, "App/20261125201056_V3.Designer.cs", "[Migration(\"20261125201056_V3\")]", "[Migration(\"20261125201099_V3\")]");

        var index = ModelIndex.Build(edited.SyntaxTrees, CancellationToken.None);
        Assert.Contains(index.Contexts.Single(c => c.Name == "AppDbContext").Migrations, m => m.Id == "20261125201099_V3");
        Assert.Equal(await AnalyzeAsync(Reparsed(edited)), await AnalyzeAsync(edited));
    }

    [Fact]
    public void EditingAFileWithoutMigrations_ReusesTheModels()
    {
        var compilation = ProjectAnalysis.Compile(History());
        var index = ModelIndex.Build(compilation.SyntaxTrees, CancellationToken.None);

        var edited = Edit(compilation, "Model/Entities.cs", "namespace", " namespace");

        AssertSameModels(index, ModelIndex.Build(edited.SyntaxTrees, CancellationToken.None));
    }

    [Fact]
    public void EditingTheCompilationsFirstTree_StillFindsThePreviousIndex()
    {
        var compilation = ProjectAnalysis.Compile(History());
        var index = ModelIndex.Build(compilation.SyntaxTrees, CancellationToken.None);
        var first = compilation.SyntaxTrees.First();
        Assert.True(TreeFacts.Get(first).Classes.IsEmpty, "The first tree is expected to declare no migration: " + first.FilePath);

        var edited = compilation.ReplaceSyntaxTree(first, first.WithChangedText(first.GetText().WithChanges(new TextChange(new TextSpan(0, 0), " "))));

        AssertSameModels(index, ModelIndex.Build(edited.SyntaxTrees, CancellationToken.None));
    }

    [Fact]
    public async Task EditingTheHistoryTableConfiguration_UpdatesWhatItProtects()
    {
        const string TagsReport = "Migration 'V2' drops table 'Tags', which is protected by the migrations history table configured with MigrationsHistoryTable";
        var compilation = ProjectAnalysis.Compile(History().Add(CSharpSyntaxTree.ParseText(
            """
            using Microsoft.EntityFrameworkCore;

            namespace App
            {
                public static class Startup
                {
                    public static void Configure(DbContextOptionsBuilder options)
                        => options.UseSqlServer("Server=.", sql => sql.MigrationsHistoryTable("Tags"));
                }
            }
            """,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            "Startup.cs")));
        Assert.Contains(await AnalyzeAsync(compilation), d => d.Contains(TagsReport, StringComparison.Ordinal));

        var edited = Edit(compilation, "Startup.cs", "MigrationsHistoryTable(\"Tags\")", "MigrationsHistoryTable(\"Tags_History\")");

        var diagnostics = await AnalyzeAsync(edited);
        Assert.DoesNotContain(diagnostics, d => d.Contains(TagsReport, StringComparison.Ordinal));
        Assert.Equal(await AnalyzeAsync(Reparsed(edited)), diagnostics);
    }

    /// <summary>
    /// A seeded walk of 24 edits anywhere in the history's migrations, designers and snapshots: typing, deleting,
    /// pasting a drop, renaming a table, breaking the syntax. After each, the analysis of the edited compilation
    /// must equal the analysis of the same sources parsed afresh.
    /// </summary>
    [Fact]
    public async Task RandomEdits_AnalyzeAsTheSameSourcesParsedAfresh()
    {
        string[] insertions =
        [
            " ", "x", "\n", "}", "\"", "migrationBuilder.DropTable(name: \"Coupons\");", "migrationBuilder.DropColumn(name: \"Iban\", table: \"Customers\");",
            "b.ToTable(\"Tags\");", "[Migration(\"29990101000000_Late\")]",
        ];
        var random = new Random(1125);
        Compilation compilation = await AnalyzedHistoryAsync();
        var editable = compilation.SyntaxTrees.Where(t => t.FilePath.Contains("/Migrations/", StringComparison.Ordinal)).Select(t => t.FilePath).ToArray();
        for (var step = 0; step < 24; step++)
        {
            var path = editable[random.Next(editable.Length)];
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            var text = tree.GetText();
            var start = random.Next(text.Length);
            var coupons = text.ToString().IndexOf("\"Coupons\"", StringComparison.Ordinal);
            var change = random.Next(3) switch
            {
                0 => new TextChange(new TextSpan(start, Math.Min(random.Next(1, 20), text.Length - start)), string.Empty),
                1 when coupons >= 0 => new TextChange(new TextSpan(coupons, "\"Coupons\"".Length), "\"Vouchers\""),
                _ => new TextChange(new TextSpan(start, 0), insertions[random.Next(insertions.Length)]),
            };
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(change)));

            var fresh = await AnalyzeAsync(Reparsed(compilation));
            var incremental = await AnalyzeAsync(compilation);
            Assert.True(
                fresh.AsEnumerable().SequenceEqual(incremental),
                $"Step {step}: {change} in {tree.FilePath}:\n{string.Join("\n", fresh)}\nagainst\n{string.Join("\n", incremental)}");
        }
    }

    /// <summary>The contexts are the very same objects: nothing was read again.</summary>
    private static void AssertSameModels(ModelIndex before, ModelIndex after)
    {
        Assert.NotEmpty(before.Contexts);
        Assert.Equal(before.Contexts.Length, after.Contexts.Length);
        for (var i = 0; i < before.Contexts.Length; i++)
        {
            Assert.Same(before.Contexts[i], after.Contexts[i]);
        }
    }

    private static ImmutableArray<SyntaxTree> History()
        => ProjectAnalysis.Parse($"{Project}/Model", $"{Project}/Design", $"{Project}/Migrations/SqlServer");

    /// <summary>The SqlServer history, analyzed once, so that its index is the one the next compilation finds.</summary>
    private static async Task<Compilation> AnalyzedHistoryAsync()
    {
        var compilation = ProjectAnalysis.Compile(History());
        Assert.Contains(await AnalyzeAsync(compilation), d => d.Contains(AuditLogsReport, StringComparison.Ordinal));
        return compilation;
    }

    private static Compilation Edit(Compilation compilation, string pathSuffix, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(pathSuffix, StringComparison.Ordinal));
        var text = tree.GetText();
        var position = text.ToString().IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{oldText}' is not in {pathSuffix}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, oldText.Length), newText))));
    }

    /// <summary>The same sources in new trees: nothing cached per tree or per index applies to them.</summary>
    private static Compilation Reparsed(Compilation compilation)
        => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)));

    private static async Task<string[]> AnalyzeAsync(Compilation compilation)
        => (await ProjectAnalysis.AnalyzeAllowingErrorsAsync(compilation, new MigrationOperationsAnalyzer()))
            .Select(ProjectAnalysis.Describe)
            .ToArray();
}

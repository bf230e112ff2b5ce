using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// "Remove this drop" of a table another context took over, on histories the real dotnet-ef 10.0.15 generated
/// (tests/Fixtures/TopologyHistories): the drop and the other context's creation go, the rest of both migrations stays,
/// the project compiles, and nothing is reported any more.
/// </summary>
public sealed class CrossContextFixtureTests
{
    private const string Root = "tests/Fixtures/TopologyHistories/";

    [Fact]
    public async Task SameSimpleName_BillingsDropAndCatalogsCreationOfBillingCurrencies()
    {
        var (title, changed, remaining) = await RemoveAsync("SameSimpleName");

        Assert.Equal("Remove this drop and Catalog.Data.AppDbContext's creation of 'billing.Currencies'", title);
        Assert.Equal(["Migrations/Billing/*_MoveCurrenciesToCatalog.cs", "Migrations/Catalog/*_TakeOverCurrencies.cs"], changed.Keys.Order());
        var billing = changed["Migrations/Billing/*_MoveCurrenciesToCatalog.cs"];
        Assert.DoesNotContain("\"Currencies\"", billing);
        Assert.DoesNotContain("migrationBuilder.", billing);
        var catalog = changed["Migrations/Catalog/*_TakeOverCurrencies.cs"];
        Assert.DoesNotContain("\"Currencies\"", catalog);
        Assert.DoesNotContain("PK_Currencies", catalog);

        // The rest of Catalog's migration stays: its own drop of dbo.Notes, the schema it ensures, Notes back in Down().
        Assert.Contains("""
                    migrationBuilder.DropTable(
                        name: "Notes");

                    migrationBuilder.EnsureSchema(
                        name: "billing");
                }
        """, catalog.Replace("\r\n", "\n"));
        Assert.Contains("migrationBuilder.CreateTable(\n                name: \"Notes\",", catalog.Replace("\r\n", "\n"));
        Assert.Contains("migrationBuilder.CreateIndex(\n                name: \"IX_Notes_ProductId\",", catalog.Replace("\r\n", "\n"));
        Assert.Empty(remaining);
    }

    [Fact]
    public async Task OwnDatabases_WithoutTheOption_TheMoveIsTakenAsOneDatabase()
    {
        // Settings creates UserPreferences with its columns in another order: the same table all the same.
        var (title, changed, remaining) = await RemoveAsync("OwnDatabases");

        Assert.Equal("Remove this drop and SettingsContext's creation of 'UserPreferences'", title);
        Assert.Equal(["Migrations/App/*_MoveUserPreferencesToSettings.cs", "Migrations/Settings/*_AddUserPreferences.cs"], changed.Keys.Order());
        Assert.All(changed.Values, text => Assert.DoesNotContain("migrationBuilder.", text));
        Assert.Empty(remaining);
    }

    /// <summary>
    /// Applies the first fix of the scenario's MIG1001 (Remove this drop); returns its title, the changed files (path
    /// under the scenario, id as *), and the analyzer's diagnostics on the fixed project, which must compile.
    /// </summary>
    private static async Task<(string Title, Dictionary<string, string> Changed, string[] Remaining)> RemoveAsync(string scenario)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "TopologyHistories", "TopologyHistories", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: TestReferences.All));
        foreach (var tree in ProjectAnalysis.Parse(Root + scenario))
        {
            project = project.AddDocument(tree.FilePath, tree.GetText(), filePath: tree.FilePath).Project;
        }

        project = project.AddDocument("ImplicitUsings.cs", "global using System; global using System.Linq; global using System.Collections.Generic;").Project;
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostic = Assert.Single(await compilation.WithAnalyzers([new MigrationOperationsAnalyzer()]).GetAnalyzerDiagnosticsAsync(), d => d.Id == "MIG1001");
        var actions = new List<CodeAction>();
        await new DropFixer().RegisterCodeFixesAsync(new CodeFixContext(project.GetDocument(diagnostic.Location.SourceTree!)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var remove = actions.First();
        Assert.Equal(DropFixer.RemoveDropKey, remove.EquivalenceKey);
        var fixedProject = (await remove.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;

        var changed = new Dictionary<string, string>();
        foreach (var id in fixedProject.GetChanges(project).GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
        {
            var document = fixedProject.GetDocument(id)!;
            var path = System.Text.RegularExpressions.Regex.Replace(document.FilePath!.Substring((Root + scenario + "/").Length), @"/\d{14}_", "/*_");
            changed[path] = (await document.GetTextAsync()).ToString();
        }

        var fixedCompilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var remaining = await fixedCompilation.WithAnalyzers([new MigrationOperationsAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return (remove.Title, changed, remaining.Where(d => d.Id.StartsWith("MIG1", System.StringComparison.Ordinal)).Select(d => d.ToString()).ToArray());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// "Rename instead" on the tables of the real dotnet-ef 10.0.15 histories, compared statement by statement with what EF
/// itself scaffolds for a table rename: RenameHistories v12 (Suppliers → Vendors) with EF's v13 block (Warehouses →
/// Depots), and TableRenameHistories' Scaffolded step 2 with its Renamed step 2 (keys, constraints, own and self foreign
/// keys, a composite key, a schema), for SqlServer, Npgsql and Sqlite.
/// </summary>
public sealed class RenameTableInsteadFixtureTests
{
    [Theory]
    [InlineData("SqlServer", 7)]
    [InlineData("Npgsql", 7)]
    [InlineData("Sqlite", 6)]
    public async Task RenameHistoriesV12_BecomesEfsOwnV13Block_WithV12sNames(string provider, int fixes)
    {
        const string Fixture = "tests/Fixtures/RenameHistories";
        var (sources, applied) = await RenameFixRunner.ApplyAsync(Sources(Fixture, provider), "RenameHistories");

        // Six column pairs (five on SQLite, which scaffolded v3 as a rename) and the table.
        Assert.Equal(fixes, applied);
        var efsOwn = Methods(File(sources, "_RenameWarehousesToDepots.cs"), text => text
            .Replace("Warehouses", "Suppliers", StringComparison.Ordinal)
            .Replace("Depots", "Vendors", StringComparison.Ordinal)
            .Replace("StockItems", "Products", StringComparison.Ordinal)
            .Replace("WarehouseId", "SupplierId", StringComparison.Ordinal)
            .Replace("_Code", "_Name", StringComparison.Ordinal));
        var fixedV12 = Methods(File(sources, "_RenameSupplierToVendor.cs"));

        Assert.Equal(efsOwn.Up, fixedV12.Up);
        Assert.Equal(efsOwn.Down, fixedV12.Down);
        await NothingLeftToReportAsync(sources);
    }

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("Npgsql")]
    [InlineData("Sqlite")]
    public async Task TableRenameHistories_Scaffolded_BecomesTheStatementsOfRenamed(string provider)
    {
        const string Fixture = "tests/Fixtures/TableRenameHistories";
        var (sources, applied) = await RenameFixRunner.ApplyAsync(Sources(Fixture, $"Scaffolded/{provider}"), "TableRenameHistories");
        var renamed = ProjectAnalysis.Parse($"{Fixture}/Migrations/Renamed/{provider}").ToDictionary(t => t.FilePath, t => t.GetText().ToString());

        Assert.Equal(2, applied);
        var efsOwn = Methods(File(renamed, "_RenameSupplierAndOrderLineTables.cs"));
        var fixedV2 = Methods(File(sources, "_RenameSupplierAndOrderLineClasses.cs"));

        // The same statements: each table's block in EF's order, the two blocks one after the other where EF interleaves them.
        Assert.Equal(efsOwn.Up.Order(StringComparer.Ordinal), fixedV2.Up.Order(StringComparer.Ordinal));
        Assert.Equal(efsOwn.Down.Order(StringComparer.Ordinal), fixedV2.Down.Order(StringComparer.Ordinal));
        foreach (var (statements, renames) in new[]
        {
            (fixedV2.Up, new[] { ("Suppliers", "Vendors"), ("OrderLines", "InvoiceLines") }),
            (fixedV2.Down, new[] { ("Vendors", "Suppliers"), ("InvoiceLines", "OrderLines") }),
        })
        {
            foreach (var (from, to) in renames)
            {
                var rename = statements.FindIndex(s => s.Contains($"RenameTable(name: \"{from}\"", StringComparison.Ordinal));
                Assert.All(statements.Take(rename), s => Assert.DoesNotContain($"\"{to}\"", s, StringComparison.Ordinal));
                Assert.All(statements.Skip(rename + 1), s => Assert.DoesNotContain($"\"{from}\"", s, StringComparison.Ordinal));
            }
        }

        await NothingLeftToReportAsync(sources);
    }

    /// <summary>The fixture's model, design-time factory and one history, by path.</summary>
    private static Dictionary<string, string> Sources(string fixture, string history)
        => ProjectAnalysis.Parse($"{fixture}/Model", $"{fixture}/Design", $"{fixture}/Migrations/{history}").ToDictionary(t => t.FilePath, t => t.GetText().ToString());

    private static string File(Dictionary<string, string> sources, string suffix)
        => sources.Single(s => s.Key.EndsWith(suffix, StringComparison.Ordinal)).Value;

    /// <summary>The statements of Up() and Down(), each on one line with normalized whitespace.</summary>
    private static (List<string> Up, List<string> Down) Methods(string source, Func<string, string>? rename = null)
    {
        var root = CSharpSyntaxTree.ParseText(rename is null ? source : rename(source)).GetRoot();
        List<string> Statements(string name)
            => root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name).Body!.Statements
                .Select(s => s.NormalizeWhitespace(indentation: "", eol: " ").ToFullString())
                .ToList();
        return (Statements("Up"), Statements("Down"));
    }

    /// <summary>The fixed history compiles, and the analyzers report nothing on it.</summary>
    private static async Task NothingLeftToReportAsync(Dictionary<string, string> sources)
    {
        var compilation = ProjectAnalysis.Compile(sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, new CSharpParseOptions(LanguageVersion.CSharp12), s.Key)));

        var diagnostics = await ProjectAnalysis.AnalyzeAsync(compilation, new MigrationOperationsAnalyzer());

        Assert.Empty(diagnostics.Select(ProjectAnalysis.Describe));
    }
}

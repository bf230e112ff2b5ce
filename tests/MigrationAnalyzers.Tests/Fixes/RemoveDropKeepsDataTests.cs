using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// Proof on a real SQLite database that "Remove this drop" keeps the data and the migrations valid: ShopSample's
/// Shop history, fixed by the real fixer, compiled in memory and applied with EF's <see cref="IMigrator"/>.
/// </summary>
public sealed class RemoveDropKeepsDataTests : IDisposable
{
    private const string BeforeMoveAuditLog = "20261125200758_RemoveCustomerFax";
    private const string AfterAddGiftCards = "20261201010855_AddGiftCards";
    private const string ReportingInitial = "samples/ShopSample/Migrations/Reporting/20261125200823_Initial.cs";
    private const string ShopContextType = "ShopSample.Data.ShopDbContext";
    private const string ReportingContextType = "ShopSample.Reporting.ReportingDbContext";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"migration-analyzers-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task FixedHistory_KeepsRowsThroughUpDownAndUpAgain()
    {
        var (sources, applied) = await FixSampleAsync();
        Assert.Equal(4, applied);
        using var shop = ShopContext(sources);
        var migrator = shop.GetService<IMigrator>();

        migrator.Migrate(BeforeMoveAuditLog);
        Seed(shop);
        migrator.Migrate(AfterAddGiftCards);
        SeedGiftCard(shop);
        migrator.Migrate();
        AssertSeedKept(shop);
        AssertGiftCardKept(shop);

        // Down through TidyModelConfiguration (its fixed Down() no longer re-creates gift_cards), and Up again.
        migrator.Migrate(AfterAddGiftCards);
        AssertGiftCardKept(shop);
        migrator.Migrate();
        AssertGiftCardKept(shop);

        // Down through every migration the fix touched, and Up again. AddGiftCards' own Down() drops gift_cards,
        // as it should: that migration created it.
        migrator.Migrate(BeforeMoveAuditLog);
        AssertSeedKept(shop);
        migrator.Migrate();
        AssertSeedKept(shop);
        Assert.Empty(shop.Database.GetPendingMigrations());
    }

    /// <summary>
    /// Both histories on one fresh database, in the order docs/rules/MIG1001.md documents (Shop, whose history created
    /// AuditLogs, before Reporting, which took it over): the fixed Reporting history no longer creates AuditLogs, so
    /// it deploys, and the audit rows written through the Shop history are what Reporting reads.
    /// </summary>
    [Fact]
    public async Task FixedHistories_OfBothContexts_DeployInOrder_AndKeepTheMovedTablesRows()
    {
        var (sources, _) = await FixSampleAsync();
        Assert.NotEqual(Original(ReportingInitial), sources[ReportingInitial]);
        var assembly = Compile(sources);
        using var shop = Context(assembly, ShopContextType);
        using var reporting = Context(assembly, ReportingContextType);

        shop.GetService<IMigrator>().Migrate(BeforeMoveAuditLog);
        Seed(shop);
        shop.GetService<IMigrator>().Migrate();
        reporting.GetService<IMigrator>().Migrate();

        Assert.Empty(shop.Database.GetPendingMigrations());
        Assert.Empty(reporting.Database.GetPendingMigrations());
        Assert.Equal(1, Count(reporting, """SELECT COUNT(*) FROM "AuditLogs" WHERE "Actor" = 'admin'"""));
        Assert.Equal(0, Count(reporting, """SELECT COUNT(*) FROM "DailySalesSummaries" """));

        // Reporting's Initial down and up again: it drops and creates only its own table.
        reporting.GetService<IMigrator>().Migrate("0");
        Assert.Equal(1, Count(reporting, """SELECT COUNT(*) FROM "AuditLogs" WHERE "Actor" = 'admin'"""));
        Assert.Throws<SqliteException>(() => Count(reporting, """SELECT COUNT(*) FROM "DailySalesSummaries" """));
        reporting.GetService<IMigrator>().Migrate();
        Assert.Equal(1, Count(reporting, """SELECT COUNT(*) FROM "AuditLogs" WHERE "Actor" = 'admin'"""));
    }

    /// <summary>What "Remove this drop" did before it removed the other context's creation: Reporting's Initial then fails.</summary>
    [Fact]
    public async Task FixedShopHistory_WithReportingsCreationLeftIn_FailsWithAlreadyExists()
    {
        var (sources, _) = await FixSampleAsync();
        sources[ReportingInitial] = Original(ReportingInitial);
        var assembly = Compile(sources);
        using var shop = Context(assembly, ShopContextType);
        using var reporting = Context(assembly, ReportingContextType);

        shop.GetService<IMigrator>().Migrate(BeforeMoveAuditLog);
        Seed(shop);
        shop.GetService<IMigrator>().Migrate();
        var failure = Assert.Throws<SqliteException>(() => reporting.GetService<IMigrator>().Migrate());

        Assert.Contains("table \"AuditLogs\" already exists", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnfixedHistory_LosesTheRows()
    {
        using var shop = ShopContext(ProjectAnalysis.Parse("samples/ShopSample").ToDictionary(t => t.FilePath, t => t.GetText().ToString()));
        var migrator = shop.GetService<IMigrator>();

        migrator.Migrate(BeforeMoveAuditLog);
        Seed(shop);
        migrator.Migrate(AfterAddGiftCards);
        SeedGiftCard(shop);
        migrator.Migrate();

        Assert.Throws<SqliteException>(() => Count(shop, "SELECT COUNT(*) FROM \"Coupons\""));
        Assert.Throws<SqliteException>(() => Count(shop, "SELECT COUNT(*) FROM \"AuditLogs\""));
        Assert.Throws<SqliteException>(() => Count(shop, "SELECT COUNT(*) FROM \"gift_cards\""));
    }

    private static void Seed(DbContext shop)
    {
        // The trigger-fed AuditTrail table exists in production before MapAuditTrail maps it (see the sample's README).
        shop.Database.ExecuteSqlRaw("""CREATE TABLE "AuditTrail" ("Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT, "ChangedAt" TEXT NOT NULL, "ChangedBy" TEXT NOT NULL, "Operation" TEXT NOT NULL, "RowKey" TEXT NOT NULL, "TableName" TEXT NOT NULL)""");
        shop.Database.ExecuteSqlRaw("""INSERT INTO "Coupons" ("Code", "DiscountPercent") VALUES ('WELCOME', '10')""");
        shop.Database.ExecuteSqlRaw("""INSERT INTO "AuditLogs" ("At", "Actor", "Action") VALUES ('2026-01-01', 'admin', 'login')""");
        shop.Database.ExecuteSqlRaw("""INSERT INTO "Customers" ("Name", "Email") VALUES ('Ada', 'ada@example.com')""");
        shop.Database.ExecuteSqlRaw("""INSERT INTO "Orders" ("CustomerId", "PlacedAt", "Notes") VALUES (1, '2026-01-02', 'leave at the door')""");
    }

    private static void SeedGiftCard(DbContext shop)
        => shop.Database.ExecuteSqlRaw("""INSERT INTO "gift_cards" ("Code", "Balance", "IssuedAt") VALUES ('GIFT-0001', '50', '2026-12-01')""");

    private static void AssertGiftCardKept(DbContext shop)
        => Assert.Equal(1, Count(shop, """SELECT COUNT(*) FROM "gift_cards" WHERE "Code" = 'GIFT-0001'"""));

    private static void AssertSeedKept(DbContext shop)
    {
        Assert.Equal(1, Count(shop, """SELECT COUNT(*) FROM "Coupons" WHERE "Code" = 'WELCOME'"""));
        Assert.Equal(1, Count(shop, """SELECT COUNT(*) FROM "AuditLogs" WHERE "Actor" = 'admin'"""));
        Assert.Equal(1, Count(shop, """SELECT COUNT(*) FROM "Orders" WHERE "Notes" = 'leave at the door'"""));
    }

    private static long Count(DbContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Applies "Remove this drop" to every MIG1001/MIG1002/MIG1007 of the sample, one at a time, as a user would.</summary>
    private static async Task<(Dictionary<string, string> Sources, int Applied)> FixSampleAsync()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "ShopSample", "ShopSample", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: TestReferences.All));
        foreach (var tree in ProjectAnalysis.Parse("samples/ShopSample"))
        {
            project = project.AddDocument(tree.FilePath, tree.GetText(), filePath: tree.FilePath).Project;
        }

        project = project.AddDocument("ImplicitUsings.cs", "global using System; global using System.Linq; global using System.Collections.Generic;").Project;
        var applied = 0;
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers([new MigrationOperationsAnalyzer()]).GetAnalyzerDiagnosticsAsync();
            var diagnostic = diagnostics.FirstOrDefault(d => d.Id is "MIG1001" or "MIG1002" or "MIG1007");
            if (diagnostic is null)
            {
                break;
            }

            var document = project.GetDocument(diagnostic.Location.SourceTree!)!;
            var actions = new List<CodeAction>();
            await new DropFixer().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            var remove = actions.First();
            Assert.Equal(DropFixer.RemoveDropKey, remove.EquivalenceKey);
            var operation = (await remove.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            project = operation.ChangedSolution.GetProject(project.Id)!;
            applied++;
        }

        var sources = new Dictionary<string, string>();
        foreach (var document in project.Documents)
        {
            sources[document.FilePath ?? document.Name] = (await document.GetTextAsync()).ToString();
        }

        return (sources, applied);
    }

    private static string Original(string path)
        => ProjectAnalysis.Parse("samples/ShopSample").Single(t => t.FilePath == path).GetText().ToString();

    private static DbContext Context(Assembly assembly, string type)
        => (DbContext)Activator.CreateInstance(assembly.GetType(type, throwOnError: true)!)!;

    /// <summary>Compiles the sources, with the contexts' connection string pointed at this test's database, and creates the ShopDbContext.</summary>
    private DbContext ShopContext(Dictionary<string, string> sources) => Context(Compile(sources), ShopContextType);

    /// <summary>Compiles the sources, with the contexts' connection string pointed at this test's database.</summary>
    private Assembly Compile(Dictionary<string, string> sources)
    {
        var trees = sources
            .Where(s => s.Key.EndsWith(".cs", StringComparison.Ordinal) && !s.Key.EndsWith("Program.cs", StringComparison.Ordinal))
            .Select(s => CSharpSyntaxTree.ParseText(
                s.Value.Replace("Data Source=shop.db", "Data Source=" + _database, StringComparison.Ordinal),
                new CSharpParseOptions(LanguageVersion.CSharp12),
                s.Key));
        var compilation = ProjectAnalysis.Compile(trees);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }
}

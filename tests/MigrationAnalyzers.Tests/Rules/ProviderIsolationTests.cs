using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>
/// Issue 13: the provider of each snapshot, read from what EF writes (tests/Fixtures/ProviderFingerprints/FINDINGS.md),
/// and no cross-context evidence between contexts whose known providers differ.
/// </summary>
public sealed class ProviderIsolationTests
{
    private const string V2 = "20260201000000_V2";

    private const string Hint = " (if ReportingDbContext uses another database, list it in migration_analyzers.isolated_contexts)";

    /// <summary>Model-level lines and store types as each provider's dotnet-ef writes them (the probe's snapshots), without provider types.</summary>
    public static TheoryData<string, string, string> ProviderModels => new()
    {
        { "SqlServer", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\").HasAnnotation(\"Relational:MaxIdentifierLength\", 128);", "nvarchar(max)" },
        { "PostgreSql", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\").HasAnnotation(\"Relational:MaxIdentifierLength\", 63);", "text" },
        { "Sqlite", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");", "TEXT" },

        // Pomelo: MySql:CharSet, longtext, datetime(6); no MaxIdentifierLength here, so the annotation and the types decide.
        { "MySql", "modelBuilder.HasAnnotation(\"ProductVersion\", \"9.0.23\").HasAnnotation(\"MySql:CharSet\", \"utf8mb4\");", "longtext" },

        // Oracle's MySql.EntityFrameworkCore: MySQL:Charset (upper-case SQL).
        { "MySql", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\").HasAnnotation(\"MySQL:Charset\", \"utf8mb4\");", "longtext" },

        // Store types alone: the provider annotations are gone, as in a hand-trimmed or very old snapshot.
        { "MySql", "modelBuilder.HasAnnotation(\"ProductVersion\", \"9.0.23\");", "datetime(6)" },
        { "SqlServer", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");", "datetime2" },
        { "PostgreSql", "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");", "timestamp with time zone" },
    };

    [Theory]
    [InlineData("SqlServer", nameof(DatabaseProvider.SqlServer))]
    [InlineData("Npgsql", nameof(DatabaseProvider.PostgreSql))]
    [InlineData("Sqlite", nameof(DatabaseProvider.Sqlite))]
    [InlineData("Pomelo", nameof(DatabaseProvider.MySql))]
    [InlineData("MySqlOracle", nameof(DatabaseProvider.MySql))]
    public void Provider_IsRecognizedFromTheRealSnapshotOfEachProvider(string folder, string expected)
    {
        var path = Path.Combine(ProjectAnalysis.RepositoryRoot, "tests/Fixtures/ProviderFingerprints", folder, "Migrations/ProbeContextModelSnapshot.cs");
        var method = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()
            .DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "BuildModel");

        Assert.Equal(expected, ModelReader.Read(method).Provider.ToString());
    }

    [Theory]
    [MemberData(nameof(ProviderModels))]
    public void Provider_IsRecognizedFromAnnotationsOrStoreTypes(string expected, string header, string storeType)
    {
        var method = CSharpSyntaxTree.ParseText(
                "class S { protected override void BuildModel(ModelBuilder modelBuilder) { " + header + "\n" + ReportingModel(storeType) + " } }")
            .GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal(expected, ModelReader.Read(method).Provider.ToString());
    }

    [Theory]
    [MemberData(nameof(ProviderModels))]
    public async Task SnapshotOfAnotherContext_OnAnotherProvider_IsNoEvidence(string provider, string header, string storeType)
    {
        var otherSnapshot = header + "\n" + ReportingModel(storeType, marked: provider == "SqlServer");
        await Verify.VerifyAsync(
            Project(otherSnapshot, provider == "SqlServer" ? "{|#0:DropTable|}" : "DropTable"),
            provider == "SqlServer"
                ? [Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps" + Hint)]
                : []);
    }

    [Fact]
    public async Task SnapshotOfAnotherContext_WithoutAKnownProvider_IsStillEvidence()
    {
        // Neither annotations nor telling store types, and no source that configures a provider: today's behaviour.
        await Verify.VerifyAsync(
            Project("modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");\n" + ReportingModel("int", marked: true), "{|#0:DropTable|}"),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps" + Hint));
    }

    [Theory]
    [InlineData("UseSqlite", false)]
    [InlineData("UseNpgsql", false)]
    [InlineData("UseMySQL", false)]
    [InlineData("UseSqlServer", true)]
    public async Task ProviderOfAContextWithoutOneInItsSnapshot_IsReadFromItsOnConfiguring(string useMethod, bool reported)
    {
        var files = Project("modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");\n" + ReportingModel("int", marked: reported), reported ? "{|#0:DropTable|}" : "DropTable")
            .Where(f => f.Item1 != "ReportingDbContext.cs")
            .Append(("ReportingDbContext.cs", $$"""
                namespace App
                {
                    public static class ProviderExtensions
                    {
                        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder {{useMethod}}(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder builder, string connection) => builder;
                    }

                    public class ReportingDbContext : Microsoft.EntityFrameworkCore.DbContext
                    {
                        protected override void OnConfiguring(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder)
                            => optionsBuilder.{{useMethod}}("Data Source=reporting");
                    }
                }
                """))
            .ToArray();
        await Verify.VerifyAsync(
            files,
            reported
                ? [Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps" + Hint)]
                : []);
    }

    [Fact]
    public async Task SnapshotOfAnAbstractContext_IsNoEvidence_AndItsMigrationsAreNotAnalyzed()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                ("ReportingDbContext.cs", "namespace App { public abstract class ReportingDbContext : Microsoft.EntityFrameworkCore.DbContext { } }"),
                EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
                EfFiles.Snapshot("ReportingDbContext", EfFiles.SqlServerAnnotations + "\n" + ReportingModel("nvarchar(max)"), ns: "App.Migrations.Reporting"),
                EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
                EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "AuditLogs");""", ns: "App.Migrations.App"),
                EfFiles.Designer("ReportingDbContext", "20260301000000_V3", EfFiles.SqlServerAnnotations, ns: "App.Migrations.Reporting"),
                EfFiles.Migration("20260301000000_V3", """migrationBuilder.DropTable(name: "AuditLogs");""", ns: "App.Migrations.Reporting"),
            ]);
    }

    private static (string, string)[] Project(string reportingSnapshot, string dropTable) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Context("ReportingDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
        EfFiles.Snapshot("ReportingDbContext", reportingSnapshot, ns: "App.Migrations.Reporting"),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
        EfFiles.Migration(V2, $$"""migrationBuilder.{{dropTable}}(name: "AuditLogs");""", ns: "App.Migrations.App"),
    ];

    private static string ReportingModel(string storeType, bool marked = false)
        => $$"""
            modelBuilder.Entity("App.AuditLog", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("int");
                    b.Property<string>("Message")
                        .HasColumnType("{{storeType}}");
                    b.HasKey("Id");
                    {{(marked ? "{|#1:b.ToTable(\"AuditLogs\")|}" : "b.ToTable(\"AuditLogs\")")}};
                });
            """;
}

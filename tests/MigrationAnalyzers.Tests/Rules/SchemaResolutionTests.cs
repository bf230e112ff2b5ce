using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>How an absent schema resolves: the context's default schema, else the provider's, else any schema.</summary>
public sealed class SchemaResolutionTests
{
    private const string V2 = "20260201000000_V2";

    private static (string, string)[] TwoContexts(string appModel, string otherModel, string up) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Context("OtherDbContext"),
        EfFiles.Snapshot("AppDbContext", appModel, ns: "App.Migrations.App"),
        EfFiles.Snapshot("OtherDbContext", otherModel, ns: "App.Migrations.Other"),
        EfFiles.Migration(V2, up, ns: "App.Migrations.App"),
        ($"{V2}.Designer.cs", $$"""
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;

            namespace App.Migrations.App
            {
                [DbContext(typeof(global::App.AppDbContext))]
                [Migration("{{V2}}")]
                partial class V2
                {
                }
            }
            """),
    ];

    private const string Postgres = """modelBuilder.HasAnnotation("Relational:MaxIdentifierLength", 63);""";
    private const string Sqlite = """modelBuilder.HasAnnotation("ProductVersion", "10.0.15");""";

    [Fact]
    public async Task DefaultSchemaOfTheDroppingContext_IsApplied()
    {
        await Verify.VerifyAsync(
            TwoContexts(
                """modelBuilder.HasDefaultSchema("auth").HasAnnotation("Relational:MaxIdentifierLength", 128);""",
                EfFiles.SqlServerAnnotations + EfFiles.Entity("App.User", "{|#1:b.ToTable(\"users\", \"auth\")|}"),
                """
                migrationBuilder.{|#0:DropTable|}(name: "users");
                migrationBuilder.DropTable(name: "users", schema: "dbo");
                """),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task PostgresDefaultSchema_IsPublic()
    {
        await Verify.VerifyAsync(
            TwoContexts(
                Postgres,
                Postgres + EfFiles.Entity("App.Log", "{|#1:b.ToTable(\"logs\")|}"),
                """
                migrationBuilder.{|#0:DropTable|}(name: "logs", schema: "public");
                migrationBuilder.DropTable(name: "logs", schema: "dbo");
                """),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task Sqlite_IgnoresSchemasOnBothSides()
    {
        await Verify.VerifyAsync(
            TwoContexts(
                Sqlite,
                Sqlite + EfFiles.Entity("App.Log", "{|#1:b.ToTable(\"logs\", \"auth\")|}").Replace("\"int\"", "\"INTEGER\""),
                """migrationBuilder.{|#0:DropTable|}(name: "logs", schema: "other");"""),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task UnknownProvider_AbsentSchemaMatchesAnySchema()
    {
        await Verify.VerifyAsync(
            TwoContexts(
                "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\");",
                EfFiles.Entity("App.Log", "{|#1:b.ToTable(\"logs\", \"audit\")|}").Replace("\"int\"", "\"number\""),
                """
                migrationBuilder.{|#0:DropTable|}(name: "logs");
                migrationBuilder.DropTable(name: "logs", schema: "other");
                """),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }
}

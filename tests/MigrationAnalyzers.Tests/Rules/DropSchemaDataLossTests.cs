using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>
/// Issue 13 (4): MIG1004 for raw SQL that drops a schema with its tables when a model maps a table in it:
/// <c>DROP SCHEMA s CASCADE</c> (PostgreSQL), and on MySQL <c>DROP SCHEMA</c>/<c>DROP DATABASE</c>
/// (tests/Fixtures/ProviderFingerprints/FINDINGS.md, section 3). Without CASCADE, PostgreSQL and SQL Server refuse
/// a schema that holds anything, so nothing is lost.
/// </summary>
public sealed class DropSchemaDataLossTests
{
    private const string V2 = "20260201000000_V2";

    private const string Postgres = "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.15\").HasAnnotation(\"Relational:MaxIdentifierLength\", 63);";
    private const string MySql = "modelBuilder.HasAnnotation(\"ProductVersion\", \"9.0.23\").HasAnnotation(\"Relational:MaxIdentifierLength\", 64);";

    [Theory]
    [InlineData(Postgres, "{|#0:DROP SCHEMA catalog CASCADE|};")]
    [InlineData(Postgres, "{|#0:DROP SCHEMA IF EXISTS catalog CASCADE|}")]
    [InlineData(Postgres, "{|#0:DROP SCHEMA IF EXISTS staging, catalog CASCADE|}")]
    [InlineData(MySql, "{|#0:DROP DATABASE catalog|}")]
    [InlineData(MySql, "{|#0:DROP SCHEMA IF EXISTS catalog|}")]
    public async Task DropOfASchemaWithItsTables_ThatAModelMapsATableIn_IsReported(string header, string sql)
    {
        await Verify.VerifyAsync(
            Project(header, sql, marked: true),
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' runs SQL that drops schema 'catalog', which the snapshot of AppDbContext (table 'catalog.products') still maps"));
    }

    [Theory]
    [InlineData(Postgres, "DROP SCHEMA catalog;")]
    [InlineData(Postgres, "DROP SCHEMA catalog RESTRICT")]
    [InlineData(Postgres, "DROP SCHEMA reporting CASCADE")]
    [InlineData(MySql, "DROP DATABASE reporting")]
    [InlineData(EfFiles.SqlServerAnnotations, "DROP SCHEMA catalog")]
    public async Task DropOfASchemaThatKeepsOrHoldsNoMappedTable_IsNotReported(string header, string sql)
        => await Verify.VerifyAsync(Project(header, sql, marked: false));

    [Theory]
    [InlineData("UseMySQL", true)]
    [InlineData("UseMySql", false)]
    [InlineData("UseNpgsql", false)]
    public async Task DropSchemaCall_IsReportedOnlyOnOraclesMySqlProvider(string useMethod, bool reported)
    {
        var header = useMethod == "UseNpgsql" ? Postgres : MySql;
        var model = header + "\n" + EfFiles.Entity("App.Product", reported ? "{|#1:b.ToTable(\"products\", \"catalog\")|}" : "b.ToTable(\"products\", \"catalog\")");
        (string, string)[] files =
        [
            ("AppDbContext.cs", $$"""
                namespace App
                {
                    public static class ProviderExtensions
                    {
                        public static Microsoft.EntityFrameworkCore.DbContextOptionsBuilder {{useMethod}}(this Microsoft.EntityFrameworkCore.DbContextOptionsBuilder builder, string connection) => builder;
                    }

                    public class AppDbContext : Microsoft.EntityFrameworkCore.DbContext
                    {
                        protected override void OnConfiguring(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder optionsBuilder)
                            => optionsBuilder.{{useMethod}}("Server=localhost;Database=shop");
                    }
                }
                """),
            EfFiles.Snapshot("AppDbContext", model),
            EfFiles.Designer("AppDbContext", V2, header),
            EfFiles.Migration(V2, reported ? """migrationBuilder.{|#0:DropSchema|}(name: "catalog");""" : """migrationBuilder.DropSchema(name: "catalog");"""),
        ];
        await Verify.VerifyAsync(
            files,
            reported
                ? [Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1)
                    .WithMessage("Migration 'V2' runs SQL that drops schema (DROP DATABASE on MySQL) 'catalog', which the snapshot of AppDbContext (table 'catalog.products') still maps")]
                : []);
    }

    private static (string, string)[] Project(string header, string sql, bool marked)
    {
        var model = header + "\n" + EfFiles.Entity("App.Product", marked ? "{|#1:b.ToTable(\"products\", \"catalog\")|}" : "b.ToTable(\"products\", \"catalog\")");
        return
        [
            EfFiles.Context("AppDbContext"),
            EfFiles.Snapshot("AppDbContext", model),
            EfFiles.Designer("AppDbContext", V2, header),
            EfFiles.Migration(V2, $$"""migrationBuilder.Sql("{{sql}}");"""),
        ];
    }
}

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Tests.Approvals;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Vocabulary;

/// <summary>
/// "Is this the same table?" is answered once (NameScope): rules, approvals (MIG2002 included) and the manifest agree
/// on default schemas, the provider's identifier case, and the dotted approval form. Each case once disagreed.
/// </summary>
public sealed class SameTableTests
{
    private const string V2 = "20260201000000_V2";
    private const string Postgres = """modelBuilder.HasAnnotation("ProductVersion", "10.0.15").HasAnnotation("Relational:MaxIdentifierLength", 63);""";

    private static string SqlServer(params string[] entities) => EfFiles.SqlServerAnnotations + "\n" + string.Join("\n", entities);

    /// <summary>Runs the data-loss analyzer and the stale-approval analyzer together, as a build does.</summary>
    private static Task VerifyAsync(string model, string attributes, string up, string down = "", string? manifest = null, params DiagnosticResult[] expected)
    {
        var test = new BothAnalyzers();
        test.TestState.Sources.Add((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source));
        foreach (var (name, source) in new[]
                 {
                     EfFiles.Context("AppDbContext"),
                     EfFiles.Snapshot("AppDbContext", model),
                     EfFiles.Designer("AppDbContext", V2, model.StartsWith(Postgres, System.StringComparison.Ordinal) ? Postgres : EfFiles.SqlServerAnnotations),
                     ApprovalTests.ApprovedMigration(V2, attributes, up, down),
                 })
        {
            test.TestState.Sources.Add((name, source));
        }

        if (manifest is not null)
        {
            test.TestState.AdditionalFiles.Add(("MigrationExclusions.txt", manifest));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("""    [ApprovedDataLoss("Orders", Schema = "dbo")]""", """migrationBuilder.DropTable(name: "Orders");""")]
    [InlineData("""    [ApprovedDataLoss("Orders", Schema = "DBO")]""", """migrationBuilder.DropTable(name: "Orders");""")]
    [InlineData("""    [ApprovedDataLoss("Orders")]""", """migrationBuilder.DropTable(name: "Orders", schema: "dbo");""")]
    [InlineData("""    [ApprovedDataLoss("Orders", Schema = "dbo", Column = "Notes")]""", """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")]
    [InlineData("""    [ApprovedDataLoss("Orders", Schema = "dbo")]""", """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")]
    public async Task SqlServerApprovalNamingDbo_ApprovesTheDefaultSchemaDrop(string attribute, string up)
    {
        await VerifyAsync(SqlServer(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes")), attribute, up);
    }

    [Fact]
    public async Task PostgresApprovalNamingPublic_ApprovesTheDefaultSchemaDrop()
    {
        await VerifyAsync(
            Postgres + EfFiles.Entity("App.Order", "b.ToTable(\"orders\")", "notes"),
            """    [ApprovedDataLoss("orders", Schema = "public")]""",
            """
            migrationBuilder.DropTable(name: "orders");
            migrationBuilder.DropColumn(name: "notes", table: "orders", schema: "public");
            """);
    }

    [Fact]
    public async Task ContextDefaultSchema_AppliesToApprovals()
    {
        await VerifyAsync(
            """modelBuilder.HasDefaultSchema("sales").HasAnnotation("Relational:MaxIdentifierLength", 128);""" + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")"),
            """    [ApprovedDataLoss("Orders", Schema = "sales")]""",
            """migrationBuilder.DropTable(name: "Orders");""");
    }

    [Fact]
    public async Task ApprovalOfAnotherSchema_StillReportsBoth()
    {
        await VerifyAsync(
            SqlServer(EfFiles.Entity("App.Order", "{|#1:b.ToTable(\"Orders\")|}")),
            """    [{|#2:ApprovedDataLoss("Orders", Schema = "archive")|}]""",
            """migrationBuilder.{|#0:DropTable|}(name: "Orders");""",
            expected:
            [
                new DiagnosticResult("MIG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
                new DiagnosticResult("MIG2002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                    .WithMessage("[ApprovedDataLoss] approves dropping 'archive.Orders', but migration 'V2' neither drops nor renames it"),
            ]);
    }

    [Fact]
    public async Task ManifestLineWithDbo_ApprovedWithSchemaDbo()
    {
        await VerifyAsync(
            SqlServer(),
            """    [ApprovedDataLoss("AuditLog", Schema = "dbo")]""",
            """migrationBuilder.DropTable(name: "AuditLog");""",
            manifest: "dbo.AuditLog;Written by the audit trigger\n");
    }

    [Fact]
    public async Task DottedApproval_ReadsAsSchemaAndTable()
    {
        await VerifyAsync(
            SqlServer(),
            """    [ApprovedDataLoss("HangFire.AggregatedCounter")]""",
            """migrationBuilder.DropTable(name: "AggregatedCounter", schema: "HangFire");""",
            manifest: "preset:hangfire\n");
    }

    [Fact]
    public async Task Postgres_NamesDifferingInCaseAreTwoTables()
    {
        await VerifyAsync(
            Postgres + EfFiles.Entity("App.User", "{|#1:b.ToTable(\"users\")|}", "email"),
            string.Empty,
            """
            migrationBuilder.DropTable(name: "Users");
            migrationBuilder.DropColumn(name: "Email", table: "users");
            migrationBuilder.{|#0:DropTable|}(name: "users");
            """,
            expected: new DiagnosticResult("MIG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task Postgres_ApprovalInOtherCaseDoesNotApprove()
    {
        await VerifyAsync(
            Postgres + EfFiles.Entity("App.User", "{|#1:b.ToTable(\"users\")|}"),
            """    [{|#2:ApprovedDataLoss("Users")|}]""",
            """migrationBuilder.{|#0:DropTable|}(name: "users");""",
            expected:
            [
                new DiagnosticResult("MIG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
                new DiagnosticResult("MIG2002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2),
            ]);
    }

    [Fact]
    public async Task SqlServer_NamesDifferingInCaseAreOneTable()
    {
        await VerifyAsync(
            SqlServer(EfFiles.Entity("App.User", "{|#1:b.ToTable(\"users\")|}")),
            string.Empty,
            """migrationBuilder.{|#0:DropTable|}(name: "Users");""",
            expected: new DiagnosticResult("MIG1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
    }

    private sealed class BothAnalyzers : Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<MigrationOperationsAnalyzer, DefaultVerifier>
    {
        public BothAnalyzers()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            DisabledDiagnostics.Add("MIG1005");
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new MigrationOperationsAnalyzer(), new StaleApprovalAnalyzer()];
    }
}

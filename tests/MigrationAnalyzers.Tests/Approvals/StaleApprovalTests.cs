using System.Threading;
using System.Threading.Tasks;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MigrationAnalyzers.Tests.Approvals;

public sealed class StaleApprovalTests
{
    private const string V2 = "20260201000000_V2";

    private static Task VerifyAsync(string attributes, string up, string down = "", string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<StaleApprovalAnalyzer>.Test();
        test.TestState.Sources.Add((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source));
        foreach (var (name, source) in new[] { EfFiles.Context("AppDbContext"), EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations), ApprovalTests.ApprovedMigration(V2, attributes, up, down) })
        {
            // Rooted paths, so that the .editorconfig at the root applies to them.
            test.TestState.Sources.Add(("/src/" + name, source));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ApprovalOfNothingDropped_Reports()
    {
        await VerifyAsync(
            """    [{|#0:ApprovedDataLoss("Orders", Column = "LegacyCode", Reason = "x")|}]""",
            """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""",
            expected: new DiagnosticResult("MIG2002", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("[ApprovedDataLoss] approves dropping 'Orders.LegacyCode', but migration 'V2' neither drops nor renames it"));
    }

    [Theory]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """migrationBuilder.DropTable(name: "Orders");""")]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")]
    [InlineData("""[ApprovedDataLoss("Orders", Column = "Notes")]""", """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """migrationBuilder.RenameTable(name: "Orders", newName: "Purchases");""")]
    [InlineData("""[ApprovedDataLoss("Orders", Column = "Notes")]""", """migrationBuilder.RenameColumn(name: "Notes", table: "Orders", newName: "Remarks");""")]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """migrationBuilder.Sql("DROP TABLE [Orders];");""")]
    [InlineData("""[ApprovedDataLoss("Orders", Column = "Notes")]""", """migrationBuilder.Sql("ALTER TABLE \"Orders\" DROP COLUMN \"Notes\"");""")]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """var sql = System.Environment.GetEnvironmentVariable("X"); migrationBuilder.Sql(sql);""")]
    [InlineData("""[ApprovedDataLoss("Orders")]""", """var t = System.Environment.GetEnvironmentVariable("X"); migrationBuilder.DropTable(name: t);""")]
    [InlineData("""[ApprovedDataLoss("sales_orders", Schema = "sales")]""", """migrationBuilder.DropTable(name: "sales_orders", schema: "sales");""")]
    public async Task ApprovalMatchingADropRenameOrRawSql_DoesNotReport(string attribute, string up)
    {
        await VerifyAsync("    " + attribute, up);
    }

    [Theory]
    [InlineData("""migrationBuilder.Sql("UPDATE Orders SET Notes = NULL");""")]
    [InlineData("""migrationBuilder.Sql("DROP TABLE OrdersArchive");""")]
    [InlineData("""migrationBuilder.DropTable(name: "Orders", schema: "archive");""")]
    public async Task ApprovalOfAnotherTableOrSchema_Reports(string up)
    {
        await VerifyAsync("""    [{|MIG2002:ApprovedDataLoss("Orders", Schema = "sales")|}]""", up);
    }

    [Fact]
    public async Task ApprovalMatchingADropInDown_DoesNotReport()
    {
        await VerifyAsync("""    [ApprovedDataLoss("Orders")]""", "", """migrationBuilder.DropTable(name: "Orders");""");
    }

    [Fact]
    public async Task StaleApprovalBeforeTheBaseline_DoesNotReport()
    {
        await VerifyAsync("""    [ApprovedDataLoss("Orders")]""", "", editorConfig: "migration_analyzers.baseline = 20260201000000_V2");
    }
}

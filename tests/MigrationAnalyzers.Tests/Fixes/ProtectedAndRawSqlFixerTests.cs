using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>The fixes on MIG1003 (remove or approve) and MIG1004 (approve only: SQL is the user's to edit).</summary>
public sealed class ProtectedAndRawSqlFixerTests
{
    private const string V2 = "20260201000000_V2";

    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes")),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes")),
    ];

    private static (string, string) Migration(string up, string attributes = "", string usings = "")
        => ($"{V2}.cs", "using System;\nusing Microsoft.EntityFrameworkCore.Migrations;\n" + usings + "\n#nullable disable\n\nnamespace App.Migrations\n{\n    /// <inheritdoc />\n" + attributes
            + "    public partial class V2 : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + up + "        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n        }\n    }\n}\n");

    [Fact]
    public async Task Mig1003_RemoveDrop_RemovesTheDropOfTheHistoryTable()
    {
        await Verify.VerifyFixAsync(
            [.. Model, Migration("""
                            migrationBuilder.AddColumn<string>(name: "Sku", table: "Orders", nullable: true);

                            migrationBuilder.{|MIG1003:DropTable|}(
                                name: "__EFMigrationsHistory");

                """)],
            [.. Model, Migration("""
                            migrationBuilder.AddColumn<string>(name: "Sku", table: "Orders", nullable: true);

                """)],
            DropFixer.RemoveDropKey);
    }

    [Fact]
    public async Task Mig1003_Approve_AddsTheApproval()
    {
        await Verify.VerifyFixAsync(
            [.. Model, Migration("""
                            migrationBuilder.{|MIG1003:DropTable|}(
                                name: "__EFMigrationsHistory");

                """)],
            [.. Model, Migration(
                """
                            migrationBuilder.DropTable(
                                name: "__EFMigrationsHistory");

                """,
                attributes: "    [ApprovedDataLoss(\"__EFMigrationsHistory\", Reason = \"<why is this data loss intended?>\")]\n",
                usings: "using MigrationAnalyzers;\n")],
            DropFixer.ApproveDropKey);
    }

    [Fact]
    public async Task Mig1004_OffersOnlyTheApproval()
    {
        var fixes = await Verify.GetFixesAsync([.. Model, Migration("""            migrationBuilder.Sql("DELETE FROM Orders");""" + "\n")]);

        var (id, titles) = Assert.Single(fixes);
        Assert.Equal("MIG1004", id);
        Assert.Equal("Approve this drop", Assert.Single(titles));
    }

    [Fact]
    public async Task Mig1004_Approve_SilencesTheStatement()
    {
        await Verify.VerifyFixAsync(
            [.. Model, Migration("""            migrationBuilder.Sql("UPDATE Orders SET Notes = ''; {|MIG1004:TRUNCATE TABLE Orders|}");""" + "\n")],
            [.. Model, Migration(
                """            migrationBuilder.Sql("UPDATE Orders SET Notes = ''; TRUNCATE TABLE Orders");""" + "\n",
                attributes: "    [ApprovedDataLoss(\"Orders\", Reason = \"<why is this data loss intended?>\")]\n",
                usings: "using MigrationAnalyzers;\n")],
            DropFixer.ApproveDropKey);
    }
}

using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.StaleApprovalAnalyzer, MigrationAnalyzers.CodeFixes.ApprovalFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>MIG2002 "Remove this approval": the stale attribute goes, the comments above the class and the other approvals stay.</summary>
public sealed class ApprovalFixerTests
{
    private const string V2 = "20260201000000_V2";

    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
    ];

    private static (string, string) Migration(string attributes)
        => ($"{V2}.cs", "using System;\nusing Microsoft.EntityFrameworkCore.Migrations;\nusing MigrationAnalyzers;\n\n#nullable disable\n\nnamespace App.Migrations\n{\n    /// <inheritdoc />\n" + attributes
            + "    public partial class V2 : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + "            migrationBuilder.DropTable(name: \"Coupons\");\n        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n        }\n    }\n}\n");

    private static Task RemoveAsync(string before, string after)
        => Verify.VerifyFixAsync([.. Model, Migration(before)], [.. Model, Migration(after)], ApprovalFixer.RemoveApprovalKey);

    [Fact]
    public async Task OnlyApproval_GoesWithItsList_TheDocCommentStays()
    {
        await RemoveAsync(
            "    [{|MIG2002:ApprovedDataLoss(\"Orders\", Reason = \"Merged into Purchases\")|}]\n",
            string.Empty);
    }

    [Fact]
    public async Task StaleApprovalBesideAValidOne_OnlyTheStaleOneGoes()
    {
        await RemoveAsync(
            "    [ApprovedDataLoss(\"Coupons\", Reason = \"Replaced by gift cards\")]\n    [{|MIG2002:ApprovedDataLoss(\"Orders\", Column = \"Notes\")|}]\n",
            "    [ApprovedDataLoss(\"Coupons\", Reason = \"Replaced by gift cards\")]\n");
    }

    [Fact]
    public async Task StaleApprovalInASharedList_LeavesTheOtherAttribute()
    {
        await RemoveAsync(
            "    [{|MIG2002:ApprovedDataLoss(\"Orders\")|}, ApprovedDataLoss(\"Coupons\")]\n",
            "    [ApprovedDataLoss(\"Coupons\")]\n");
    }

    [Fact]
    public async Task FixAll_RemovesEveryStaleApproval()
    {
        await RemoveAsync(
            "    [{|MIG2002:ApprovedDataLoss(\"Orders\")|}]\n    [ApprovedDataLoss(\"Coupons\")]\n    [{|MIG2002:ApprovedDataLoss(\"Customers\", Column = \"Fax\")|}]\n",
            "    [ApprovedDataLoss(\"Coupons\")]\n");
    }
}

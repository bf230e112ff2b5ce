using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>"Remove this drop" and "Approve this drop", one at a time and Fix All, on EF's own formatting.</summary>
public sealed class DropFixerTests
{
    private const string V2 = "20260201000000_V2";

    /// <summary>Coupons (with an index) and Orders (Notes indexed, LegacyCode, CouponId to Coupons) in the snapshot; the designer maps nothing.</summary>
    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + "\n"
            + EfFiles.Entity("App.Coupon", "b.ToTable(\"Coupons\")", "Code") + "\n"
            + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes", "LegacyCode", "CouponId") + "\n"
            + EfFiles.Entity("App.Customer", "b.ToTable(\"customers\", \"sales\")", "Fax")),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
    ];

    /// <summary>A migration file as EF writes it; <paramref name="up"/> and <paramref name="down"/> are indented by 12 spaces.</summary>
    private static (string, string) Migration(string up, string down, string attributes = "", string usings = "using Microsoft.EntityFrameworkCore.Migrations;\n")
        => ($"{V2}.cs", "using System;\n" + usings + "\n#nullable disable\n\nnamespace App.Migrations\n{\n    /// <inheritdoc />\n" + attributes
            + "    public partial class V2 : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + up + "        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
            + down + "        }\n    }\n}\n");

    private static Task RemoveAsync((string, string) before, (string, string) after)
        => Verify.VerifyFixAsync([.. Model, before], [.. Model, after], DropFixer.RemoveDropKey);

    private static Task ApproveAsync((string, string) before, (string, string) after, params string[] enabled)
        => Verify.VerifyFixAsync([.. Model, before], [.. Model, after], DropFixer.ApproveDropKey, enabled);

    private const string CreateCoupons = """
                    migrationBuilder.CreateTable(
                        name: "Coupons",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            Code = table.Column<string>(type: "nvarchar(450)", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Coupons", x => x.Id);
                        });

                    migrationBuilder.CreateIndex(
                        name: "IX_Coupons_Code",
                        table: "Coupons",
                        column: "Code",
                        unique: true);

        """;

    [Fact]
    public async Task RemoveTableDrop_RemovesItsCreateTableAndIndexFromDown()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                """,
                CreateCoupons),
            Migration("", ""));
    }

    [Fact]
    public async Task RemoveTableDrop_KeepsOtherOperationsTidy()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.AddColumn<string>(
                                name: "Sku",
                                table: "Products",
                                type: "nvarchar(max)",
                                nullable: true);

                            // Coupons were merged away.
                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                            migrationBuilder.DropTable(
                                name: "Wishlists");

                """,
                CreateCoupons.TrimEnd() + "\n\n" + """
                            migrationBuilder.DropColumn(
                                name: "Sku",
                                table: "Products");

                """),
            Migration(
                """
                            migrationBuilder.AddColumn<string>(
                                name: "Sku",
                                table: "Products",
                                type: "nvarchar(max)",
                                nullable: true);

                            migrationBuilder.DropTable(
                                name: "Wishlists");

                """,
                """
                            migrationBuilder.DropColumn(
                                name: "Sku",
                                table: "Products");

                """));
    }

    [Fact]
    public async Task RemoveTemporalTableDrop_RemovesTheWholeAnnotationChain()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons")
                                .Annotation("SqlServer:IsTemporal", true)
                                .Annotation("SqlServer:TemporalHistoryTableName", "CouponsHistory")
                                .Annotation("SqlServer:TemporalPeriodEndColumnName", "PeriodEnd");

                """,
                CreateCoupons),
            Migration("", ""));
    }

    [Fact]
    public async Task RemoveTableDrop_KeepsTheForeignKeysToTheTable()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.DropForeignKey(
                                name: "FK_Orders_Coupons_CouponId",
                                table: "Orders");

                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                """,
                CreateCoupons + """
                            migrationBuilder.AddForeignKey(
                                name: "FK_Orders_Coupons_CouponId",
                                table: "Orders",
                                column: "CouponId",
                                principalTable: "Coupons",
                                principalColumn: "Id");

                """),
            Migration("", ""));
    }

    [Fact]
    public async Task RemoveTableDrop_KeepsForeignKeyDropWhenItsColumnIsDroppedToo()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.DropForeignKey(
                                name: "FK_Orders_Coupons_PromoId",
                                table: "Orders");

                            migrationBuilder.DropColumn(
                                name: "PromoId",
                                table: "Orders");

                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                """,
                """
                            migrationBuilder.AddColumn<int>(
                                name: "PromoId",
                                table: "Orders",
                                type: "int",
                                nullable: true);

                """ + CreateCoupons + """
                            migrationBuilder.AddForeignKey(
                                name: "FK_Orders_Coupons_PromoId",
                                table: "Orders",
                                column: "PromoId",
                                principalTable: "Coupons",
                                principalColumn: "Id");

                """),
            Migration(
                """
                            migrationBuilder.DropForeignKey(
                                name: "FK_Orders_Coupons_PromoId",
                                table: "Orders");

                            migrationBuilder.DropColumn(
                                name: "PromoId",
                                table: "Orders");

                """,
                """
                            migrationBuilder.AddColumn<int>(
                                name: "PromoId",
                                table: "Orders",
                                type: "int",
                                nullable: true);

                            migrationBuilder.AddForeignKey(
                                name: "FK_Orders_Coupons_PromoId",
                                table: "Orders",
                                column: "PromoId",
                                principalTable: "Coupons",
                                principalColumn: "Id");

                """));
    }

    [Fact]
    public async Task RemoveColumnDrop_RemovesItsIndexAndReAddInDown()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.AddColumn<string>(
                                name: "DeliveryInstructions",
                                table: "Orders",
                                type: "nvarchar(max)",
                                nullable: true);

                            migrationBuilder.DropIndex(
                                name: "IX_Orders_Notes",
                                table: "Orders");

                            // Hand edit: DeliveryInstructions replaces Notes.
                            migrationBuilder.{|MIG1002:DropColumn|}(name: "Notes", table: "Orders");

                """,
                """
                            // Hand edit (pairs with the DropColumn in Up()).
                            migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", type: "nvarchar(450)", nullable: true);

                            migrationBuilder.CreateIndex(
                                name: "IX_Orders_Notes",
                                table: "Orders",
                                columns: new[] { "Notes", "Id" });

                            migrationBuilder.DropColumn(
                                name: "DeliveryInstructions",
                                table: "Orders");

                """),
            Migration(
                """
                            migrationBuilder.AddColumn<string>(
                                name: "DeliveryInstructions",
                                table: "Orders",
                                type: "nvarchar(max)",
                                nullable: true);

                """,
                """
                            migrationBuilder.DropColumn(
                                name: "DeliveryInstructions",
                                table: "Orders");

                """));
    }

    [Fact]
    public async Task RemoveFixAll_RemovesEveryDropOfTheDocument()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1002:DropColumn|}(
                                name: "LegacyCode",
                                table: "Orders");

                            migrationBuilder.{|MIG1002:DropColumn|}(
                                name: "Fax",
                                schema: "sales",
                                table: "customers");

                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                """,
                CreateCoupons.TrimEnd() + "\n\n" + """
                            migrationBuilder.AddColumn<string>(
                                name: "Fax",
                                schema: "sales",
                                table: "customers",
                                type: "nvarchar(max)",
                                nullable: true);

                            migrationBuilder.AddColumn<string>(
                                name: "LegacyCode",
                                table: "Orders",
                                type: "nvarchar(max)",
                                nullable: true);

                """),
            Migration("", ""));
    }

    [Fact]
    public async Task RemoveDropInDown_RemovesOnlyThatDrop()
    {
        await RemoveAsync(
            Migration(
                """
                            migrationBuilder.AddColumn<string>(name: "Sku", table: "Products", nullable: true);

                """,
                """
                            migrationBuilder.DropColumn(name: "Sku", table: "Products");
                            migrationBuilder.{|MIG1001:DropTable|}(name: "Coupons");

                """),
            Migration(
                """
                            migrationBuilder.AddColumn<string>(name: "Sku", table: "Products", nullable: true);

                """,
                """
                            migrationBuilder.DropColumn(name: "Sku", table: "Products");

                """));
    }

    [Fact]
    public async Task ApproveTableDrop_AddsAttributeAndUsing()
    {
        await ApproveAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1001:DropTable|}(
                                name: "Coupons");

                """,
                CreateCoupons),
            Migration(
                """
                            migrationBuilder.DropTable(
                                name: "Coupons");

                """,
                CreateCoupons,
                attributes: "    [ApprovedDataLoss(\"Coupons\", Reason = \"<why is this data loss intended?>\")]\n",
                usings: "using Microsoft.EntityFrameworkCore.Migrations;\nusing MigrationAnalyzers;\n"));
    }

    [Fact]
    public async Task ApproveFixAll_AddsOneAttributePerDropAfterExistingAttributes()
    {
        const string Up = """
                        migrationBuilder.DropColumn(
                            name: "Fax",
                            schema: "sales",
                            table: "customers");

                        migrationBuilder.DropColumn(
                            name: "Notes",
                            table: "Orders");

                        migrationBuilder.DropTable(
                            name: "Coupons")
                            .Annotation("SqlServer:IsTemporal", true);

            """;
        await ApproveAsync(
            Migration(
                Up.Replace("DropColumn(", "{|MIG1002:DropColumn|}(").Replace("DropTable(", "{|MIG1001:DropTable|}("),
                "",
                attributes: "    [System.Obsolete(\"Squash me\")]\n",
                usings: "using MigrationAnalyzers;\nusing Microsoft.EntityFrameworkCore.Migrations;\n"),
            Migration(
                Up,
                "",
                attributes: """
                        [System.Obsolete("Squash me")]
                        [ApprovedDataLoss("customers", Schema = "sales", Column = "Fax", Reason = "<why is this data loss intended?>")]
                        [ApprovedDataLoss("Orders", Column = "Notes", Reason = "<why is this data loss intended?>")]
                        [ApprovedDataLoss("Coupons", Reason = "<why is this data loss intended?>")]

                    """,
                usings: "using MigrationAnalyzers;\nusing Microsoft.EntityFrameworkCore.Migrations;\n"));
    }

    [Fact]
    public async Task ApproveMig1005_AddsAttribute()
    {
        await ApproveAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1005:DropTable|}(name: "Wishlists");

                """,
                ""),
            Migration(
                """
                            migrationBuilder.DropTable(name: "Wishlists");

                """,
                "",
                attributes: "    [ApprovedDataLoss(\"Wishlists\", Reason = \"<why is this data loss intended?>\")]\n",
                usings: "using Microsoft.EntityFrameworkCore.Migrations;\nusing MigrationAnalyzers;\n"),
            "MIG1005");
    }

    [Fact]
    public async Task FixesOffered_RemoveFirstThenApprove_AndOnlyApproveForMig1005OrARecreatedTable()
    {
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(
            """
                        migrationBuilder.DropColumn(name: "Notes", table: "Orders");
                        migrationBuilder.DropTable(name: "Coupons");
                        migrationBuilder.CreateTable(name: "Coupons", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });

            """,
            "")]);

        Assert.Equal(
            [
                ("MIG1002", ["Remove this drop", "Approve this drop"]),
                ("MIG1005", ["Approve this drop"]),
                ("MIG1001", ["Approve this drop"]),
                ("MIG1005", ["Approve this drop"]),
            ],
            fixes.Select(f => (f.Id, f.Titles.ToArray())).ToArray());
    }
}

using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>"Rename instead (keep the values)" for MIG1006, one at a time and Fix All, on EF's own formatting.</summary>
public sealed class RenameInsteadTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";

    /// <summary>V1's model maps Customers (Phone, LoyaltyPoints, BirthYear, Fax) and Products (Sku); V2's maps the new names.</summary>
    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations),
        EfFiles.Designer("AppDbContext", V1, EfFiles.SqlServerAnnotations + "\n"
            + EfFiles.Entity("App.Customer", "b.ToTable(\"Customers\")", "Phone", "LoyaltyPoints", "BirthYear", "Fax") + "\n"
            + EfFiles.Entity("App.Product", "b.ToTable(\"Products\")", "Sku")),
        EfFiles.Migration(V1, "", ""),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations + "\n"
            + EfFiles.Entity("App.Customer", "b.ToTable(\"Customers\")", "PhoneNumber", "RewardPoints", "YearOfBirth", "Email") + "\n"
            + EfFiles.Entity("App.Product", "b.ToTable(\"Products\")", "ProductCode")),
    ];

    /// <summary>A migration file as EF writes it; <paramref name="up"/> and <paramref name="down"/> are indented by 12 spaces.</summary>
    private static (string, string) Migration(string up, string down)
        => ($"{V2}.cs", "using Microsoft.EntityFrameworkCore.Migrations;\n\n#nullable disable\n\nnamespace App.Migrations\n{\n    /// <inheritdoc />\n"
            + "    public partial class V2 : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + up + "        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
            + down + "        }\n    }\n}\n");

    private static Task RenameAsync((string, string) before, (string, string) after)
        => Verify.VerifyFixAsync([.. Model, before], [.. Model, after], DropFixer.RenameInsteadKey);

    private const string PhoneUp = """
                    migrationBuilder.{|MIG1006:DropColumn|}(
                        name: "Phone",
                        table: "Customers");

                    migrationBuilder.AddColumn<string>(
                        name: "PhoneNumber",
                        table: "Customers",
                        type: "nvarchar(32)",
                        maxLength: 32,
                        nullable: true);

        """;

    private const string PhoneDown = """
                    migrationBuilder.DropColumn(
                        name: "PhoneNumber",
                        table: "Customers");

                    migrationBuilder.AddColumn<string>(
                        name: "Phone",
                        table: "Customers",
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: true);

        """;

    private const string PhoneFixedUp = """
                    migrationBuilder.RenameColumn(
                        name: "Phone",
                        table: "Customers",
                        newName: "PhoneNumber");

                    migrationBuilder.AlterColumn<string>(
                        name: "PhoneNumber",
                        table: "Customers",
                        type: "nvarchar(32)",
                        maxLength: 32,
                        nullable: true,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(20)",
                        oldMaxLength: 20,
                        oldNullable: true);

        """;

    private const string PhoneFixedDown = """
                    migrationBuilder.AlterColumn<string>(
                        name: "PhoneNumber",
                        table: "Customers",
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: true,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(32)",
                        oldMaxLength: 32,
                        oldNullable: true);

                    migrationBuilder.RenameColumn(
                        name: "PhoneNumber",
                        table: "Customers",
                        newName: "Phone");

        """;

    [Fact]
    public async Task WidenedColumn_BecomesRenameAndAlter_InUpAndDown_AsFindingsSection4a()
    {
        await RenameAsync(Migration(PhoneUp, PhoneDown), Migration(PhoneFixedUp, PhoneFixedDown));
    }

    [Fact]
    public async Task IntToLong_AltersWithoutTheFillValue()
    {
        await RenameAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1006:DropColumn|}(
                                name: "LoyaltyPoints",
                                table: "Customers");

                            migrationBuilder.AddColumn<long>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "bigint",
                                nullable: false,
                                defaultValue: 0L);

                """,
                """
                            migrationBuilder.DropColumn(
                                name: "RewardPoints",
                                table: "Customers");

                            migrationBuilder.AddColumn<int>(
                                name: "LoyaltyPoints",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                defaultValue: 0);

                """),
            Migration(
                """
                            migrationBuilder.RenameColumn(
                                name: "LoyaltyPoints",
                                table: "Customers",
                                newName: "RewardPoints");

                            migrationBuilder.AlterColumn<long>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "bigint",
                                nullable: false,
                                oldClrType: typeof(int),
                                oldType: "int");

                """,
                """
                            migrationBuilder.AlterColumn<int>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                oldClrType: typeof(long),
                                oldType: "bigint");

                            migrationBuilder.RenameColumn(
                                name: "RewardPoints",
                                table: "Customers",
                                newName: "LoyaltyPoints");

                """));
    }

    [Fact]
    public async Task NullableToRequired_KeepsTheFillValueOnlyWhereNullsBecomeRequired()
    {
        await RenameAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1006:DropColumn|}(
                                name: "BirthYear",
                                table: "Customers");

                            migrationBuilder.AddColumn<int>(
                                name: "YearOfBirth",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                defaultValue: 0);

                """,
                """
                            migrationBuilder.DropColumn(
                                name: "YearOfBirth",
                                table: "Customers");

                            migrationBuilder.AddColumn<int>(
                                name: "BirthYear",
                                table: "Customers",
                                type: "int",
                                nullable: true);

                """),
            Migration(
                """
                            migrationBuilder.RenameColumn(
                                name: "BirthYear",
                                table: "Customers",
                                newName: "YearOfBirth");

                            migrationBuilder.AlterColumn<int>(
                                name: "YearOfBirth",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                defaultValue: 0,
                                oldClrType: typeof(int),
                                oldType: "int",
                                oldNullable: true);

                """,
                """
                            migrationBuilder.AlterColumn<int>(
                                name: "YearOfBirth",
                                table: "Customers",
                                type: "int",
                                nullable: true,
                                oldClrType: typeof(int),
                                oldType: "int");

                            migrationBuilder.RenameColumn(
                                name: "YearOfBirth",
                                table: "Customers",
                                newName: "BirthYear");

                """));
    }

    [Fact]
    public async Task IndexedColumn_KeepsEfsIndexDropAndCreateAroundTheRename()
    {
        await RenameAsync(
            Migration(
                """
                            migrationBuilder.DropIndex(
                                name: "IX_Products_Sku",
                                table: "Products");

                            migrationBuilder.{|MIG1006:DropColumn|}(
                                name: "Sku",
                                table: "Products");

                            migrationBuilder.AddColumn<string>(
                                name: "ProductCode",
                                table: "Products",
                                type: "nvarchar(32)",
                                maxLength: 32,
                                nullable: false,
                                defaultValue: "");

                            migrationBuilder.CreateIndex(
                                name: "IX_Products_ProductCode",
                                table: "Products",
                                column: "ProductCode",
                                unique: true);

                """,
                """
                            migrationBuilder.DropIndex(
                                name: "IX_Products_ProductCode",
                                table: "Products");

                            migrationBuilder.DropColumn(
                                name: "ProductCode",
                                table: "Products");

                            migrationBuilder.AddColumn<string>(
                                name: "Sku",
                                table: "Products",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: false,
                                defaultValue: "");

                            migrationBuilder.CreateIndex(
                                name: "IX_Products_Sku",
                                table: "Products",
                                column: "Sku",
                                unique: true);

                """),
            Migration(
                """
                            migrationBuilder.DropIndex(
                                name: "IX_Products_Sku",
                                table: "Products");

                            migrationBuilder.RenameColumn(
                                name: "Sku",
                                table: "Products",
                                newName: "ProductCode");

                            migrationBuilder.AlterColumn<string>(
                                name: "ProductCode",
                                table: "Products",
                                type: "nvarchar(32)",
                                maxLength: 32,
                                nullable: false,
                                oldClrType: typeof(string),
                                oldType: "nvarchar(20)",
                                oldMaxLength: 20);

                            migrationBuilder.CreateIndex(
                                name: "IX_Products_ProductCode",
                                table: "Products",
                                column: "ProductCode",
                                unique: true);

                """,
                """
                            migrationBuilder.DropIndex(
                                name: "IX_Products_ProductCode",
                                table: "Products");

                            migrationBuilder.AlterColumn<string>(
                                name: "ProductCode",
                                table: "Products",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: false,
                                oldClrType: typeof(string),
                                oldType: "nvarchar(32)",
                                oldMaxLength: 32);

                            migrationBuilder.RenameColumn(
                                name: "ProductCode",
                                table: "Products",
                                newName: "Sku");

                            migrationBuilder.CreateIndex(
                                name: "IX_Products_Sku",
                                table: "Products",
                                column: "Sku",
                                unique: true);

                """));
    }

    [Fact]
    public async Task SameFacets_IsARenameAlone()
    {
        await RenameAsync(
            Migration(
                """
                            migrationBuilder.{|MIG1006:DropColumn|}(
                                name: "Phone",
                                table: "Customers");

                            // The new name, written by hand.
                            migrationBuilder.AddColumn<string>(
                                name: "PhoneNumber",
                                table: "Customers",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: true);

                """,
                """
                            migrationBuilder.DropColumn(
                                name: "PhoneNumber",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>(
                                name: "Phone",
                                table: "Customers",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: true);

                """),
            Migration(
                """
                            migrationBuilder.RenameColumn(
                                name: "Phone",
                                table: "Customers",
                                newName: "PhoneNumber");

                """,
                """
                            migrationBuilder.RenameColumn(
                                name: "PhoneNumber",
                                table: "Customers",
                                newName: "Phone");

                """));
    }

    [Fact]
    public async Task FixAll_RenamesEveryPairOfTheDocument_AndLeavesTheReplacementAlone()
    {
        await RenameAsync(
            Migration(
                PhoneUp + """
                            migrationBuilder.DropColumn(
                                name: "Fax",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>(
                                name: "Email",
                                table: "Customers",
                                type: "nvarchar(256)",
                                maxLength: 256,
                                nullable: true);

                            migrationBuilder.{|MIG1006:DropColumn|}(
                                name: "LoyaltyPoints",
                                table: "Customers");

                            migrationBuilder.AddColumn<long>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "bigint",
                                nullable: false,
                                defaultValue: 0L);

                """,
                PhoneDown + """
                            migrationBuilder.DropColumn(
                                name: "Email",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>(
                                name: "Fax",
                                table: "Customers",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: true);

                            migrationBuilder.DropColumn(
                                name: "RewardPoints",
                                table: "Customers");

                            migrationBuilder.AddColumn<int>(
                                name: "LoyaltyPoints",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                defaultValue: 0);

                """),
            Migration(
                PhoneFixedUp + """
                            migrationBuilder.DropColumn(
                                name: "Fax",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>(
                                name: "Email",
                                table: "Customers",
                                type: "nvarchar(256)",
                                maxLength: 256,
                                nullable: true);

                            migrationBuilder.RenameColumn(
                                name: "LoyaltyPoints",
                                table: "Customers",
                                newName: "RewardPoints");

                            migrationBuilder.AlterColumn<long>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "bigint",
                                nullable: false,
                                oldClrType: typeof(int),
                                oldType: "int");

                """,
                PhoneFixedDown + """
                            migrationBuilder.DropColumn(
                                name: "Email",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>(
                                name: "Fax",
                                table: "Customers",
                                type: "nvarchar(20)",
                                maxLength: 20,
                                nullable: true);

                            migrationBuilder.AlterColumn<int>(
                                name: "RewardPoints",
                                table: "Customers",
                                type: "int",
                                nullable: false,
                                oldClrType: typeof(long),
                                oldType: "bigint");

                            migrationBuilder.RenameColumn(
                                name: "RewardPoints",
                                table: "Customers",
                                newName: "LoyaltyPoints");

                """));
    }

    [Fact]
    public async Task Fixes_RenameFirst_ThenApprove_AndNoRenameWithoutDownsMirror()
    {
        var withoutMirror = Migration(PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn"), "");
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn"), PhoneDown)]);
        // GetFixesAsync enables every rule: MIG1005 (opt in) reports the drop too.
        Assert.Equal<string>(["Rename instead (keep the values)", "Approve this drop"], Assert.Single(fixes, f => f.Id == "MIG1006").Titles);

        fixes = await Verify.GetFixesAsync([.. Model, withoutMirror]);
        Assert.Equal<string>(["Approve this drop"], Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }

    [Fact]
    public async Task ValueDerivedFromTheDroppedColumn_GetsNoRenameFix()
    {
        // Renaming ClientSecret to ClientSecretHash would put the plain value where a hash belongs.
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(
            PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn").Replace("\"PhoneNumber\"", "\"PhoneHash\"", System.StringComparison.Ordinal),
            PhoneDown.Replace("\"PhoneNumber\"", "\"PhoneHash\"", System.StringComparison.Ordinal))]);

        Assert.Equal<string>(["Approve this drop"], Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }

    [Fact]
    public async Task HalfTypedFacet_GetsNoRenameFix()
    {
        // Found by the robustness run: a deleted argument value would be copied into AlterColumn and not compile.
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn"), PhoneDown.Replace("maxLength: 20,", "maxLength: ,"))]);

        Assert.DoesNotContain("Rename instead (keep the values)", Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }

    [Fact]
    public async Task FacetWithATypeError_GetsNoRenameFix()
    {
        // Found by the robustness run (seed 2, mutant 101): type: 'c' is a compile error in AddColumn, and copied into
        // AlterColumn's oldType it would be a new one.
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(
            PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn"),
            PhoneDown.Replace("type: \"nvarchar(20)\",", "type: 'c',", System.StringComparison.Ordinal))]);

        Assert.DoesNotContain("Rename instead (keep the values)", Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }

    [Fact]
    public async Task FacetsWrittenByPosition_GetNoRenameFix()
    {
        // Found by the robustness run (seed 2, mutants 665 and 914): nullable written by position is past what the reader
        // binds, so AlterColumn would lose it or label it wrongly. EF names every argument.
        var positional = """
                            migrationBuilder.DropColumn(
                                name: "PhoneNumber",
                                table: "Customers");

                            migrationBuilder.AddColumn<string>("Phone", "Customers", "nvarchar(20)", null, 20, false, null, true);

            """;
        var fixes = await Verify.GetFixesAsync([.. Model, Migration(PhoneUp.Replace("{|MIG1006:DropColumn|}", "DropColumn"), positional)]);

        Assert.DoesNotContain("Rename instead (keep the values)", Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }
}

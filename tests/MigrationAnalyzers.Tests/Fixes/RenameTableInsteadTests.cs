using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// "Rename instead (keep the values)" for MIG1006 on a table: EF's own rename block (FINDINGS.md item 6,
/// tests/Fixtures/TableRenameHistories) in place of the drop and the create, one at a time and Fix All, on EF's formatting;
/// and no fix where the rename would not give the same table.
/// </summary>
public sealed class RenameTableInsteadTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";

    /// <summary>V1's model maps Suppliers and OrderLines (in <paramref name="schema"/>), V2's Vendors and InvoiceLines (in <paramref name="newSchema"/>).</summary>
    private static (string, string)[] Model(string schema = "", string newSchema = "")
    {
        string ToTable(string table, string inSchema) => inSchema.Length == 0 ? $"b.ToTable(\"{table}\")" : $"b.ToTable(\"{table}\", \"{inSchema}\")";
        string Entities(string supplier, string supplierTable, string line, string lineTable, string inSchema)
            => EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity(supplier, ToTable(supplierTable, inSchema), "Name", "Country") + "\n"
               + EfFiles.Entity(line, ToTable(lineTable, inSchema), "Item") + "\n" + EfFiles.Entity("App.Product", "b.ToTable(\"Products\")", "Name");
        var after = Entities("App.Vendor", "Vendors", "App.InvoiceLine", "InvoiceLines", newSchema);
        return
        [
            EfFiles.Context("AppDbContext"),
            EfFiles.Snapshot("AppDbContext", after),
            EfFiles.Designer("AppDbContext", V1, Entities("App.Supplier", "Suppliers", "App.OrderLine", "OrderLines", schema)),
            EfFiles.Migration(V1, "", ""),
            EfFiles.Designer("AppDbContext", V2, after),
        ];
    }

    /// <summary>A migration file as EF writes it; <paramref name="up"/> and <paramref name="down"/> are indented by 12 spaces.</summary>
    private static (string, string) Migration(string up, string down)
        => ($"{V2}.cs", "using Microsoft.EntityFrameworkCore.Migrations;\n\n#nullable disable\n\nnamespace App.Migrations\n{\n    /// <inheritdoc />\n"
            + "    public partial class V2 : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + up + "        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
            + down + "        }\n    }\n}\n");

    private static Task RenameAsync((string, string)[] model, (string, string) before, (string, string) after)
        => Verify.VerifyFixAsync([.. model, before], [.. model, after], DropFixer.RenameInsteadKey);

    /// <summary>RenameHistories v12 as EF scaffolds it (SqlServer): the class and table Supplier/Suppliers became Vendor/Vendors.</summary>
    private const string VendorsUp = """
                    migrationBuilder.DropForeignKey(
                        name: "FK_Products_Suppliers_SupplierId",
                        table: "Products");

                    migrationBuilder.{|MIG1006:DropTable|}(
                        name: "Suppliers");

                    migrationBuilder.CreateTable(
                        name: "Vendors",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                            Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Vendors", x => x.Id);
                        });

                    migrationBuilder.CreateIndex(
                        name: "IX_Vendors_Name",
                        table: "Vendors",
                        column: "Name");

                    migrationBuilder.AddForeignKey(
                        name: "FK_Products_Vendors_SupplierId",
                        table: "Products",
                        column: "SupplierId",
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);

        """;

    private const string VendorsDown = """
                    migrationBuilder.DropForeignKey(
                        name: "FK_Products_Vendors_SupplierId",
                        table: "Products");

                    migrationBuilder.DropTable(
                        name: "Vendors");

                    migrationBuilder.CreateTable(
                        name: "Suppliers",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                            Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Suppliers", x => x.Id);
                        });

                    migrationBuilder.CreateIndex(
                        name: "IX_Suppliers_Name",
                        table: "Suppliers",
                        column: "Name");

                    migrationBuilder.AddForeignKey(
                        name: "FK_Products_Suppliers_SupplierId",
                        table: "Products",
                        column: "SupplierId",
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);

        """;

    /// <summary>EF's own block for a table rename (RenameHistories v13, with v12's names).</summary>
    private const string VendorsFixedUp = """
                    migrationBuilder.DropForeignKey(
                        name: "FK_Products_Suppliers_SupplierId",
                        table: "Products");

                    migrationBuilder.DropPrimaryKey(
                        name: "PK_Suppliers",
                        table: "Suppliers");

                    migrationBuilder.RenameTable(
                        name: "Suppliers",
                        newName: "Vendors");

                    migrationBuilder.RenameIndex(
                        name: "IX_Suppliers_Name",
                        table: "Vendors",
                        newName: "IX_Vendors_Name");

                    migrationBuilder.AddPrimaryKey(
                        name: "PK_Vendors",
                        table: "Vendors",
                        column: "Id");

                    migrationBuilder.AddForeignKey(
                        name: "FK_Products_Vendors_SupplierId",
                        table: "Products",
                        column: "SupplierId",
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);

        """;

    private const string VendorsFixedDown = """
                    migrationBuilder.DropForeignKey(
                        name: "FK_Products_Vendors_SupplierId",
                        table: "Products");

                    migrationBuilder.DropPrimaryKey(
                        name: "PK_Vendors",
                        table: "Vendors");

                    migrationBuilder.RenameTable(
                        name: "Vendors",
                        newName: "Suppliers");

                    migrationBuilder.RenameIndex(
                        name: "IX_Vendors_Name",
                        table: "Suppliers",
                        newName: "IX_Suppliers_Name");

                    migrationBuilder.AddPrimaryKey(
                        name: "PK_Suppliers",
                        table: "Suppliers",
                        column: "Id");

                    migrationBuilder.AddForeignKey(
                        name: "FK_Products_Suppliers_SupplierId",
                        table: "Products",
                        column: "SupplierId",
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);

        """;

    [Fact]
    public async Task Table_BecomesEfsRenameBlock_InUpAndDown()
    {
        await RenameAsync(Model(), Migration(VendorsUp, VendorsDown), Migration(VendorsFixedUp, VendorsFixedDown));
    }

    [Fact]
    public async Task SchemaQualifiedTable_MovesWithRenameTablesSchemaAndNewSchema()
    {
        await RenameAsync(
            Model("purchasing", "sales"),
            Migration(
                """
                            migrationBuilder.EnsureSchema(
                                name: "sales");

                            migrationBuilder.{|MIG1006:DropTable|}(
                                name: "Suppliers",
                                schema: "purchasing");

                            migrationBuilder.CreateTable(
                                name: "Vendors",
                                schema: "sales",
                                columns: table => new
                                {
                                    Id = table.Column<int>(type: "int", nullable: false),
                                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
                                },
                                constraints: table =>
                                {
                                    table.PrimaryKey("PK_Vendors", x => x.Id);
                                });

                            migrationBuilder.CreateIndex(
                                name: "IX_Vendors_Name",
                                schema: "sales",
                                table: "Vendors",
                                column: "Name");

                """,
                """
                            migrationBuilder.DropTable(
                                name: "Vendors",
                                schema: "sales");

                            migrationBuilder.CreateTable(
                                name: "Suppliers",
                                schema: "purchasing",
                                columns: table => new
                                {
                                    Id = table.Column<int>(type: "int", nullable: false),
                                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                                },
                                constraints: table =>
                                {
                                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                                });

                            migrationBuilder.CreateIndex(
                                name: "IX_Suppliers_Name",
                                schema: "purchasing",
                                table: "Suppliers",
                                column: "Name");

                """),
            Migration(
                """
                            migrationBuilder.EnsureSchema(
                                name: "sales");

                            migrationBuilder.DropPrimaryKey(
                                name: "PK_Suppliers",
                                schema: "purchasing",
                                table: "Suppliers");

                            migrationBuilder.RenameTable(
                                name: "Suppliers",
                                schema: "purchasing",
                                newName: "Vendors",
                                newSchema: "sales");

                            migrationBuilder.RenameIndex(
                                name: "IX_Suppliers_Name",
                                schema: "sales",
                                table: "Vendors",
                                newName: "IX_Vendors_Name");

                            migrationBuilder.AddPrimaryKey(
                                name: "PK_Vendors",
                                schema: "sales",
                                table: "Vendors",
                                column: "Id");

                """,
                """
                            migrationBuilder.DropPrimaryKey(
                                name: "PK_Vendors",
                                schema: "sales",
                                table: "Vendors");

                            migrationBuilder.RenameTable(
                                name: "Vendors",
                                schema: "sales",
                                newName: "Suppliers",
                                newSchema: "purchasing");

                            migrationBuilder.RenameIndex(
                                name: "IX_Vendors_Name",
                                schema: "purchasing",
                                table: "Suppliers",
                                newName: "IX_Suppliers_Name");

                            migrationBuilder.AddPrimaryKey(
                                name: "PK_Suppliers",
                                schema: "purchasing",
                                table: "Suppliers",
                                column: "Id");

                """));
    }

    private const string LinesUp = """
                    migrationBuilder.{|MIG1006:DropTable|}(
                        name: "OrderLines");

                    migrationBuilder.CreateTable(
                        name: "InvoiceLines",
                        columns: table => new
                        {
                            OrderId = table.Column<int>(type: "int", nullable: false),
                            LineNumber = table.Column<int>(type: "int", nullable: false),
                            Item = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_InvoiceLines", x => new { x.OrderId, x.LineNumber });
                        });

        """;

    private const string LinesDown = """
                    migrationBuilder.DropTable(
                        name: "InvoiceLines");

                    migrationBuilder.CreateTable(
                        name: "OrderLines",
                        columns: table => new
                        {
                            Item = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                            LineNumber = table.Column<int>(type: "int", nullable: false),
                            OrderId = table.Column<int>(type: "int", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_OrderLines", x => new { x.OrderId, x.LineNumber });
                        });

        """;

    private const string LinesFixedUp = """
                    migrationBuilder.DropPrimaryKey(
                        name: "PK_OrderLines",
                        table: "OrderLines");

                    migrationBuilder.RenameTable(
                        name: "OrderLines",
                        newName: "InvoiceLines");

                    migrationBuilder.AddPrimaryKey(
                        name: "PK_InvoiceLines",
                        table: "InvoiceLines",
                        columns: new[] { "OrderId", "LineNumber" });

        """;

    private const string LinesFixedDown = """
                    migrationBuilder.DropPrimaryKey(
                        name: "PK_InvoiceLines",
                        table: "InvoiceLines");

                    migrationBuilder.RenameTable(
                        name: "InvoiceLines",
                        newName: "OrderLines");

                    migrationBuilder.AddPrimaryKey(
                        name: "PK_OrderLines",
                        table: "OrderLines",
                        columns: new[] { "OrderId", "LineNumber" });

        """;

    [Fact]
    public async Task CompositeKey_IsAddedAgainWithItsColumnsInOrder()
    {
        await RenameAsync(Model(), Migration(LinesUp, LinesDown), Migration(LinesFixedUp, LinesFixedDown));
    }

    [Fact]
    public async Task FixAll_RenamesEveryTableAndColumnOfTheDocument()
    {
        // Two tables and a column of Products in one migration: Fix All in document, project and solution (the verifier
        // checks all three) gives the same as fixing them one by one.
        const string SkuUp = """
                        migrationBuilder.{|MIG1006:DropColumn|}(
                            name: "Name",
                            table: "Products");

                        migrationBuilder.AddColumn<string>(
                            name: "ProductName",
                            table: "Products",
                            type: "nvarchar(200)",
                            maxLength: 200,
                            nullable: true);

            """;
        const string SkuDown = """
                        migrationBuilder.DropColumn(
                            name: "ProductName",
                            table: "Products");

                        migrationBuilder.AddColumn<string>(
                            name: "Name",
                            table: "Products",
                            type: "nvarchar(100)",
                            maxLength: 100,
                            nullable: true);

            """;
        const string SkuFixedUp = """
                        migrationBuilder.RenameColumn(
                            name: "Name",
                            table: "Products",
                            newName: "ProductName");

                        migrationBuilder.AlterColumn<string>(
                            name: "ProductName",
                            table: "Products",
                            type: "nvarchar(200)",
                            maxLength: 200,
                            nullable: true,
                            oldClrType: typeof(string),
                            oldType: "nvarchar(100)",
                            oldMaxLength: 100,
                            oldNullable: true);

            """;
        const string SkuFixedDown = """
                        migrationBuilder.AlterColumn<string>(
                            name: "ProductName",
                            table: "Products",
                            type: "nvarchar(100)",
                            maxLength: 100,
                            nullable: true,
                            oldClrType: typeof(string),
                            oldType: "nvarchar(200)",
                            oldMaxLength: 200,
                            oldNullable: true);

                        migrationBuilder.RenameColumn(
                            name: "ProductName",
                            table: "Products",
                            newName: "Name");

            """;
        var model = Model();
        var after = EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Vendor", "b.ToTable(\"Vendors\")", "Name", "Country") + "\n"
            + EfFiles.Entity("App.InvoiceLine", "b.ToTable(\"InvoiceLines\")", "Item") + "\n" + EfFiles.Entity("App.Product", "b.ToTable(\"Products\")", "ProductName");
        model[1] = EfFiles.Snapshot("AppDbContext", after);
        model[4] = EfFiles.Designer("AppDbContext", V2, after);

        await RenameAsync(
            model,
            Migration(LinesUp + VendorsUp + SkuUp, LinesDown + VendorsDown + SkuDown),
            Migration(LinesFixedUp + VendorsFixedUp + SkuFixedUp, LinesFixedDown + VendorsFixedDown + SkuFixedDown));
    }

    [Fact]
    public async Task IndexOnlyOneTableHas_IsDroppedBeforeTheRenameOrKeptAsCreated()
    {
        // Suppliers had IX_Suppliers_Name, Vendors has IX_Vendors_Country instead: Up() drops the one and keeps EF's
        // CreateIndex of the other; Down() the other way round.
        await RenameAsync(
            Model(),
            Migration(
                VendorsUp.Replace("\"IX_Vendors_Name\"", "\"IX_Vendors_Country\"", System.StringComparison.Ordinal)
                    .Replace("column: \"Name\");", "column: \"Country\");", System.StringComparison.Ordinal),
                VendorsDown),
            Migration(
                """
                            migrationBuilder.DropForeignKey(
                                name: "FK_Products_Suppliers_SupplierId",
                                table: "Products");

                            migrationBuilder.DropIndex(
                                name: "IX_Suppliers_Name",
                                table: "Suppliers");

                            migrationBuilder.DropPrimaryKey(
                                name: "PK_Suppliers",
                                table: "Suppliers");

                            migrationBuilder.RenameTable(
                                name: "Suppliers",
                                newName: "Vendors");

                            migrationBuilder.AddPrimaryKey(
                                name: "PK_Vendors",
                                table: "Vendors",
                                column: "Id");

                            migrationBuilder.CreateIndex(
                                name: "IX_Vendors_Country",
                                table: "Vendors",
                                column: "Country");

                            migrationBuilder.AddForeignKey(
                                name: "FK_Products_Vendors_SupplierId",
                                table: "Products",
                                column: "SupplierId",
                                principalTable: "Vendors",
                                principalColumn: "Id",
                                onDelete: ReferentialAction.Cascade);

                """,
                """
                            migrationBuilder.DropForeignKey(
                                name: "FK_Products_Vendors_SupplierId",
                                table: "Products");

                            migrationBuilder.DropIndex(
                                name: "IX_Vendors_Country",
                                table: "Vendors");

                            migrationBuilder.DropPrimaryKey(
                                name: "PK_Vendors",
                                table: "Vendors");

                            migrationBuilder.RenameTable(
                                name: "Vendors",
                                newName: "Suppliers");

                            migrationBuilder.AddPrimaryKey(
                                name: "PK_Suppliers",
                                table: "Suppliers",
                                column: "Id");

                            migrationBuilder.CreateIndex(
                                name: "IX_Suppliers_Name",
                                table: "Suppliers",
                                column: "Name");

                            migrationBuilder.AddForeignKey(
                                name: "FK_Products_Suppliers_SupplierId",
                                table: "Products",
                                column: "SupplierId",
                                principalTable: "Suppliers",
                                principalColumn: "Id",
                                onDelete: ReferentialAction.Cascade);

                """));
    }

    [Fact]
    public async Task Fixes_RenameFirst_ThenApprove()
    {
        var fixes = await Verify.GetFixesAsync([.. Model(), Migration(Unmarked(VendorsUp), VendorsDown)]);

        // GetFixesAsync enables every rule: MIG1005 (opt in) reports the drop too.
        Assert.Equal<string>(["Rename instead (keep the values)", "Approve this drop"], Assert.Single(fixes, f => f.Id == "MIG1006").Titles);
    }

    /// <summary>Where the rename would not give the table Up() creates, or Down() could not undo it.</summary>
    public static TheoryData<string, string, string> NotEquivalent => new()
    {
        // No mirror in Down(): the old key and indexes are not known.
        { "Down() empty", Unmarked(VendorsUp), "" },

        // A column defined otherwise beyond the facets the rule compares: identity, default value.
        { "identity on one side", Unmarked(VendorsUp), VendorsDown.Replace(".Annotation(\"SqlServer:Identity\", \"1, 1\")", "", System.StringComparison.Ordinal) },
        { "default value", Unmarked(VendorsUp).Replace("maxLength: 2, nullable: true)", "maxLength: 2, nullable: true, defaultValue: \"DE\")", System.StringComparison.Ordinal), VendorsDown },

        // The table's comment, or a temporal table (EF renames its history table too).
        { "table comment", Unmarked(VendorsUp).Replace("name: \"Vendors\",", "name: \"Vendors\", comment: \"Who we buy from\",", System.StringComparison.Ordinal), VendorsDown },
        { "temporal", Temporal(Unmarked(VendorsUp), "Suppliers"), Temporal(VendorsDown, "Suppliers") },

        // A foreign key of the new table that the old one did not have: adding it could fail or, on SQLite, not be checked.
        { "new foreign key", Unmarked(VendorsUp).Replace(
            "table.PrimaryKey(\"PK_Vendors\", x => x.Id);",
            "table.PrimaryKey(\"PK_Vendors\", x => x.Id); table.ForeignKey(name: \"FK_Vendors_Countries_Country\", column: x => x.Country, principalTable: \"Countries\", principalColumn: \"Code\");",
            System.StringComparison.Ordinal), VendorsDown },

        // Seed rows inserted into the new table would be inserted a second time.
        { "seed data", Unmarked(VendorsUp) + """
                    migrationBuilder.InsertData(
                        table: "Vendors",
                        columns: new[] { "Id", "Name", "Country" },
                        values: new object[] { 1, "Acme", "DE" });

            """, VendorsDown },

        // Half-typed: the old key's columns are missing.
        { "half-typed key", Unmarked(VendorsUp), VendorsDown.Replace("x => x.Id", "x => ", System.StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(NotEquivalent))]
    public async Task NotEquivalent_GetsNoRenameFix(string reason, string up, string down)
    {
        var fixes = await Verify.GetFixesAsync([.. Model(), Migration(up, down)]);

        Assert.True(
            Assert.Single(fixes, f => f.Id == "MIG1006").Titles is ["Approve this drop"],
            reason + ": " + string.Join(", ", Assert.Single(fixes, f => f.Id == "MIG1006").Titles));
    }

    private static string Unmarked(string code) => code.Replace("{|MIG1006:DropTable|}", "DropTable", System.StringComparison.Ordinal);

    /// <summary>The CreateTable (the one followed by a CreateIndex) as a temporal table's.</summary>
    private static string Temporal(string code, string table)
        => Regex.Replace(
            code,
            @"\}\);(?=\r?\n\r?\n\s*migrationBuilder\.CreateIndex)",
            $"}}).Annotation(\"SqlServer:IsTemporal\", true).Annotation(\"SqlServer:TemporalHistoryTableName\", \"{table}History\")"
            + ".Annotation(\"SqlServer:TemporalPeriodEndColumnName\", \"PeriodEnd\").Annotation(\"SqlServer:TemporalPeriodStartColumnName\", \"PeriodStart\");");
}

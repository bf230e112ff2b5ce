using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// A table moved from AppDbContext to ReportingDbContext (one database): "Remove this drop" keeps AppDbContext's table and
/// its rows, so ReportingDbContext's history must not create it again. The fix removes that creation too where it is
/// safe, one at a time and Fix All; elsewhere its title says what is left to do.
/// </summary>
public sealed class CrossContextRemoveTests
{
    private const string V2 = "20260201000000_V2";
    private const string R1 = "20260101000000_R1";

    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Context("ReportingDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
        EfFiles.Snapshot("ReportingDbContext", EfFiles.SqlServerAnnotations + "\n"
            + EfFiles.Entity("App.AuditLog", "b.ToTable(\"AuditLogs\")", "Actor") + "\n"
            + EfFiles.Entity("App.Report", "b.ToTable(\"Reports\")", "AuditLogId"), ns: "App.Migrations.Reporting"),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
        EfFiles.Designer("ReportingDbContext", R1, EfFiles.SqlServerAnnotations, ns: "App.Migrations.Reporting"),
    ];

    /// <summary>A migration file as EF writes it; <paramref name="up"/> and <paramref name="down"/> are indented by 12 spaces.</summary>
    private static (string, string) Migration(string id, string ns, string up, string down)
        => ($"{id}.cs", "using System;\nusing Microsoft.EntityFrameworkCore.Migrations;\n\n#nullable disable\n\nnamespace " + ns + "\n{\n    /// <inheritdoc />\n"
            + "    public partial class " + EfFiles.ClassName(id) + " : Migration\n    {\n        /// <inheritdoc />\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n"
            + up + "        }\n\n        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
            + down + "        }\n    }\n}\n");

    private static (string, string) App(string up, string down) => Migration(V2, "App.Migrations.App", up, down);

    private static (string, string) Reporting(string up, string down) => Migration(R1, "App.Migrations.Reporting", up, down);

    private static string CreateTable(string table, string columns = "") => $$"""
                    migrationBuilder.CreateTable(
                        name: "{{table}}",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            Actor = table.Column<string>(type: "nvarchar(450)", nullable: false){{columns}}
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_{{table}}", x => x.Id);
                        });

        """;

    private static string DropTable(string table, string marker = "") => $$"""
                    migrationBuilder.{{(marker.Length > 0 ? "{|" + marker + ":DropTable|}" : "DropTable")}}(
                        name: "{{table}}");

        """;

    private const string CreateReports = """
                    migrationBuilder.CreateTable(
                        name: "Reports",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                                .Annotation("SqlServer:Identity", "1, 1"),
                            AuditLogId = table.Column<int>(type: "int", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_Reports", x => x.Id);
                            table.ForeignKey(
                                name: "FK_Reports_AuditLogs_AuditLogId",
                                column: x => x.AuditLogId,
                                principalTable: "AuditLogs",
                                principalColumn: "Id",
                                onDelete: ReferentialAction.Cascade);
                        });

        """;

    private const string IndexAuditLogsActor = """
                    migrationBuilder.CreateIndex(
                        name: "IX_AuditLogs_Actor",
                        table: "AuditLogs",
                        column: "Actor");

        """;

    private const string IndexReports = """
                    migrationBuilder.CreateIndex(
                        name: "IX_Reports_AuditLogId",
                        table: "Reports",
                        column: "AuditLogId");

        """;

    private static async Task<string[]> RemoveTitlesAsync(params (string, string)[] migrations)
    {
        var fixes = await Verify.GetFixesAsync([.. Model, .. migrations]);
        return fixes.Where(f => f.Id == "MIG1001").Select(f => f.Titles.First()).ToArray();
    }

    [Fact]
    public async Task RemoveThisDrop_AlsoRemovesTheOtherContextsCreation_AndKeepsItsForeignKeysToTheTable()
    {
        await Verify.VerifyFixAsync(
            [
                .. Model,
                App(DropTable("AuditLogs", "MIG1001"), CreateTable("AuditLogs") + IndexAuditLogsActor),
                Reporting(CreateTable("AuditLogs") + CreateReports + IndexAuditLogsActor + IndexReports, DropTable("Reports") + DropTable("AuditLogs")),
            ],
            [
                .. Model,
                App("", ""),
                Reporting(CreateReports + IndexReports, DropTable("Reports").TrimEnd() + "\n"),
            ],
            DropFixer.RemoveDropKey);
    }

    [Fact]
    public async Task RemoveThisDrop_OfATableTheOtherContextCreates_SaysSoInItsTitle()
    {
        Assert.Equal(
            ["Remove this drop and ReportingDbContext's creation of 'AuditLogs'"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs"), DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task FixAll_RemovesEveryCreationOfTheSameOtherMigration()
    {
        await Verify.VerifyFixAsync(
            [
                .. Model,
                App(DropTable("AuditLogs", "MIG1001") + DropTable("Reports", "MIG1001"), CreateTable("AuditLogs") + CreateReports + IndexAuditLogsActor + IndexReports),
                Reporting(CreateTable("AuditLogs") + CreateReports + IndexAuditLogsActor + IndexReports, DropTable("Reports") + DropTable("AuditLogs")),
            ],
            [
                .. Model,
                App("", ""),
                Reporting("", ""),
            ],
            DropFixer.RemoveDropKey);
    }

    [Fact]
    public async Task WithoutTheOtherContextsMigrations_TheTitleSaysWhatRemains()
    {
        var fixes = await Verify.GetFixesAsync(
            EfFiles.Context("AppDbContext"),
            EfFiles.Context("ReportingDbContext"),
            EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
            EfFiles.Snapshot("ReportingDbContext", EfFiles.SqlServerAnnotations + EfFiles.Entity("App.AuditLog", "b.ToTable(\"AuditLogs\")"), ns: "App.Migrations.Reporting"),
            EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
            EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "AuditLogs");""", ns: "App.Migrations.App"));

        Assert.Equal(
            [("MIG1001", new[] { "Remove this drop (then remove ReportingDbContext's creation of 'AuditLogs' from its migrations)", "Approve this drop" }), ("MIG1005", new[] { "Approve this drop" })],
            fixes.Select(f => (f.Id, f.Titles.ToArray())).ToArray());
    }

    [Theory]
    [InlineData("seed data", """
                    migrationBuilder.InsertData(
                        table: "AuditLogs",
                        columns: new[] { "Id", "Actor" },
                        values: new object[] { 1, "system" });

        """)]
    [InlineData("raw SQL naming the table", """
                    migrationBuilder.Sql("UPDATE [AuditLogs] SET [Actor] = N'system'");

        """)]
    [InlineData("SQL whose text is not known", """
                    migrationBuilder.Sql(Environment.GetEnvironmentVariable("SQL"));

        """)]
    [InlineData("a change the analyzer does not read", """
                    migrationBuilder.AlterColumn<string>(
                        name: "Actor",
                        table: "AuditLogs",
                        type: "nvarchar(200)",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "nvarchar(450)");

        """)]
    [InlineData("a column added", """
                    migrationBuilder.AddColumn<string>(
                        name: "Source",
                        table: "AuditLogs",
                        type: "nvarchar(max)",
                        nullable: true);

        """)]
    public async Task WhereRemovingTheCreationIsNotSafe_TheTitleNamesTheMigration(string why, string more)
    {
        Assert.True(why.Length > 0);
        Assert.Equal(
            ["Remove this drop (then remove ReportingDbContext's creation of 'AuditLogs' from its migration 'R1')"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs") + more, DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task ATableTheOtherContextRenamesInto_IsLeftToTheUser()
    {
        Assert.Equal(
            ["Remove this drop (then remove ReportingDbContext's creation of 'AuditLogs' from its migration 'R1')"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(
                    """
                                migrationBuilder.RenameTable(
                                    name: "AuditEntries",
                                    newName: "AuditLogs");

                    """,
                    """
                                migrationBuilder.RenameTable(
                                    name: "AuditLogs",
                                    newName: "AuditEntries");

                    """)));
    }

    [Fact]
    public async Task ATableTheOtherContextCreatesWithOtherColumns_MustBeAlteredByHand()
    {
        Assert.Equal(
            ["Remove this drop (then make ReportingDbContext's migration 'R1' alter 'AuditLogs' instead of creating it)"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs", ",\n                    Source = table.Column<string>(type: \"nvarchar(max)\", nullable: true)"), DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task ATableTheOtherContextCreatesWithOtherFacets_MustBeAlteredByHand()
    {
        Assert.Equal(
            ["Remove this drop (then make ReportingDbContext's migration 'R1' alter 'AuditLogs' instead of creating it)"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs").Replace("nvarchar(450)", "nvarchar(200)"), DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task ATableTheOtherContextCreatesWithAnIndexTheHistoryLacks_MustBeAlteredByHand()
    {
        Assert.Equal(
            ["Remove this drop (then make ReportingDbContext's migration 'R1' alter 'AuditLogs' instead of creating it)"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs") + IndexAuditLogsActor, DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task ATableTheHistoryMadeWithMoreIndexesThanTheOtherContextKnows_IsTakenAsItIs()
    {
        Assert.Equal(
            ["Remove this drop and ReportingDbContext's creation of 'AuditLogs'"],
            await RemoveTitlesAsync(
                App(DropTable("AuditLogs"), CreateTable("AuditLogs") + IndexAuditLogsActor),
                Reporting(CreateTable("AuditLogs"), DropTable("AuditLogs"))));
    }

    [Fact]
    public async Task ATableTheOtherContextMapsExcludedFromMigrations_NeedsNothingMore()
    {
        var fixes = await Verify.GetFixesAsync(
            EfFiles.Context("AppDbContext"),
            EfFiles.Context("ReportingDbContext"),
            EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
            EfFiles.Snapshot(
                "ReportingDbContext",
                EfFiles.SqlServerAnnotations + EfFiles.Entity("App.AuditLog", "b.ToTable(\"AuditLogs\", t => t.ExcludeFromMigrations())"),
                ns: "App.Migrations.Reporting"),
            EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
            EfFiles.Designer("ReportingDbContext", R1, EfFiles.SqlServerAnnotations, ns: "App.Migrations.Reporting"),
            App(DropTable("AuditLogs"), CreateTable("AuditLogs")),
            Reporting(CreateReports, DropTable("Reports")));

        Assert.Equal("Remove this drop", fixes.Single(f => f.Id == "MIG1001").Titles.First());
    }

    [Fact]
    public async Task TheCreationIsFoundAsNameScopeComparesAcrossTheContexts_DefaultSchemaIncluded()
    {
        // AppDbContext's default schema is shop; ReportingDbContext's is reporting, and it maps shop.AuditLogs. Its
        // migration also creates reporting.AuditLogs, another table, which stays.
        const string ShopSchema = """modelBuilder.HasDefaultSchema("shop").HasAnnotation("Relational:MaxIdentifierLength", 128);""";
        const string ReportingSchema = """modelBuilder.HasDefaultSchema("reporting").HasAnnotation("Relational:MaxIdentifierLength", 128);""";
        (string, string)[] model =
        [
            EfFiles.Context("AppDbContext"),
            EfFiles.Context("ReportingDbContext"),
            EfFiles.Snapshot("AppDbContext", ShopSchema, ns: "App.Migrations.App"),
            EfFiles.Snapshot("ReportingDbContext", ReportingSchema + "\n"
                + EfFiles.Entity("App.AuditLog", "b.ToTable(\"AuditLogs\", \"shop\")", "Actor") + "\n"
                + EfFiles.Entity("App.LocalAuditLog", "b.ToTable(\"AuditLogs\")", "Actor"), ns: "App.Migrations.Reporting"),
            EfFiles.Designer("AppDbContext", V2, ShopSchema, ns: "App.Migrations.App"),
            EfFiles.Designer("ReportingDbContext", R1, ReportingSchema, ns: "App.Migrations.Reporting"),
        ];
        var inShop = CreateTable("AuditLogs").Replace("name: \"AuditLogs\",", "name: \"AuditLogs\",\n                schema: \"shop\",");
        var dropInShop = DropTable("AuditLogs").Replace("name: \"AuditLogs\")", "name: \"AuditLogs\",\n                schema: \"shop\")");

        await Verify.VerifyFixAsync(
            [
                .. model,
                App(DropTable("AuditLogs", "MIG1001"), CreateTable("AuditLogs")),
                Reporting(CreateTable("AuditLogs") + inShop, DropTable("AuditLogs") + dropInShop),
            ],
            [
                .. model,
                App("", ""),
                Reporting(CreateTable("AuditLogs"), DropTable("AuditLogs").TrimEnd() + "\n"),
            ],
            DropFixer.RemoveDropKey);
    }
}

using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>MIG1006: a drop and an add in one Up() that look like one renamed column or table.</summary>
public sealed class RenamedAsDropAndAddTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";

    private static string Model(params string[] entities) => EfFiles.SqlServerAnnotations + "\n" + string.Join("\n", entities);

    /// <summary>Customers with the given string columns in V1's designer (the first marked #1), the snapshot and V2's designer mapping <paramref name="after"/>.</summary>
    private static (string, string)[] History(string[] before, string[] after, string up, string down, string table = "b.ToTable(\"Customers\")")
    {
        var marked = Model(EfFiles.Entity("App.Customer", table, before)).Replace($"b.Property<string>(\"{before[0]}\");", $"{{|#1:b.Property<string>(\"{before[0]}\")|}};");
        return
        [
            EfFiles.Context("AppDbContext"),
            EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Customer", table, after))),
            EfFiles.Designer("AppDbContext", V1, marked),
            EfFiles.Migration(V1, "", ""),
            EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Customer", table, after))),
            EfFiles.Migration(V2, up, down),
        ];
    }

    private static string Pair(string dropped, string added, string oldType = "nvarchar(20)", string newType = "nvarchar(32)", string table = "Customers", string marker = "{|#0:DropColumn|}")
        => $$"""
            migrationBuilder.{{marker}}(name: "{{dropped}}", table: "{{table}}");
            migrationBuilder.AddColumn<string>(name: "{{added}}", table: "{{table}}", type: "{{newType}}", maxLength: 32, nullable: true);
            """;

    private static string Mirror(string dropped, string added, string oldType = "nvarchar(20)", string table = "Customers")
        => $$"""
            migrationBuilder.DropColumn(name: "{{added}}", table: "{{table}}");
            migrationBuilder.AddColumn<string>(name: "{{dropped}}", table: "{{table}}", type: "{{oldType}}", maxLength: 20, nullable: true);
            """;

    private static Task ReportsAsync(string dropped, string added)
        => Verify.VerifyAsync(
            History([dropped, "Name"], [added, "Name"], Pair(dropped, added), Mirror(dropped, added)),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1)
                .WithMessage($"Migration 'V2' drops column 'Customers.{dropped}' and adds 'Customers.{added}' (nvarchar(20) → nvarchar(32)): if this is a rename, every value of {dropped} is lost; rename it instead"));

    private static Task SilentAsync(string dropped, string added)
        => Verify.VerifyAsync(History([dropped, "Name"], [added, "Name"], Pair(dropped, added, marker: "DropColumn"), Mirror(dropped, added)));

    [Theory]
    [InlineData("Phone", "PhoneNumber")]
    [InlineData("LoyaltyPoints", "RewardPoints")]
    [InlineData("BirthYear", "YearOfBirth")]
    [InlineData("Address_PostCode", "Address_ZipCode")]
    [InlineData("PostCode", "ZipCode")]
    [InlineData("Zip", "Zipcode")]
    [InlineData("HomepageURL", "WebsiteUrl")]
    [InlineData("URLPath", "UrlTemplate")]
    [InlineData("AddressLine1", "Line1")]
    [InlineData("Shipping_Address_Line1", "Shipping_Address_AddressLine1")]
    public Task RelatedNames_Report(string dropped, string added) => ReportsAsync(dropped, added);

    [Theory]
    [InlineData("Fax", "Email")]
    [InlineData("Address_Street", "Address_City")]
    [InlineData("Phone2", "Mobile2")]
    [InlineData("Id2", "Paid")]
    [InlineData("Shipping_Street", "Billing_City")]
    public Task UnrelatedNames_AreSilent(string dropped, string added) => SilentAsync(dropped, added);

    [Fact]
    public void Words_SplitAtCaseChangesUnderscoresAndDigits_AcronymsStayWhole()
    {
        Assert.Equal(["URL", "Path"], RelatedNames.Words("URLPath"));
        Assert.Equal(["Image", "Url", "2"], RelatedNames.Words("ImageUrl2"));
        Assert.Equal(["Address", "Post", "Code"], RelatedNames.Words("Address_PostCode"));
        Assert.Equal(["HTTPS", "Port", "443"], RelatedNames.Words("HTTPSPort443"));
    }

    [Fact]
    public async Task IndexMovedWithTheColumn_ReportsEvenWithoutASharedWord()
    {
        await Verify.VerifyAsync(
            History(["Sku", "Name"], ["ProductCode", "Name"],
                """
                migrationBuilder.DropIndex(name: "IX_Customers_Sku", table: "Customers");
                migrationBuilder.{|#0:DropColumn|}(name: "Sku", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "ProductCode", table: "Customers", type: "nvarchar(32)", maxLength: 32, nullable: false, defaultValue: "");
                migrationBuilder.CreateIndex(name: "IX_Customers_ProductCode", table: "Customers", column: "ProductCode", unique: true);
                """,
                """
                migrationBuilder.DropIndex(name: "IX_Customers_ProductCode", table: "Customers");
                migrationBuilder.DropColumn(name: "ProductCode", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "Sku", table: "Customers", type: "nvarchar(20)", maxLength: 20, nullable: false, defaultValue: "");
                migrationBuilder.CreateIndex(name: "IX_Customers_Sku", table: "Customers", column: "Sku", unique: true);
                """),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Customers.Sku' and adds 'Customers.ProductCode' (nvarchar(20) → nvarchar(32)): if this is a rename, every value of Sku is lost; rename it instead"));
    }

    [Fact]
    public async Task IndexOfOtherUniqueness_DoesNotPair()
    {
        await Verify.VerifyAsync(
            History(["Sku", "Name"], ["ProductCode", "Name"],
                """
                migrationBuilder.DropIndex(name: "IX_Customers_Sku", table: "Customers");
                migrationBuilder.DropColumn(name: "Sku", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "ProductCode", table: "Customers", type: "nvarchar(32)", nullable: true);
                migrationBuilder.CreateIndex(name: "IX_Customers_ProductCode", table: "Customers", column: "ProductCode");
                """,
                """
                migrationBuilder.DropIndex(name: "IX_Customers_ProductCode", table: "Customers");
                migrationBuilder.DropColumn(name: "ProductCode", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "Sku", table: "Customers", type: "nvarchar(20)", nullable: true);
                migrationBuilder.CreateIndex(name: "IX_Customers_Sku", table: "Customers", column: "Sku", unique: true);
                """));
    }

    [Fact]
    public async Task TwoColumnsMergedIntoOne_IsNoRename()
    {
        await Verify.VerifyAsync(
            History(["FirstName", "LastName"], ["FullName"],
                """
                migrationBuilder.DropColumn(name: "FirstName", table: "Customers");
                migrationBuilder.DropColumn(name: "LastName", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "FullName", table: "Customers", nullable: true);
                """,
                ""));
    }

    [Fact]
    public async Task ColumnThePreviousModelDoesNotMap_IsSilent()
    {
        await Verify.VerifyAsync(
            History(["Name"], ["PhoneNumber", "Name"], Pair("Phone", "PhoneNumber", marker: "DropColumn"), Mirror("Phone", "PhoneNumber")));
    }

    [Fact]
    public async Task DropThatMig1002Reports_IsNotReportedTwice()
    {
        // V2's target model still maps Phone: MIG1002 has the stronger evidence, MIG1006 stays quiet on the same drop.
        var files = History(["Phone", "Name"], ["Phone", "PhoneNumber", "Name"], Pair("Phone", "PhoneNumber"), Mirror("Phone", "PhoneNumber"));
        files[4] = (files[4].Item1, files[4].Item2.Replace("b.Property<string>(\"Phone\");", "{|#2:b.Property<string>(\"Phone\")|};"));
        await Verify.VerifyAsync(
            files,
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(2).WithArguments("V2", "Customers.Phone", "", "this migration's target model", ""));
    }

    [Fact]
    public async Task RenameColumnFromTheDroppedColumn_IsSilent()
    {
        await Verify.VerifyAsync(
            History(["Phone", "Name"], ["PhoneNumber", "Name"],
                """
                migrationBuilder.RenameColumn(name: "Phone", table: "Customers", newName: "PhoneOld");
                migrationBuilder.DropColumn(name: "Phone", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "PhoneNumber", table: "Customers", nullable: true);
                """,
                ""));
    }

    [Fact]
    public async Task ApprovedDrop_IsNotReported()
    {
        var files = History(["Phone", "Name"], ["PhoneNumber", "Name"], Pair("Phone", "PhoneNumber", marker: "DropColumn"), Mirror("Phone", "PhoneNumber"));
        var (name, source) = files[^1];
        files[^1] = (name, source.Replace("public partial class V2", "[MigrationAnalyzers.ApprovedDataLoss(\"Customers\", Column = \"Phone\", Reason = \"replaced\")]\n    public partial class V2"));
        await Verify.VerifyAsync([.. files, (ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source)]);
    }

    [Fact]
    public async Task AddToTheSameTableInAnotherSchema_IsAnotherTable()
    {
        await Verify.VerifyAsync(
            History(["Phone", "Name"], ["PhoneNumber", "Name"],
                """
                migrationBuilder.DropColumn(name: "Phone", table: "Customers", schema: "sales");
                migrationBuilder.AddColumn<string>(name: "PhoneNumber", table: "Customers", schema: "dbo", nullable: true);
                """,
                "", table: "b.ToTable(\"Customers\", \"sales\")"));
    }

    [Fact]
    public async Task ExplicitDefaultSchema_IsTheSameTable()
    {
        await Verify.VerifyAsync(
            History(["Phone", "Name"], ["PhoneNumber", "Name"],
                """
                migrationBuilder.{|#0:DropColumn|}(name: "Phone", table: "Customers");
                migrationBuilder.AddColumn<string>(name: "PhoneNumber", table: "Customers", schema: "dbo", type: "nvarchar(32)", nullable: true);
                """,
                ""),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Customers.Phone' and adds 'dbo.Customers.PhoneNumber': if this is a rename, every value of Phone is lost; rename it instead"));
    }

    [Fact]
    public async Task DownMirroredPair_IsNotReportedSeparately()
    {
        // Down() drops the column V1's model maps and adds it back under the old name: the rule looks at Up() only.
        await Verify.VerifyAsync(
            History(["Phone", "Name"], ["PhoneNumber", "Name"], Pair("Phone", "PhoneNumber"), Mirror("Phone", "PhoneNumber")),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Customers.Phone' and adds 'Customers.PhoneNumber' (nvarchar(20) → nvarchar(32)): if this is a rename, every value of Phone is lost; rename it instead"));
    }

    private const string SupplierColumns = """
        columns: table => new
        {
            Id = table.Column<int>(type: "int", nullable: false),
            Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
            Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
        },
        """;

    private static (string, string)[] TableHistory(string up, string down, string toTable = "b.ToTable(\"Suppliers\")")
    {
        var before = Model(EfFiles.Entity("App.Supplier", toTable, "Name", "Country")).Replace(toTable, "{|#1:" + toTable + "|}");
        var after = Model(EfFiles.Entity("App.Vendor", "b.ToTable(\"Vendors\")", "Name", "Country"));
        return
        [
            EfFiles.Context("AppDbContext"),
            EfFiles.Snapshot("AppDbContext", after),
            EfFiles.Designer("AppDbContext", V1, before),
            EfFiles.Migration(V1, "", ""),
            EfFiles.Designer("AppDbContext", V2, after),
            EfFiles.Migration(V2, up, down),
        ];
    }

    [Fact]
    public async Task TableWithTheSameColumns_Reports_AlsoWhenItMovesSchema()
    {
        await Verify.VerifyAsync(
            TableHistory(
                $$"""
                migrationBuilder.{|#0:DropTable|}(name: "Suppliers", schema: "purchasing");
                migrationBuilder.CreateTable(name: "Vendors", schema: "sales", {{SupplierColumns}} constraints: table => { table.PrimaryKey("PK_Vendors", x => x.Id); });
                """,
                """
                migrationBuilder.DropTable(name: "Vendors", schema: "sales");
                migrationBuilder.CreateTable(
                    name: "Suppliers",
                    schema: "purchasing",
                    columns: table => new
                    {
                        Id = table.Column<int>(type: "int", nullable: false),
                        Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                        Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                    });
                """,
                "b.ToTable(\"Suppliers\", \"purchasing\")"),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'purchasing.Suppliers' and adds 'sales.Vendors' (the same 3 columns): if this is a rename, every row of Suppliers is lost; rename it instead"));
    }

    [Fact]
    public async Task TableWithOtherColumns_IsAGenuineReplacement()
    {
        await Verify.VerifyAsync(
            TableHistory(
                """
                migrationBuilder.DropTable(name: "Suppliers");
                migrationBuilder.CreateTable(name: "Vendors", columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
                });
                """,
                $$"""
                migrationBuilder.DropTable(name: "Vendors");
                migrationBuilder.CreateTable(name: "Suppliers", {{SupplierColumns}} constraints: null);
                """));
    }

    /// <summary>Bitwarden's ClientSecretHash: the loss is real, but the new column holds a value computed from the old one.</summary>
    [Fact]
    public async Task ColumnDerivedFromTheDroppedOne_ReportsWithAdviceToComputeIt()
    {
        await Verify.VerifyAsync(
            History(["ClientSecret", "Name"], ["ClientSecretHash", "Name"], Pair("ClientSecret", "ClientSecretHash"), Mirror("ClientSecret", "ClientSecretHash")),
            Verify.Diagnostic("MIG1006").WithLocation(0).WithLocation(1).WithMessage(
                "Migration 'V2' drops column 'Customers.ClientSecret' and adds 'Customers.ClientSecretHash' (nvarchar(20) → nvarchar(32)): 'ClientSecretHash' looks computed from 'ClientSecret': fill it from ClientSecret before the drop, or every value is lost"));
    }

    /// <summary>Kavita's RemoveChapterMetadata: the same columns, but the key column now points at another table.</summary>
    [Fact]
    public async Task TableWithTheSameColumnsWhoseForeignKeyPointsElsewhere_IsAGenuineReplacement()
    {
        const string Columns = """
            columns: table => new
            {
                Id = table.Column<int>(type: "int", nullable: false),
                Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true)
            },
            """;
        await Verify.VerifyAsync(
            TableHistory(
                $$"""
                migrationBuilder.DropTable(name: "Suppliers");
                migrationBuilder.CreateTable(name: "Vendors", {{Columns}} constraints: table => { table.PrimaryKey("PK_Vendors", x => x.Id); table.ForeignKey(name: "FK_Vendors_Regions_Id", column: x => x.Id, principalTable: "Regions", principalColumn: "Id"); });
                """,
                $$"""
                migrationBuilder.DropTable(name: "Vendors");
                migrationBuilder.CreateTable(name: "Suppliers", {{Columns}} constraints: table => { table.PrimaryKey("PK_Suppliers", x => x.Id); table.ForeignKey(name: "FK_Suppliers_Countries_Id", column: x => x.Id, principalTable: "Countries", principalColumn: "Id"); });
                """).Select(f => (f.Item1, f.Item2.Replace("{|#1:", string.Empty, System.StringComparison.Ordinal).Replace("|}", string.Empty, System.StringComparison.Ordinal))).ToArray());
    }

    [Theory]
    [InlineData("""migrationBuilder.DropColumn(name: "Phone", table: "Customers"); migrationBuilder.AddColumn<string>(name: "PhoneNumber", table: """)]
    [InlineData("""migrationBuilder.DropColumn(name: "Phone", table: "Customers"); migrationBuilder.AddColumn<string>(name: "PhoneNumber", table: "Customers", type: )""")]
    [InlineData("""migrationBuilder.DropColumn(name: "Phone", table: "Customers"); migrationBuilder.AddColumn<(name: "PhoneNumber", table: "Customers")""")]
    [InlineData("""migrationBuilder.DropTable(name: "Customers"); migrationBuilder.CreateTable(name: "Clients", columns: table => new { Id = table.Column<int>(type: , Name = table.Column<>() })""")]
    [InlineData("""migrationBuilder.DropTable(name: "Customers"); migrationBuilder.CreateTable(name: "Clients", columns: table => new { Id = table.Column<int>(), Name = table.Column<string>(), Phone = table.Column<string>() """)]
    public async Task HalfTypedPair_DoesNotThrow(string up)
    {
        var files = History(["Phone", "Name"], ["PhoneNumber", "Name"], up, Mirror("Phone", "PhoneNumber"));
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Item2.Replace("{|#1:", string.Empty).Replace("|}", string.Empty), new CSharpParseOptions(LanguageVersion.CSharp12)));
        var compilation = ProjectAnalysis.Compile(trees);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await ProjectAnalysis.AnalyzeAllowingErrorsAsync(compilation, new MigrationOperationsAnalyzer());

        Assert.All(diagnostics, d => Assert.StartsWith("MIG", d.Id, System.StringComparison.Ordinal));
    }
}

using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

public sealed class DropColumnOfMappedColumnTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";
    private const string V3 = "20260301000000_V3";

    private static string Model(params string[] entities) => EfFiles.SqlServerAnnotations + "\n" + string.Join("\n", entities);

    private const string OrderWithOwnedAddress = """
        modelBuilder.Entity("App.Order", b =>
            {
                b.Property<int>("Id");
                b.HasKey("Id");
                b.ToTable("Orders");
            });
        modelBuilder.Entity("App.Order", b =>
            {
                b.OwnsOne("App.Address", "ShippingAddress", b1 =>
                    {
                        b1.Property<int>("OrderId");
                        {|#1:b1.Property<string>("City")|};
                        b1.HasKey("OrderId");
                        b1.ToTable("Orders");
                        b1.WithOwner().HasForeignKey("OrderId");
                    });
            });
        """;

    [Fact]
    public async Task DropOfColumnTheTargetModelMaps_Reports()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Designer("AppDbContext", V2, Model("""
                    modelBuilder.Entity("App.Order", b =>
                        {
                            b.Property<int>("Id");
                            {|#1:b.Property<string>("Notes")|};
                            b.ToTable("Orders");
                        });
                    """)),
                EfFiles.Migration(V2, """migrationBuilder.{|#0:DropColumn|}(name: "Notes", table: "Orders");"""),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Orders.Notes', which this migration's target model still maps"));
    }

    [Fact]
    public async Task DropOfOwnedColumn_UsesTheNavigationPrefixedName()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(OrderWithOwnedAddress.Replace("{|#1:", string.Empty).Replace("|}", string.Empty))),
                EfFiles.Designer("AppDbContext", V2, Model(OrderWithOwnedAddress)),
                EfFiles.Migration(V2, """
                    migrationBuilder.{|#0:DropColumn|}(name: "ShippingAddress_City", table: "Orders");
                    migrationBuilder.DropColumn(name: "City", table: "Orders");
                    migrationBuilder.DropColumn(name: "ShippingAddress_OrderId", table: "Orders");
                    """),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Orders.ShippingAddress_City', which this migration's target model still maps"));
    }

    [Fact]
    public async Task DropOfColumnOfTphDerivedType_IsMatchedInTheRootTable()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model("""
                    modelBuilder.Entity("App.Payment", b =>
                        {
                            b.Property<int>("Id");
                            b.Property<string>("Discriminator").HasMaxLength(13);
                            b.HasKey("Id");
                            b.ToTable("Payments");
                            b.HasDiscriminator<string>("Discriminator").HasValue("Payment");
                            b.UseTphMappingStrategy();
                        });
                    modelBuilder.Entity("App.BankPayment", b =>
                        {
                            b.HasBaseType("App.Payment");
                            {|#1:b.Property<string>("Iban")|};
                            b.HasDiscriminator().HasValue("BankPayment");
                        });
                    """)),
                EfFiles.Designer("AppDbContext", V2, Model()),
                EfFiles.Migration(V2, """migrationBuilder.{|#0:DropColumn|}(name: "Iban", table: "Payments");"""),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Payments.Iban', which the snapshot of AppDbContext still maps"));
    }

    [Fact]
    public async Task DropOfColumnALaterMigrationAddsAgain_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")"))),
                EfFiles.Migration(V2, """migrationBuilder.DropColumn(name: "Notes", table: "Orders");"""),
                EfFiles.Designer("AppDbContext", V3, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Migration(V3, """migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", nullable: true);""",
                    """migrationBuilder.DropColumn(name: "Notes", table: "Orders");"""),
            ]);
    }

    [Fact]
    public async Task DropOfColumnALaterMigrationRenamesTo_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Remarks"))),
                EfFiles.Migration(V2, """migrationBuilder.DropColumn(name: "Notes", table: "Orders");"""),
                EfFiles.Designer("AppDbContext", V3, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Migration(V3, """migrationBuilder.RenameColumn(name: "Remarks", table: "Orders", newName: "Notes");""",
                    """migrationBuilder.RenameColumn(name: "Notes", table: "Orders", newName: "Remarks");"""),
            ]);
    }

    [Fact]
    public async Task DownDroppingColumnUpAdded_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Designer("AppDbContext", V1, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")"))),
                EfFiles.Migration(V1, """
                    migrationBuilder.CreateTable(
                        name: "Orders",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                    """, """migrationBuilder.DropTable(name: "Orders");"""),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Migration(V2, """migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", nullable: true);""",
                    """migrationBuilder.DropColumn(name: "Notes", table: "Orders");"""),
            ]);
    }

    [Fact]
    public async Task DownDroppingColumnThePreviousTargetModelMaps_Reports()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Designer("AppDbContext", V1, Model("""
                    modelBuilder.Entity("App.Order", b =>
                        {
                            b.Property<int>("Id");
                            {|#1:b.Property<string>("Notes")|};
                            b.ToTable("Orders");
                        });
                    """)),
                EfFiles.Migration(V1, """
                    migrationBuilder.CreateTable(
                        name: "Orders",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false),
                            Notes = table.Column<string>(type: "nvarchar(max)", nullable: true)
                        });
                    """, """migrationBuilder.DropTable(name: "Orders");"""),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes"))),
                EfFiles.Migration(V2, """migrationBuilder.Sql("UPDATE Orders SET Notes = ''");""",
                    """migrationBuilder.{|#0:DropColumn|}(name: "Notes", table: "Orders");"""),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Orders.Notes' in Down(), which the target model of the previous migration 'Initial' still maps"));
    }
}

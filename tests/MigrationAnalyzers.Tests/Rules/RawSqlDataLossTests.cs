using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

public sealed class RawSqlDataLossTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";

    private static readonly string Model = EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "{|#1:b.ToTable(\"Orders\")|}", "Notes");

    private static (string, string)[] Project(string up, string down = "", string? model = null) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", (model ?? Model).Replace("{|#1:", string.Empty).Replace("|}", string.Empty)),
        EfFiles.Designer("AppDbContext", V2, model ?? Model),
        EfFiles.Migration(V2, up, down),
    ];

    [Theory]
    [InlineData("""migrationBuilder.Sql("{|#0:DROP TABLE [dbo].[Orders]|}");""", "drops table 'dbo.Orders'")]
    [InlineData("""migrationBuilder.Sql("{|#0:TRUNCATE TABLE Orders|}");""", "truncates table 'Orders'")]
    [InlineData("""migrationBuilder.Sql("{|#0:DELETE FROM \"Orders\"|}");""", "deletes every row of table 'Orders'")]
    [InlineData("""migrationBuilder.Sql(@"{|#0:DELETE FROM ""Orders""|}");""", "deletes every row of table 'Orders'")]
    [InlineData("migrationBuilder.Sql(\"\"\"{|#0:DROP TABLE `Orders`|}\"\"\");", "drops table 'Orders'")]
    [InlineData("""migrationBuilder.Sql("UPDATE Orders SET Notes = 'x';\n{|#0:DROP TABLE Orders|};\n-- done");""", "drops table 'Orders'")]
    [InlineData("""migrationBuilder.Sql("\tSELECT '\u00e9';{|#0:DROP TABLE Orders|}");""", "drops table 'Orders'")]
    public async Task DestructiveStatementOnMappedTable_ReportsOnTheStatement(string up, string what)
    {
        await Verify.VerifyAsync(
            Project(up),
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1)
                .WithMessage($"Migration 'V2' runs SQL that {what}, which this migration's target model still maps"));
    }

    [Theory]
    [InlineData("""private const string Purge = "DELETE FROM Orders";""", """migrationBuilder.{|#0:Sql|}(Purge);""")]
    [InlineData("""private const string Table = "Orders";""", """migrationBuilder.{|#0:Sql|}($"DELETE FROM {Table}");""")]
    [InlineData("", """migrationBuilder.{|#0:Sql|}("DELETE " + "FROM Orders");""")]
    [InlineData("", """migrationBuilder.{|#0:Sql|}(suppressTransaction: true, sql: "DELETE " + "FROM Orders");""")]
    public async Task ConstantSqlThatIsNotOneLiteral_ReportsOnTheSqlCall(string members, string up)
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model),
                ($"{V2}.cs", $$"""
                    using Microsoft.EntityFrameworkCore.Infrastructure;
                    using Microsoft.EntityFrameworkCore.Migrations;

                    namespace App.Migrations
                    {
                        [DbContext(typeof(App.AppDbContext))]
                        [Migration("{{V2}}")]
                        public class V2 : Migration
                        {
                            {{members}}

                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                {{up}}
                            }
                        }
                    }
                    """),
            ],
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1));
    }

    [Theory]
    [InlineData("""migrationBuilder.Sql("INSERT INTO Log (Text) VALUES ('DROP TABLE Orders')");""")]
    [InlineData("""migrationBuilder.Sql("-- DROP TABLE Orders\nSELECT 1");""")]
    [InlineData("""migrationBuilder.Sql("DELETE FROM Orders WHERE Id < 0");""")]
    [InlineData("""migrationBuilder.Sql("CREATE TABLE Orders2 (Id int); DROP INDEX IX_Orders ON Orders");""")]
    [InlineData("""migrationBuilder.Sql("DROP TABLE Coupons; TRUNCATE TABLE Nobody");""")]
    [InlineData("""migrationBuilder.Sql("ALTER TABLE Orders DROP COLUMN Legacy");""")]
    [InlineData("""migrationBuilder.Sql(GetSql());""")]
    [InlineData("""migrationBuilder.Sql($"DELETE FROM {DateTime.Now}");""")]
    public async Task StatementsThatDoNotDestroyMappedData_DoNotReport(string up)
    {
        await Verify.VerifyAsync(Project(up.Replace("GetSql()", "\"\" + string.Empty")));
    }

    [Fact]
    public async Task DropColumnOfMappedColumn_Reports()
    {
        await Verify.VerifyAsync(
            Project(
                """migrationBuilder.Sql("{|#0:ALTER TABLE Orders DROP COLUMN Notes, Legacy|}");""",
                model: EfFiles.SqlServerAnnotations + "\n" + """
                    modelBuilder.Entity("App.Order", b =>
                        {
                            b.Property<int>("Id");
                            {|#1:b.Property<string>("Notes")|};
                            b.ToTable("Orders");
                        });
                    """),
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' runs SQL that drops column 'Orders.Notes', which this migration's target model still maps"));
    }

    [Fact]
    public async Task ManifestProtectedTableAndSchema_Report()
    {
        await Verify.VerifyAsync(
            Project("""
                migrationBuilder.Sql("{|#0:TRUNCATE TABLE qrtz_locks|}");
                migrationBuilder.Sql("{|#2:DROP SCHEMA hangfire CASCADE|}");
                migrationBuilder.Sql("{|#4:ALTER TABLE AuditTrail DROP COLUMN Payload|}");
                """,
                model: EfFiles.SqlServerAnnotations),
            [("MigrationExclusions.txt", "{|#1:preset:quartz|}\n{|#3:preset:hangfire|}\n{|#5:AuditTrail;audit trigger|}")],
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' runs SQL that truncates table 'qrtz_locks', which is protected by preset 'quartz' (MigrationExclusions.txt line 1) (Quartz.NET ADO.NET job store)"),
            Verify.Diagnostic("MIG1004").WithLocation(2).WithLocation(3),
            Verify.Diagnostic("MIG1004").WithLocation(4).WithLocation(5)
                .WithMessage("Migration 'V2' runs SQL that drops column 'AuditTrail.Payload', which is protected by MigrationExclusions.txt line 3 (audit trigger)"));
    }

    [Theory]
    [InlineData("""
        migrationBuilder.Sql("CREATE TABLE Orders_new (Id int, Notes nvarchar(max))");
        migrationBuilder.Sql("INSERT INTO Orders_new (Id, Notes) SELECT Id, Notes FROM Orders");
        migrationBuilder.Sql("DROP TABLE Orders");
        migrationBuilder.RenameTable(name: "Orders_new", newName: "Orders");
        """)]
    [InlineData("""
        migrationBuilder.Sql(@"
            SELECT * INTO dbo.Orders_new FROM dbo.Orders;
            DROP TABLE dbo.Orders;
            EXEC sp_rename 'dbo.Orders_new', 'Orders';");
        """)]
    [InlineData("""
        migrationBuilder.Sql("CREATE TABLE orders_new AS SELECT * FROM orders; DROP TABLE orders; ALTER TABLE orders_new RENAME TO orders;");
        """)]
    [InlineData("""
        migrationBuilder.Sql("ALTER TABLE Orders ADD NotesNew nvarchar(400)");
        migrationBuilder.Sql("UPDATE Orders SET NotesNew = CAST(Notes AS nvarchar(400))");
        migrationBuilder.DropColumn(name: "Notes", table: "Orders");
        migrationBuilder.Sql("EXEC sp_rename 'dbo.Orders.NotesNew', 'Notes', 'COLUMN'");
        """)]
    [InlineData("""
        migrationBuilder.AddColumn<string>(name: "NotesNew", table: "Orders", nullable: true);
        migrationBuilder.Sql("UPDATE Orders SET NotesNew = Notes");
        migrationBuilder.Sql("ALTER TABLE Orders DROP COLUMN Notes");
        migrationBuilder.RenameColumn(name: "NotesNew", table: "Orders", newName: "Notes");
        """)]
    public async Task RebuildIdiomsThatKeepTheData_DoNotReport(string up)
    {
        await Verify.VerifyAsync(Project(up));
    }

    [Fact]
    public async Task RebuildWithoutRenameBack_Reports()
    {
        await Verify.VerifyAsync(
            Project("""
                migrationBuilder.Sql("INSERT INTO Orders_archive SELECT * FROM Orders");
                migrationBuilder.Sql("{|#0:DROP TABLE Orders|}");
                """),
            Verify.Diagnostic("MIG1004").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task DownDroppingWhatUpCreatedWithSql_DoesNotReport_AlsoForMig1001()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model.Replace("{|#1:", string.Empty).Replace("|}", string.Empty)),
                EfFiles.Designer("AppDbContext", V1, Model.Replace("{|#1:", string.Empty).Replace("|}", string.Empty)),
                EfFiles.Migration(
                    V1,
                    """migrationBuilder.Sql("CREATE TABLE Orders (Id int NOT NULL, Notes nvarchar(max) NULL)");""",
                    """
                    migrationBuilder.Sql("DROP TABLE Orders");
                    migrationBuilder.DropTable(name: "Orders");
                    """),
            ]);
    }
}

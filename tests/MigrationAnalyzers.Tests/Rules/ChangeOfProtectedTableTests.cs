using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

public sealed class ChangeOfProtectedTableTests
{
    private const string V2 = "20260201000000_V2";

    private const string UnknownProvider = """modelBuilder.HasAnnotation("ProductVersion", "10.0.15");""";
    private const string Sqlite = UnknownProvider + """modelBuilder.Entity("App.Blog", b => { b.Property<int>("Id").HasColumnType("INTEGER"); b.ToTable("Blogs"); });""";

    private static (string, string)[] Project(string up, string down = "", string model = EfFiles.SqlServerAnnotations) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", model),
        EfFiles.Designer("AppDbContext", V2, model),
        EfFiles.Migration(V2, up, down),
    ];

    private static (string, string)[] Manifest(string text) => [("MigrationExclusions.txt", text)];

    [Fact]
    public async Task DropOfManifestTable_ReportsLineAndOwner()
    {
        await Verify.VerifyAsync(
            Project("""migrationBuilder.{|#0:DropTable|}(name: "AuditLog", schema: "dbo");"""),
            Manifest("""
                # Tables EF Core migrations must never drop.
                {|#1:dbo.AuditLog;Written by the audit trigger|}
                """),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'dbo.AuditLog', which is protected by MigrationExclusions.txt line 2 (Written by the audit trigger)"));
    }

    [Theory]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: "AuditLog");""", "drops table 'AuditLog'")]
    [InlineData("""migrationBuilder.{|#0:DropColumn|}(name: "Payload", table: "AuditLog");""", "drops column 'AuditLog.Payload'")]
    [InlineData("""migrationBuilder.{|#0:RenameTable|}(name: "AuditLog", newName: "AuditLogs");""", "renames table 'AuditLog'")]
    [InlineData("""migrationBuilder.{|#0:RenameColumn|}(name: "Payload", table: "AuditLog", newName: "Body");""", "renames column 'AuditLog.Payload'")]
    public async Task EveryDestructiveOperation_OnProtectedTable_Reports(string up, string what)
    {
        await Verify.VerifyAsync(
            Project(up),
            Manifest("{|#1:dbo.AuditLog|}"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage($"Migration 'V2' {what}, which is protected by MigrationExclusions.txt line 1"));
    }

    [Theory]
    [InlineData("""migrationBuilder.DropTable(name: "AuditLog", schema: "archive");""")]
    [InlineData("""migrationBuilder.DropTable(name: "AuditLogs");""")]
    [InlineData("""migrationBuilder.CreateTable(name: "AuditLog", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });""")]
    [InlineData("""migrationBuilder.AddColumn<string>(name: "Payload", table: "AuditLog", nullable: true);""")]
    [InlineData("""migrationBuilder.RenameTable(name: "Orders", newName: "Purchases");""")]
    public async Task OtherTablesAndNonDestructiveOperations_DoNotReport(string up)
    {
        await Verify.VerifyAsync(Project(up), Manifest("dbo.AuditLog"));
    }

    [Fact]
    public async Task DownUndoingWhatUpCreated_DoesNotReport()
    {
        await Verify.VerifyAsync(
            Project(
                """
                migrationBuilder.CreateTable(name: "qrtz_locks", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                migrationBuilder.AddColumn<string>(name: "Extra", table: "AuditLog", nullable: true);
                """,
                """
                migrationBuilder.DropTable(name: "qrtz_locks");
                migrationBuilder.DropColumn(name: "Extra", table: "AuditLog");
                migrationBuilder.{|#0:DropColumn|}(name: "Payload", table: "AuditLog");
                """),
            Manifest("preset:quartz\n{|#1:AuditLog|}"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'AuditLog.Payload' in Down(), which is protected by MigrationExclusions.txt line 2"));
    }

    [Fact]
    public async Task PresetTable_ReportsThePreset()
    {
        await Verify.VerifyAsync(
            Project("""migrationBuilder.{|#0:DropTable|}(name: "Job", schema: "HangFire");"""),
            Manifest("{|#1:preset:hangfire|}"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'HangFire.Job', which is protected by preset 'hangfire' (MigrationExclusions.txt line 1) (Hangfire job storage)"));
    }

    [Fact]
    public async Task DropSchemaHoldingProtectedTables_ReportsEvenInDownAfterEnsureSchema()
    {
        await Verify.VerifyAsync(
            Project(
                """migrationBuilder.EnsureSchema(name: "hangfire");""",
                """
                migrationBuilder.{|#0:DropSchema|}(name: "hangfire");
                migrationBuilder.DropSchema(name: "sales");
                """),
            Manifest("{|#1:preset:hangfire|}\nAuditLog"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops schema 'hangfire' in Down(), which is protected by preset 'hangfire' (MigrationExclusions.txt line 1) (Hangfire job storage)"));
    }

    [Fact]
    public async Task EfMigrationsHistory_IsProtectedWithoutAnyManifest()
    {
        await Verify.VerifyAsync(
            Project("""migrationBuilder.{|#0:DropTable|}(name: "__EFMigrationsHistory");"""),
            Verify.Diagnostic("MIG1003").WithLocation(0)
                .WithMessage("Migration 'V2' drops table '__EFMigrationsHistory', which is protected by EF Core's migrations history table (EF Core)"));
    }

    [Fact]
    public async Task CustomHistoryTableConfiguredInSource_IsProtected()
    {
        await Verify.VerifyAsync(
            [
                .. Project("""migrationBuilder.{|#0:DropTable|}(name: "migrations_log", schema: "ops");"""),
                ("Startup.cs", """
                    using Microsoft.EntityFrameworkCore;

                    namespace App
                    {
                        public static class Startup
                        {
                            public static void Configure(DbContextOptionsBuilder options)
                                => options.UseSqlServer("Server=.", sql => {|#1:sql.MigrationsHistoryTable("migrations_log", "ops")|});
                        }
                    }
                    """),
            ],
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'ops.migrations_log', which is protected by the migrations history table configured with MigrationsHistoryTable (EF Core)"));
    }

    [Fact]
    public async Task SeveralManifestFiles_Merge()
    {
        await Verify.VerifyAsync(
            Project("""
                migrationBuilder.{|#0:DropTable|}(name: "AuditLog");
                migrationBuilder.{|#2:DropTable|}(name: "flyway_schema_history");
                """),
            [("MigrationExclusions.txt", "{|#1:AuditLog|}"), ("config/MigrationExclusions.Tools.txt", "{|#3:preset:migration-history|}"), ("NotAManifest.txt", "Orders")],
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("MIG1003").WithLocation(2).WithLocation(3));
    }

    [Fact]
    public async Task InvalidManifestLines_ReportMig2001_AndTheRestStillApplies()
    {
        await Verify.VerifyAsync(
            Project("""migrationBuilder.{|#0:DropTable|}(name: "AuditLog");"""),
            Manifest("""
                {|#1:preset:nosuch|}
                {|#2:a.b.c|}
                {|#3:AuditLog|}
                """),
            Verify.Diagnostic("MIG2001").WithLocation(1)
                .WithMessage("This exclusion manifest line is ignored: unknown preset 'nosuch'; the presets are elsa, hangfire, langgraph, masstransit-sql, migration-history, orleans, quartz, tickerq, wolverine"),
            Verify.Diagnostic("MIG2001").WithLocation(2)
                .WithMessage("This exclusion manifest line is ignored: 'a.b.c' has too many dots: write [schema.]table, and quote a name that contains a dot as [my.table] or \"my.table\""),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(3));
    }

    [Fact]
    public async Task UnknownProvider_WholeSchemaPatternsDoNotReachTablesOfUnknownSchema_ExactNamesDo()
    {
        await Verify.VerifyAsync(
            Project(
                """
                migrationBuilder.DropTable(name: "Orders");
                migrationBuilder.{|#0:DropTable|}(name: "AuditLog");
                migrationBuilder.{|#2:DropTable|}(name: "Job", schema: "hangfire");
                """,
                model: UnknownProvider),
            Manifest("{|#3:HangFire.*|}\n{|#1:dbo.AuditLog|}"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("MIG1003").WithLocation(2).WithLocation(3));
    }

    [Fact]
    public async Task Sqlite_AbsentSchemaIsNoSchema_ExplicitSchemaStillCompares()
    {
        await Verify.VerifyAsync(
            Project(
                """
                migrationBuilder.DropTable(name: "Job");
                migrationBuilder.{|#0:DropTable|}(name: "Job", schema: "HangFire");
                migrationBuilder.{|#2:DropTable|}(name: "Counter");
                """,
                model: Sqlite),
            Manifest("{|#1:preset:hangfire|}\n{|#3:Counter|}"),
            Verify.Diagnostic("MIG1003").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("MIG1003").WithLocation(2).WithLocation(3));
    }
}

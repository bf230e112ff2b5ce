using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

public sealed class DropTableOfMappedTableTests
{
    private const string V1 = "20260101000000_Initial";
    private const string V2 = "20260201000000_V2";
    private const string V3 = "20260301000000_V3";

    private static string Model(params string[] entities) => EfFiles.SqlServerAnnotations + "\n" + string.Join("\n", entities);

    [Fact]
    public async Task DropOfTableTheTargetModelMaps_Reports()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Blog", "{|#1:b.ToTable(\"Blogs\")|}"))),
                EfFiles.Migration(V2, """migrationBuilder.{|#0:DropTable|}(name: "Blogs");"""),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'Blogs', which this migration's target model still maps"));
    }

    [Fact]
    public async Task DropFollowedByCreateInSameUp_ReportsThatRowsAreLost()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Blog", "{|#1:b.ToTable(\"Blogs\")|}"))),
                EfFiles.Migration(V2, """
                    migrationBuilder.{|#0:DropTable|}(name: "Blogs");
                    migrationBuilder.CreateTable(
                        name: "Blogs",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) },
                        constraints: table => table.PrimaryKey("PK_Blogs", x => x.Id));
                    """),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'Blogs', which this migration's target model still maps; re-creating it later in Up() does not bring its rows back"));
    }

    [Fact]
    public async Task RoutineRemovalOfAnEntityNoModelMaps_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "Coupons");""", """
                    migrationBuilder.CreateTable(
                        name: "Coupons",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                    """),
            ]);
    }

    [Fact]
    public async Task DropOfTableTheSnapshotStillMaps_Reports()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Coupon", "{|#1:b.ToTable(\"Coupons\")|}"))),
                EfFiles.Designer("AppDbContext", V2, Model()),
                EfFiles.Migration(V2, """migrationBuilder.{|#0:DropTable|}(name: "Coupons");"""),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'Coupons', which the snapshot of AppDbContext still maps"));
    }

    [Fact]
    public async Task DropOfTableALaterMigrationCreatesAgain_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Coupon", "b.ToTable(\"Coupons\")"))),
                EfFiles.Designer("AppDbContext", V2, Model()),
                EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "Coupons");"""),
                EfFiles.Designer("AppDbContext", V3, Model(EfFiles.Entity("App.Coupon", "b.ToTable(\"Coupons\")"))),
                EfFiles.Migration(V3, """
                    migrationBuilder.CreateTable(
                        name: "Coupons",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                    """, """migrationBuilder.DropTable(name: "Coupons");"""),
            ]);
    }

    [Fact]
    public async Task DropOfTableAnotherContextMaps_ReportsWithDefaultSchemaResolved()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Context("ReportingDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(), ns: "App.Migrations.App"),
                EfFiles.Snapshot("ReportingDbContext", Model(EfFiles.Entity("App.AuditLog", "{|#1:b.ToTable(\"AuditLogs\", \"dbo\")|}")), ns: "App.Migrations.Reporting"),
                EfFiles.Designer("AppDbContext", V2, Model(), ns: "App.Migrations.App"),
                EfFiles.Migration(V2, """migrationBuilder.{|#0:DropTable|}(name: "AuditLogs");""", ns: "App.Migrations.App"),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps (if ReportingDbContext uses another database, list it in migration_analyzers.isolated_contexts)"));
    }

    [Fact]
    public async Task DropOfTableInAnotherSchemaThanTheOtherContextMaps_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Context("ReportingDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(), ns: "App.Migrations.App"),
                EfFiles.Snapshot("ReportingDbContext", Model(EfFiles.Entity("App.AuditLog", "b.ToTable(\"AuditLogs\", \"reporting\")")), ns: "App.Migrations.Reporting"),
                EfFiles.Designer("AppDbContext", V2, Model(), ns: "App.Migrations.App"),
                EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "AuditLogs");""", ns: "App.Migrations.App"),
            ]);
    }

    [Fact]
    public async Task DownDroppingWhatUpCreated_DoesNotReport()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Designer("AppDbContext", V1, Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Migration(V1, """
                    migrationBuilder.CreateTable(
                        name: "Blogs",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                    """, """migrationBuilder.DropTable(name: "Blogs");"""),
            ]);
    }

    [Fact]
    public async Task DownDroppingTableThePreviousTargetModelMaps_Reports()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Designer("AppDbContext", V1, Model(EfFiles.Entity("App.Blog", "{|#1:b.ToTable(\"Blogs\")|}"))),
                EfFiles.Migration(V1, """
                    migrationBuilder.CreateTable(
                        name: "Blogs",
                        columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                    """, """migrationBuilder.DropTable(name: "Blogs");"""),
                EfFiles.Designer("AppDbContext", V2, Model(EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")"))),
                EfFiles.Migration(V2, """migrationBuilder.AddColumn<string>(name: "Title", table: "Blogs", nullable: true);""", """
                    migrationBuilder.DropColumn(name: "Title", table: "Blogs");
                    migrationBuilder.{|#0:DropTable|}(name: "Blogs");
                    """),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1)
                .WithMessage("Migration 'V2' drops table 'Blogs' in Down(), which the target model of the previous migration 'Initial' still maps"));
    }
}

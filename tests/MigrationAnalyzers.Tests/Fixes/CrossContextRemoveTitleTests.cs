using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// A table moved to another context: removing the drop leaves that context's history creating the table again, so the
/// fix's title says what is left to do.
/// </summary>
public sealed class CrossContextRemoveTitleTests
{
    private const string V2 = "20260201000000_V2";

    [Fact]
    public async Task RemoveThisDrop_OfATableAnotherContextMaps_SaysWhatRemains()
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
}

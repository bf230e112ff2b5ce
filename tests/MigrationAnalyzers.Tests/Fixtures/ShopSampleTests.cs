using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixtures;

/// <summary>The sample reports exactly what samples/ShopSample/README.md says, and nothing else.</summary>
public sealed class ShopSampleTests
{
    [Fact]
    public async Task Sample_ReportsTheMistakesItsReadmeLists()
    {
        var trees = ProjectAnalysis.Parse("samples/ShopSample");
        var diagnostics = await ProjectAnalysis.AnalyzeAsync(
            ProjectAnalysis.Compile(trees, Microsoft.CodeAnalysis.OutputKind.ConsoleApplication),
            [ProjectAnalysis.AdditionalFile("samples/ShopSample/MigrationExclusions.txt")],
            new MigrationOperationsAnalyzer());

        Assert.Equal(
            [
                "MIG1002 samples/ShopSample/Migrations/Shop/20261125200806_AddOrderDeliveryInstructions.cs:22: Migration 'AddOrderDeliveryInstructions' drops column 'Orders.Notes', which this migration's target model still maps",
                "MIG1001 samples/ShopSample/Migrations/Shop/20261125200829_MoveAuditLogToReporting.cs:14: Migration 'MoveAuditLogToReporting' drops table 'AuditLogs', which the snapshot of ReportingDbContext still maps (if ReportingDbContext uses another database, list it in migration_analyzers.isolated_contexts)",
                "MIG1001 samples/ShopSample/Migrations/Shop/20261125200849_RemoveCoupons.cs:13: Migration 'RemoveCoupons' drops table 'Coupons', which the snapshot of ShopDbContext still maps",
                "MIG1003 samples/ShopSample/Migrations/Shop/20261125202808_RemoveAuditTrailEntity.cs:14: Migration 'RemoveAuditTrailEntity' drops table 'AuditTrail', which is protected by MigrationExclusions.txt line 4 (Written by the database audit trigger, read by Compliance)",
                "MIG1004 samples/ShopSample/Migrations/Shop/20261125204228_CleanUpOrphanedOrderLines.cs:18: Migration 'CleanUpOrphanedOrderLines' runs SQL that deletes every row of table 'OrderLines', which this migration's target model still maps",
                "MIG1007 samples/ShopSample/Migrations/Shop/20261201011004_TidyModelConfiguration.cs:14: Migration 'TidyModelConfiguration' drops table 'gift_cards', which no migration model maps but GiftCardConfiguration still does (ToTable at GiftCardConfiguration.cs:13): apply it in a DbContext, delete the mapping, or approve the drop",
            ],
            diagnostics.Select(ProjectAnalysis.Describe));
    }
}

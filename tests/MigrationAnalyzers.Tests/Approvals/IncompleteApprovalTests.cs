using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Approvals;

/// <summary>Approvals being typed in the IDE: the analyzers never throw.</summary>
public sealed class IncompleteApprovalTests
{
    [Theory]
    [InlineData("[ApprovedDataLoss(]")]
    [InlineData("[ApprovedDataLoss]")]
    [InlineData("[ApprovedDataLoss(null)]")]
    [InlineData("[ApprovedDataLoss(42)]")]
    [InlineData("[ApprovedDataLoss(\"Blogs\", Column = )]")]
    [InlineData("[ApprovedDataLoss(\"Blogs\", Schema = null, Column = null)]")]
    [InlineData("[ApprovedDataLoss(\"Blogs\", Nope = 1)]")]
    public async Task HalfTypedApproval_DoesNotThrow(string attribute)
    {
        var (_, migration) = ApprovalTests.ApprovedMigration("20260201000000_V2", "    " + attribute, """migrationBuilder.DropTable(name: "Blogs");""");
        var sources = new[] { EfFiles.Context("AppDbContext").Item2, EfFiles.Snapshot("AppDbContext", EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")")).Item2, migration, ApprovalAttributeGenerator.Source };
        var compilation = ProjectAnalysis.Compile(sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.CSharp12))));

        var diagnostics = await ProjectAnalysis.AnalyzeAllowingErrorsAsync(compilation, new MigrationOperationsAnalyzer(), new StaleApprovalAnalyzer());

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}

using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Rules;
using MigrationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MigrationAnalyzers.Tests.Approvals;

/// <summary>[ApprovedDataLoss] silences what it approves (MIG1001, MIG1002, MIG1005), and the baseline option.</summary>
public sealed class ApprovalTests
{
    private const string V2 = "20260201000000_V2";

    private static string Model(params string[] entities) => EfFiles.SqlServerAnnotations + "\n" + string.Join("\n", entities);

    /// <summary>A migration file with attributes on its class.</summary>
    public static (string, string) ApprovedMigration(string id, string attributes, string up, string down = "", string usings = "using MigrationAnalyzers;\n")
    {
        var (name, source) = EfFiles.Migration(id, up, down);
        source = source.Replace("using System;\n", "using System;\n" + usings)
            .Replace("    /// <inheritdoc />\n    public partial class", "    /// <inheritdoc />\n" + attributes + "\n    public partial class");
        return (name, source);
    }

    private static Task VerifyAsync((string Name, string Source)[] files, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<MigrationOperationsAnalyzer>.Test();
        test.TestState.Sources.Add((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source));
        foreach (var (name, source) in files)
        {
            // Rooted paths, so that the .editorconfig at the root applies to them.
            test.TestState.Sources.Add(("/src/" + name, source));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + (editorConfig ?? string.Empty)));
        if (editorConfig?.Contains("MIG1005", System.StringComparison.Ordinal) == true)
        {
            test.DisabledDiagnostics.Remove("MIG1005");
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static (string, string)[] Project((string, string) migration) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", Model(EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes", "LegacyCode"), EfFiles.Entity("App.Coupon", "b.ToTable(\"Coupons\", \"sales\")"))),
        EfFiles.Designer("AppDbContext", V2, Model()),
        migration,
    ];

    [Theory]
    [InlineData("""[ApprovedDataLoss("Coupons")]""")]
    [InlineData("""[ApprovedDataLoss("coupons", Schema = "SALES", Reason = "Archived first")]""")]
    [InlineData("""[MigrationAnalyzers.ApprovedDataLossAttribute("Coupons")]""")]
    public async Task TableApproval_SilencesMig1001(string attribute)
    {
        await VerifyAsync(Project(ApprovedMigration(V2, "    " + attribute, """migrationBuilder.DropTable(name: "Coupons", schema: "sales");""")));
    }

    [Fact]
    public async Task ApprovalInAnotherSchema_DoesNotSilence()
    {
        await VerifyAsync(
            Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Coupons", Schema = "archive")]""", """migrationBuilder.{|MIG1001:DropTable|}(name: "Coupons", schema: "sales");""")));
    }

    [Fact]
    public async Task TableApproval_SilencesColumnDropsOfThatTable()
    {
        await VerifyAsync(Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Orders")]""", """
            migrationBuilder.DropColumn(name: "Notes", table: "Orders");
            migrationBuilder.DropColumn(name: "LegacyCode", table: "Orders");
            """)));
    }

    [Fact]
    public async Task ColumnApproval_SilencesOnlyThatColumn()
    {
        await VerifyAsync(Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Orders", Column = "LegacyCode", Reason = "Replaced by OrderCode")]""", """
            migrationBuilder.{|MIG1002:DropColumn|}(name: "Notes", table: "Orders");
            migrationBuilder.DropColumn(name: "LegacyCode", table: "Orders");
            """)));
    }

    [Fact]
    public async Task ColumnApproval_DoesNotApproveDroppingTheTable()
    {
        await VerifyAsync(Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Orders", Column = "Notes")]""", """migrationBuilder.{|MIG1001:DropTable|}(name: "Orders");""")));
    }

    [Fact]
    public async Task SeveralApprovalsAmongOtherAttributes_EachSilenceTheirDrop()
    {
        await VerifyAsync(Project(ApprovedMigration(
            V2,
            """
                [System.Obsolete("old")]
                [ApprovedDataLoss("Orders", Column = "Notes"), ApprovedDataLoss("Coupons", Schema = "sales")]
            """,
            """
            migrationBuilder.DropColumn(name: "Notes", table: "Orders");
            migrationBuilder.DropTable(name: "Coupons", schema: "sales");
            """)));
    }

    [Fact]
    public async Task ProjectsOwnAttributeWithTheSameFullName_IsRecognized()
    {
        var test = new AnalyzerVerifier<MigrationOperationsAnalyzer>.Test();
        test.TestState.Sources.Add(("Own.cs", """
            namespace MigrationAnalyzers
            {
                [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
                public sealed class ApprovedDataLossAttribute : System.Attribute
                {
                    public ApprovedDataLossAttribute(string table) { }
                    public string Column { get; set; }
                }
            }
            """));
        foreach (var file in Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Orders", Column = "Notes")]""", """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")))
        {
            test.TestState.Sources.Add(file);
        }

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AttributeWithAnotherFullName_IsIgnored()
    {
        var test = new AnalyzerVerifier<MigrationOperationsAnalyzer>.Test();
        test.TestState.Sources.Add(("Own.cs", """
            namespace Other
            {
                public sealed class ApprovedDataLossAttribute : System.Attribute
                {
                    public ApprovedDataLossAttribute(string table) { }
                }
            }
            """));
        foreach (var file in Project(ApprovedMigration(V2, """    [ApprovedDataLoss("Orders")]""", """migrationBuilder.{|MIG1002:DropColumn|}(name: "Notes", table: "Orders");""", usings: "using Other;\n")))
        {
            test.TestState.Sources.Add(file);
        }

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Mig1005Enabled_ReportsEveryUnapprovedDropInUpOnly()
    {
        await VerifyAsync(
            Project(ApprovedMigration(
                V2,
                """    [ApprovedDataLoss("Orders", Column = "LegacyCode")]""",
                """
                migrationBuilder.{|#0:DropTable|}(name: "Wishlists");
                migrationBuilder.{|MIG1002:{|#1:DropColumn|}|}(name: "Notes", table: "Orders");
                migrationBuilder.DropColumn(name: "LegacyCode", table: "Orders");
                """,
                """migrationBuilder.DropTable(name: "Other");""")),
            "dotnet_diagnostic.MIG1005.severity = warning",
            new DiagnosticResult("MIG1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Migration 'V2' drops table 'Wishlists' without an [ApprovedDataLoss] approval"),
            new DiagnosticResult("MIG1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithMessage("Migration 'V2' drops column 'Orders.Notes' without an [ApprovedDataLoss] approval"));
    }

    [Fact]
    public async Task Mig1005_IsOffByDefault()
    {
        var trees = Project(EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "Wishlists");"""))
            .Select(file => CSharpSyntaxTree.ParseText(file.Item2, new CSharpParseOptions(LanguageVersion.CSharp12)));

        var diagnostics = await ProjectAnalysis.AnalyzeAsync(ProjectAnalysis.Compile(trees), new MigrationOperationsAnalyzer());

        Assert.Empty(diagnostics);
        Assert.False(Descriptors.Mig1005_DropWithoutApproval.IsEnabledByDefault);
    }

    [Theory]
    [InlineData("20260201000000_V2", false)]
    [InlineData("20260301000000_Later", false)]
    [InlineData("20260101000000_Earlier", true)]
    public async Task Baseline_SkipsMigrationsAtOrBeforeIt(string baseline, bool reported)
    {
        var up = reported ? """migrationBuilder.{|MIG1001:DropTable|}(name: "Coupons", schema: "sales");""" : """migrationBuilder.DropTable(name: "Coupons", schema: "sales");""";
        await VerifyAsync(Project(EfFiles.Migration(V2, up)), "migration_analyzers.baseline = " + baseline);
    }

    [Fact]
    public async Task BaselineInAGlobalConfig_SkipsToo()
    {
        var test = new AnalyzerVerifier<MigrationOperationsAnalyzer>.Test();
        foreach (var file in Project(EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "Coupons", schema: "sales");""")))
        {
            test.TestState.Sources.Add(file);
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nmigration_analyzers.baseline = 20260201000000_V2\n"));
        await test.RunAsync(CancellationToken.None);
    }
}

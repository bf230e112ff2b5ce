using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using FixVerifier = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Vocabulary;

/// <summary>
/// "Is it created again?" is answered once (Creations): the re-creation remark of MIG1001/MIG1002, the Down()
/// exemption, a later migration's re-creation and the Remove fix agree on schemas, columns, casing and renames.
/// </summary>
public sealed class CreatedAgainTests
{
    private const string V2 = "20260201000000_V2";

    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "{|#1:b.ToTable(\"Orders\")|}", "Notes")),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
    ];

    private static readonly (string, string)[] PlainModel =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes")),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
    ];

    private const string CreateOrdersInDbo = """migrationBuilder.CreateTable(name: "Orders", schema: "dbo", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });""";

    private static DiagnosticResult Mig1001(string message) => Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage(message);

    [Fact]
    public async Task TableRecreatedInTheDefaultSchemaSpelledOut_IsARecreation()
    {
        await Verify.VerifyAsync(
            [.. Model, EfFiles.Migration(V2, "migrationBuilder.{|#0:DropTable|}(name: \"Orders\");\n" + CreateOrdersInDbo)],
            Mig1001("Migration 'V2' drops table 'Orders', which the snapshot of AppDbContext still maps; re-creating it later in Up() does not bring its rows back"));
    }

    [Fact]
    public async Task TableRebuiltByRenamingAnotherTableToIt_IsARecreation()
    {
        await Verify.VerifyAsync(
            [.. Model, EfFiles.Migration(V2, """
                migrationBuilder.{|#0:DropTable|}(name: "Orders");
                migrationBuilder.RenameTable(name: "Orders_new", newName: "Orders");
                """)],
            Mig1001("Migration 'V2' drops table 'Orders', which the snapshot of AppDbContext still maps; re-creating it later in Up() does not bring its rows back"));
    }

    [Fact]
    public async Task ColumnDroppedThenTableCreatedWithoutIt_IsNoRecreationOfTheColumn()
    {
        await Verify.VerifyAsync(
            [.. Model, EfFiles.Migration(V2, """
                migrationBuilder.{|#0:DropColumn|}(name: "Notes", table: "Orders");
                migrationBuilder.DropTable(name: "Orders_old");
                migrationBuilder.CreateTable(name: "Orders", schema: "dbo", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                """)],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Migration 'V2' drops column 'Orders.Notes', which the snapshot of AppDbContext still maps"));
    }

    [Fact]
    public async Task ColumnDroppedThenAddedInOtherCase_IsARecreation()
    {
        await Verify.VerifyAsync(
            [.. Model, EfFiles.Migration(V2, """
                migrationBuilder.{|#0:DropColumn|}(name: "Notes", table: "Orders");
                migrationBuilder.AddColumn<string>(name: "NOTES", table: "Orders", schema: "dbo", nullable: true);
                """)],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Migration 'V2' drops column 'Orders.Notes', which the snapshot of AppDbContext still maps; re-creating it later in Up() does not bring its values back"));
    }

    [Fact]
    public async Task DownDroppingAColumnUpsCreateTableDidNotList_IsReported()
    {
        var previous = "20260101000000_V1";
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations),
                EfFiles.Designer("AppDbContext", previous, EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")", "Notes")),
                EfFiles.Migration(previous, ""),
                EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
                EfFiles.Migration(V2,
                    """migrationBuilder.CreateTable(name: "Orders", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });""",
                    """migrationBuilder.{|#0:DropColumn|}(name: "Notes", table: "Orders");"""),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    /// <summary>Bitwarden's GrantIdWithIndexes on MySQL: Up() adds the column in SQL inside a procedure, Down() drops it.</summary>
    [Fact]
    public async Task DownReturningToAPreviousModelWithoutTheColumn_IsSilentThoughTheSnapshotMapsIt()
    {
        var previous = "20260101000000_V1";
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Grant", "b.ToTable(\"Grant\")", "Id2")),
                EfFiles.Designer("AppDbContext", previous, EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Grant", "b.ToTable(\"Grant\")")),
                EfFiles.Migration(previous, ""),
                EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Grant", "b.ToTable(\"Grant\")", "Id2")),
                EfFiles.Migration(V2,
                    """migrationBuilder.Sql("CREATE PROCEDURE AddId() BEGIN ALTER TABLE `Grant` ADD `Id2` int; END; CALL AddId();");""",
                    """migrationBuilder.DropColumn(name: "Id2", table: "Grant");"""),
            ]);
    }

    [Fact]
    public async Task DownDroppingWhatUpAddedInOtherCaseAndSchemaSpelling_IsSilent()
    {
        await Verify.VerifyAsync(
            [.. PlainModel, EfFiles.Migration(V2,
                """migrationBuilder.AddColumn<string>(name: "NOTES", table: "orders", schema: "dbo", nullable: true);""",
                """migrationBuilder.DropColumn(name: "Notes", table: "Orders");""")]);
    }

    [Fact]
    public async Task TableCreatedAgainByALaterMigrationInTheDefaultSchemaSpelledOut_IsNotMappedByTheSnapshot()
    {
        var v3 = "20260301000000_V3";
        await Verify.VerifyAsync(
        [
            .. PlainModel,
            EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "Orders");"""),
            EfFiles.Designer("AppDbContext", v3, EfFiles.SqlServerAnnotations),
            EfFiles.Migration(v3, CreateOrdersInDbo),
        ]);
    }

    [Fact]
    public async Task RemoveThisDrop_IsNotOfferedWhenUpCreatesTheTableAgainInTheDefaultSchemaSpelledOut()
    {
        var fixes = await FixVerifier.GetFixesAsync([.. PlainModel, EfFiles.Migration(V2, "migrationBuilder.DropTable(name: \"Orders\");\n" + CreateOrdersInDbo)]);

        Assert.Equal([("MIG1001", new[] { "Approve this drop" }), ("MIG1005", new[] { "Approve this drop" })], fixes.Select(f => (f.Id, f.Titles.ToArray())).ToArray());
    }

    [Fact]
    public async Task RemoveThisDrop_IsNotOfferedWhenUpRenamesAnotherTableToIt()
    {
        var fixes = await FixVerifier.GetFixesAsync([.. PlainModel, EfFiles.Migration(V2, """
            migrationBuilder.DropTable(name: "Orders");
            migrationBuilder.RenameTable(name: "Orders_new", newName: "Orders", newSchema: "dbo");
            """)]);

        Assert.Equal([("MIG1001", new[] { "Approve this drop" }), ("MIG1005", new[] { "Approve this drop" })], fixes.Select(f => (f.Id, f.Titles.ToArray())).ToArray());
    }

    [Fact]
    public async Task DiagnosedDrop_RespectsCancellation()
    {
        var source = EfFiles.Migration(V2, """
            migrationBuilder.DropTable(name: Names.Orders);
            """).Item2 + "\nnamespace App.Migrations { static class Names { public const string Orders = \"Orders\"; } }";
        var tree = CSharpSyntaxTree.ParseText(source);
        var compilation = CSharpCompilation.Create("Test", [tree], TestReferences.All);
        var model = compilation.GetSemanticModel(tree);
        var drop = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First(i => i.ToString().Contains("DropTable", System.StringComparison.Ordinal));
        var diagnostic = Diagnostic.Create(
            new DiagnosticDescriptor("MIG1001", "t", "m", "c", DiagnosticSeverity.Warning, true),
            ((MemberAccessExpressionSyntax)drop.Expression).Name.GetLocation(),
            System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty.Add("Direction", "Up"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.NotNull(DiagnosedDrop.Find(tree.GetRoot(), model, diagnostic, CancellationToken.None));
        Assert.ThrowsAny<System.OperationCanceledException>(() => DiagnosedDrop.Find(tree.GetRoot(), model, diagnostic, cancelled.Token));
    }
}

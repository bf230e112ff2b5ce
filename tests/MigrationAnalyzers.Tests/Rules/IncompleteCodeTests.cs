using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>Code being typed in the IDE: analysis goes on where it can and never throws.</summary>
public sealed class IncompleteCodeTests
{
    [Theory]
    [InlineData("""migrationBuilder.DropTable(name: "Blogs")""", 1)]
    [InlineData("""migrationBuilder.DropTable(name: "Blogs", """, 0)]
    [InlineData("""migrationBuilder.DropTable(name: """, 0)]
    [InlineData("""migrationBuilder.DropTable(""", 0)]
    [InlineData("""migrationBuilder.DropColumn(name: "Title", table: )""", 0)]
    [InlineData("""migrationBuilder.""", 0)]
    [InlineData("""migrationBuilder.DropTable(name: "Blogs"); }""", 1)]
    public async Task HalfTypedMigration_DoesNotThrow(string up, int expected)
    {
        var (_, context) = EfFiles.Context("AppDbContext");
        var (_, snapshot) = EfFiles.Snapshot("AppDbContext", EfFiles.Entity("App.Blog", "b.ToTable(\"Blogs\")", "Title"));
        var (_, migration) = EfFiles.Migration("20260201000000_V2", up);
        var trees = new[] { context, snapshot, migration }.Select(source => CSharpSyntaxTree.ParseText(source));
        var compilation = ProjectAnalysis.Compile(trees);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await ProjectAnalysis.AnalyzeAllowingErrorsAsync(compilation, new MigrationOperationsAnalyzer());

        Assert.Equal(expected, diagnostics.Count(d => d.Id == "MIG1001"));
    }

    [Fact]
    public async Task ModelWithBrokenBlocks_DoesNotThrow()
    {
        var (_, context) = EfFiles.Context("AppDbContext");
        var snapshot = EfFiles.Snapshot("AppDbContext", """
            modelBuilder.Entity("App.Blog", b => { b.ToTable(; b.Property<string>(); b.HasBaseType("App.Blog"); b.OwnsOne("A", x => ); });
            modelBuilder.Entity("App.Loop", b => { b.HasBaseType("App.Loop2"); });
            modelBuilder.Entity("App.Loop2", b => { b.HasBaseType("App.Loop"); b.ComplexProperty(typeof(object), "C", c => { c.ToJson(); }); });
            modelBuilder.Entity(null, b => { b.ToTable(null); });
            modelBuilder.Entity("App.Post", b => { b.ToTable("Posts"); b.OwnsOne("X", "Nav", b1 => { b1.OwnsOne("Y", "Nav", b1 => { }); }); });
            """).Item2;
        var migration = EfFiles.Migration("20260201000000_V2", """migrationBuilder.DropTable(name: "Posts");""").Item2;
        var compilation = ProjectAnalysis.Compile(new[] { context, snapshot, migration }.Select(source => CSharpSyntaxTree.ParseText(source)));

        var diagnostics = await ProjectAnalysis.AnalyzeAllowingErrorsAsync(compilation, new MigrationOperationsAnalyzer());

        Assert.Single(diagnostics, d => d.Id == "MIG1001");
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MigrationAnalyzers.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>EF Core's base types are recognized by name and namespace, without asking the compilation for them.</summary>
public sealed class SemanticFactsTests
{
    private const string Source = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        class AddOrders : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) { }
        }

        class SecondLevel : AddOrders { }

        class ShopSnapshot : ModelSnapshot
        {
            protected override void BuildModel(ModelBuilder modelBuilder) { }
        }

        class ShopContext : DbContext { }

        namespace Lookalike.Microsoft.EntityFrameworkCore.Migrations
        {
            class Migration { }
            class NotAMigration : Migration { }
        }

        namespace Microsoft.EntityFrameworkCore.Migrations.Nested
        {
            class Migration { }
            class AlsoNotAMigration : Migration { }
        }

        class Generic<T> { }
        class Plain : Generic<int> { }
        """;

    [Theory]
    [InlineData("AddOrders", true)]
    [InlineData("SecondLevel", true)]
    [InlineData("Lookalike.Microsoft.EntityFrameworkCore.Migrations.NotAMigration", false)]
    [InlineData("Microsoft.EntityFrameworkCore.Migrations.Nested.AlsoNotAMigration", false)]
    [InlineData("ShopSnapshot", false)]
    [InlineData("Plain", false)]
    public void IsMigration(string type, bool expected)
        => Assert.Equal(expected, SemanticFacts.IsMigration(Compilation().GetTypeByMetadataName(type)!));

    [Fact]
    public void IsModelSnapshotAndIsDbContext()
    {
        var compilation = Compilation();

        Assert.True(SemanticFacts.IsModelSnapshot(compilation.GetTypeByMetadataName("ShopSnapshot")!));
        Assert.True(SemanticFacts.IsDbContext(compilation.GetTypeByMetadataName("ShopContext")!));
        Assert.False(SemanticFacts.IsDbContext(compilation.GetTypeByMetadataName("AddOrders")!));
    }

    [Fact]
    public void References_NamesReferencedAssemblies()
    {
        var compilation = Compilation();

        Assert.True(SemanticFacts.References(compilation, SemanticFacts.RelationalAssemblyName));
        Assert.True(SemanticFacts.References(compilation, SemanticFacts.EntityFrameworkCoreAssemblyName));
        Assert.False(SemanticFacts.References(compilation, "Microsoft.EntityFrameworkCore.Relational.Extra"));
        Assert.True(SemanticFacts.References(compilation.WithAssemblyName("Mine"), "Mine"));
    }

    private static CSharpCompilation Compilation()
    {
        var compilation = ProjectAnalysis.Compile([CSharpSyntaxTree.ParseText(Source)]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }
}

using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Reading;
using Xunit;

namespace MigrationAnalyzers.Tests.Reading;

/// <summary>What a message says of a column's shape (MIG1006's "(nvarchar(20) → nvarchar(32))").</summary>
public sealed class ColumnFacetsTests
{
    [Theory]
    [InlineData("""AddColumn<string>(name: "Phone", table: "Customers", type: "nvarchar(32)", maxLength: 32, nullable: true)""", "nvarchar(32)")]
    [InlineData("""AddColumn<string>(name: "Phone", table: "Customers", maxLength: 32, nullable: true)""", "string(32)")]
    [InlineData("""AddColumn<long>(name: "Points", table: "Customers", nullable: false)""", "long")]
    public void Describe_TheStoreTypeElseTheClrType(string call, string expected)
        => Assert.Equal(expected, Facets(call).Describe());

    [Fact]
    public void Describe_CutsATypeOfAnyLength()
    {
        var described = Facets($"""AddColumn<string>(name: "Phone", table: "Customers", type: "{new string('x', 10_000)}")""").Describe();

        Assert.Equal(65, described.Length);
        Assert.EndsWith("x…", described, System.StringComparison.Ordinal);
    }

    private static ColumnFacets Facets(string call)
        => ColumnFacets.OfAddColumn(CSharpSyntaxTree.ParseText($"class M {{ void Up(MigrationBuilder migrationBuilder) {{ migrationBuilder.{call}; }} }}")
            .GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().First())!;
}

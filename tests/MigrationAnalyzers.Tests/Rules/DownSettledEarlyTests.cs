using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;
using Xunit;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>
/// <see cref="RuleContext.OnlyUndoesUp"/> lets the analyzer return from a <c>Down()</c> before it reads any model. It
/// must say yes only where every rule would say nothing in every scope: a name that only a scope makes the same
/// (case on SQL Server, an absent schema meaning <c>dbo</c>) must go on to the rules.
/// </summary>
public sealed class DownSettledEarlyTests
{
    private const string Up = """
        migrationBuilder.CreateTable(name: "Orders", columns: table => new { Id = table.Column<int>(nullable: false), Total = table.Column<decimal>(nullable: false) });
        migrationBuilder.CreateTable(name: "Audit", schema: "ops", columns: table => new { Id = table.Column<int>(nullable: false) });
        migrationBuilder.AddColumn<string>(name: "Note", table: "Customers", nullable: true);
        migrationBuilder.RenameTable(name: "Suppliers", newName: "Vendors");
        """;

    [Theory]
    [InlineData("""migrationBuilder.DropTable(name: "Orders");""")]
    [InlineData("""migrationBuilder.DropTable(name: "Audit", schema: "ops");""")]
    [InlineData("""migrationBuilder.DropColumn(name: "Note", table: "Customers");""")]
    [InlineData("""migrationBuilder.DropColumn(name: "Total", table: "Orders");""")]
    [InlineData("""migrationBuilder.RenameTable(name: "Vendors", newName: "Suppliers");""")]
    [InlineData("""migrationBuilder.DropIndex(name: "IX_Orders_Total", table: "Orders"); migrationBuilder.DropTable(name: "Orders");""")]
    public void Settled(string down) => Assert.True(Settles(down));

    [Theory]
    [InlineData("""migrationBuilder.DropTable(name: "orders");""")]
    [InlineData("""migrationBuilder.DropTable(name: "Orders", schema: "dbo");""")]
    [InlineData("""migrationBuilder.DropTable(name: "Audit");""")]
    [InlineData("""migrationBuilder.DropColumn(name: "Email", table: "Orders");""")]
    [InlineData("""migrationBuilder.DropTable(name: "Orders"); migrationBuilder.DropTable(name: "Customers");""")]
    [InlineData("""migrationBuilder.Sql("DROP TABLE Orders");""")]
    [InlineData("""migrationBuilder.DropSchema(name: "ops");""")]
    public void GoesOnToTheRules(string down) => Assert.False(Settles(down));

    private static bool Settles(string down)
        => RuleContext.OnlyUndoesUp(MigrationOperationReader.Read(Method("Down", down)), MigrationOperationReader.Read(Method("Up", Up)));

    private static MethodDeclarationSyntax Method(string name, string body)
        => CSharpSyntaxTree.ParseText($"class M {{ void {name}(MigrationBuilder migrationBuilder) {{ {body} }} }}")
            .GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
}

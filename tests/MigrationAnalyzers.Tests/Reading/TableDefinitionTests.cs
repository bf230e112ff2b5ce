using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Reading;
using Xunit;

namespace MigrationAnalyzers.Tests.Reading;

/// <summary>What a <c>CreateTable(...)</c> defines, read from EF's own shape; any other shape leaves the table incomplete.</summary>
public sealed class TableDefinitionTests
{
    private static TableDefinition Read(string createTable)
        => TableDefinition.Of(SyntaxFactory.ParseStatement(createTable + ";").DescendantNodes().OfType<InvocationExpressionSyntax>()
            .First(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateTable" }));

    [Fact]
    public void EfsShape_IsReadCompletely()
    {
        var table = Read("""
            migrationBuilder.CreateTable(
                name: "Vendors",
                schema: "purchasing",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(name: "code", type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vendors", x => x.Id)
                        .Annotation("SqlServer:Clustered", false);
                    table.UniqueConstraint("AK_Vendors_Code", x => new { x.Code, x.ParentId });
                    table.CheckConstraint("CK_Vendors_Code", "code <> ''");
                    table.ForeignKey(
                        name: "FK_Vendors_Vendors_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "purchasing",
                        principalTable: "Vendors",
                        principalColumn: "Id");
                },
                comment: "Who we buy from")
                .Annotation("MySql:CharSet", "utf8mb4")
            """);

        Assert.True(table.IsComplete);
        Assert.Equal(["Id", "code", "ParentId"], table.Columns.Select(c => c.Name));
        Assert.Equal(["PrimaryKey PK_Vendors Id 1", "UniqueConstraint AK_Vendors_Code code,ParentId 0", "CheckConstraint CK_Vendors_Code  0", "ForeignKey FK_Vendors_Vendors_ParentId ParentId 0"],
            table.Constraints.Select(c => $"{c.Kind} {c.Name.ToString().Trim('"')} {string.Join(",", c.Columns.Select(k => k.Name))} {c.Annotations.Length}"));
        Assert.Equal(["principalSchema", "principalTable", "principalColumn"], table.Constraints[3].Arguments.Select(a => a.Name));
        Assert.Equal("\"Who we buy from\"", table.Comment?.ToString());
        Assert.Single(table.Annotations);
    }

    [Theory]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() }, constraints: table => { table.PrimaryKey("PK_T", x => x.Id); Console.WriteLine(); })""")]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() }, constraints: table => { table.PrimaryKey("PK_T", x => x.Id + 1); })""")]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() }, constraints: table => { table.PrimaryKey("PK_T", x => x.Other); })""")]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>(name: Names.Id) })""")]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => Columns(table))""")]
    [InlineData("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() }).Something()""")]
    public void OtherShapes_LeaveTheTableIncomplete(string createTable)
    {
        Assert.False(Read(createTable).IsComplete);
    }

    [Fact]
    public void NoConstraints_IsComplete()
    {
        Assert.True(Read("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() }, constraints: null)""").IsComplete);
        Assert.True(Read("""migrationBuilder.CreateTable(name: "T", columns: table => new { Id = table.Column<int>() })""").IsComplete);
    }
}

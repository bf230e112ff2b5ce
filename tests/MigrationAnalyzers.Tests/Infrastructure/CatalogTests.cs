using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using MigrationAnalyzers.Reading;
using Xunit;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>Keeps the rule catalogue honest: docs, release tracking, and the EF signatures we rely on.</summary>
public sealed class CatalogTests
{
    public static TheoryData<string> RuleIds => new(AllDescriptors().Select(d => d.Id));

    private static ImmutableArray<DiagnosticDescriptor> AllDescriptors()
        => typeof(MigrationOperationsAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Distinct()
            .ToImmutableArray();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasItsDocsPageAsHelpLink(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        Assert.Equal($"https://github.com/migration-analyzers/MigrationAnalyzers/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(ProjectAnalysis.RepositoryRoot, "docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Example", "## Configure severity", "## How to suppress" })
        {
            Assert.Contains(section, page);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_IsInTheReadmeTable(string id)
    {
        Assert.Contains($"[{id}](docs/rules/{id}.md)", File.ReadAllText(Path.Combine(ProjectAnalysis.RepositoryRoot, "README.md")));
    }

    [Fact]
    public void MigrationBuilderSignatures_MatchTheRealEfCoreParameterOrder()
    {
        foreach (var name in new[] { "DropTable", "DropColumn", "RenameTable", "RenameColumn", "AddColumn", "CreateTable" })
        {
            var method = typeof(MigrationBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(m => m.Name == name);
            var expected = MigrationBuilderSignatures.For(name);
            Assert.Equal(expected, method.GetParameters().Take(expected.Length).Select(p => p.Name));
        }

        var column = typeof(ColumnsBuilder).GetMethods().Single(m => m.Name == "Column");
        Assert.Equal(MigrationBuilderSignatures.Column, column.GetParameters().Take(MigrationBuilderSignatures.Column.Length).Select(p => p.Name));
    }

    [Theory]
    [InlineData("PrimaryKey")]
    [InlineData("UniqueConstraint")]
    [InlineData("CheckConstraint")]
    [InlineData("ForeignKey")]
    public void CreateTableBuilderSignatures_MatchEveryRealOverload(string name)
    {
        var expected = name switch
        {
            "CheckConstraint" => MigrationBuilderSignatures.TableCheckConstraint,
            "ForeignKey" => MigrationBuilderSignatures.TableForeignKey,
            _ => MigrationBuilderSignatures.TableKey,
        };
        var overloads = typeof(CreateTableBuilder<object>).GetMethods().Where(m => m.Name == name).ToList();

        Assert.NotEmpty(overloads);
        foreach (var method in overloads)
        {
            // The foreign key's "column"/"principalColumn" stand for the composite overload's "columns"/"principalColumns" too.
            var actual = method.GetParameters().Select(p => name == "ForeignKey" && p.Name is "columns" or "principalColumns" ? p.Name![..^1] : p.Name);
            Assert.Equal(expected, actual);
        }
    }
}

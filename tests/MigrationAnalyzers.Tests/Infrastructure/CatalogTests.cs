using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using MigrationAnalyzers.Infrastructure;
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

    /// <summary>The help link scheme (README.md, "Help links"): the rule's page at the docs ref of the build, a commit id or a release tag.</summary>
    private static readonly Regex HelpLinkScheme = new(
        @"^https://github\.com/migration-analyzers/MigrationAnalyzers/blob/(?<ref>[0-9a-f]{40}|v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/docs/rules/(?<id>MIG\d{4})\.md$");

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasItsDocsPageAsHelpLink(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        var link = HelpLinkScheme.Match(descriptor.HelpLinkUri);
        Assert.True(link.Success, $"{id}: help link '{descriptor.HelpLinkUri}' does not follow the scheme");
        Assert.Equal(id, link.Groups["id"].Value);
        Assert.Equal(BuildInfo.DocsRef, link.Groups["ref"].Value);
        var page = File.ReadAllText(Path.Combine(ProjectAnalysis.RepositoryRoot, "docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Example", "## Configure severity", "## How to suppress" })
        {
            Assert.Contains(section, page);
        }
    }

    /// <summary>
    /// The docs ref generated at build (src/DocsRef.targets) names exactly this version: in a git checkout, a commit of
    /// this repository (the one the build came from); outside one, the tag of the version in Directory.Build.props.
    /// </summary>
    [Fact]
    public void DocsRef_IsACommitOfThisRepository_OrTheTagOfThisVersion()
    {
        if (Regex.IsMatch(BuildInfo.DocsRef, "^[0-9a-f]{40}$"))
        {
            var git = Process.Start(new ProcessStartInfo("git", $"cat-file -e {BuildInfo.DocsRef}^{{commit}}")
            {
                WorkingDirectory = ProjectAnalysis.RepositoryRoot,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            git.WaitForExit();
            Assert.True(git.ExitCode == 0, $"{BuildInfo.DocsRef} is not a commit of this repository: {git.StandardError.ReadToEnd()}");
            return;
        }

        var version = Regex.Match(File.ReadAllText(Path.Combine(ProjectAnalysis.RepositoryRoot, "Directory.Build.props")), "<Version>(?<v>[^<]+)</Version>").Groups["v"].Value;
        Assert.Equal(BuildInfo.DocsRef, "v" + version);
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

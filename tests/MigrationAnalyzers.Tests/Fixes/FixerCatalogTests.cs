using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.EntityFrameworkCore.Migrations;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Reading;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

public sealed class FixerCatalogTests
{
    public static TheoryData<Type> Fixers => new(typeof(DropFixer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Fixers))]
    public void EveryFixer_IsExportedForCSharpUnderItsOwnName_SharedAndSealed(Type fixer)
    {
        var export = fixer.GetCustomAttribute<ExportCodeFixProviderAttribute>();

        Assert.NotNull(export);
        Assert.Equal(fixer.Name, export.Name);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.NotNull(fixer.GetCustomAttribute<System.Composition.SharedAttribute>());
        Assert.True(fixer.IsSealed);
        Assert.NotNull(((CodeFixProvider)Activator.CreateInstance(fixer)!).GetFixAllProvider());
    }

    [Theory]
    [InlineData("DropForeignKey")]
    [InlineData("DropIndex")]
    [InlineData("DropPrimaryKey")]
    [InlineData("DropUniqueConstraint")]
    [InlineData("CreateIndex")]
    [InlineData("AddPrimaryKey")]
    [InlineData("AddUniqueConstraint")]
    [InlineData("AddForeignKey")]
    [InlineData("InsertData")]
    [InlineData("Sql")]
    public void OverloadedMigrationBuilderSignatures_MatchEveryRealOverload(string name)
    {
        var expected = MigrationBuilderSignatures.For(name);
        foreach (var method in typeof(MigrationBuilder).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == name))
        {
            // "column" stands for the single-column and the array ("columns") overloads alike.
            var actual = method.GetParameters().Take(expected.Length).Select(p => p.Name == "columns" ? "column" : p.Name);
            Assert.Equal(expected, actual);
        }
    }
}

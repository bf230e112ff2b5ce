using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Infrastructure;

public sealed class SourceTextSearchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4090)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(8170)]
    [InlineData(8190)]
    [InlineData(8191)]
    [InlineData(8192)]
    [InlineData(16383)]
    [InlineData(20000)]
    public void Finds_AnywhereIncludingAcrossChunkBorders(int offset)
    {
        var text = SourceText.From(new string('x', offset) + "MigrationsHistoryTable" + new string('y', 100));

        Assert.True(SourceTextSearch.Contains(text, "MigrationsHistoryTable"));
        Assert.False(SourceTextSearch.Contains(text, "MigrationsHistoryTables!"));
    }

    [Fact]
    public void ShortAndEmptyTexts()
    {
        Assert.False(SourceTextSearch.Contains(SourceText.From("Migrations"), "MigrationsHistoryTable"));
        Assert.False(SourceTextSearch.Contains(SourceText.From(string.Empty), "x"));
        Assert.True(SourceTextSearch.Contains(SourceText.From("ab"), "ab"));
        Assert.False(SourceTextSearch.Contains(SourceText.From(new string('x', 8195)), "MigrationsHistoryTable"));
    }

    [Fact]
    public void SkipsPartialMatchesOfTheFirstCharacter()
    {
        var text = SourceText.From("MMigMigrationsMigrationsHistoryTabl MigrationsHistoryTable");

        Assert.True(SourceTextSearch.Contains(text, "MigrationsHistoryTable"));
        Assert.True(SourceTextSearch.Contains(text, "migrationshistorytable", ignoreCase: true));
        Assert.False(SourceTextSearch.Contains(SourceText.From("MMigMigrationsMigrationsHistoryTabl"), "MigrationsHistoryTable"));
    }

    [Fact]
    public void IgnoreCase_MatchesAnyCase()
    {
        var text = SourceText.From("b.ToTable(\"Orders\");");

        Assert.True(SourceTextSearch.Contains(text, "ORDERS", ignoreCase: true));
        Assert.False(SourceTextSearch.Contains(text, "ORDERS"));
    }
}

using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Manifest;
using Xunit;

namespace MigrationAnalyzers.Tests.Manifest;

public sealed class ManifestParserTests
{
    private static ManifestText Parse(string text) => ManifestParser.Parse(SourceText.From(text));

    private static ManifestEntry Single(string line) => Assert.Single(Assert.Single(Parse(line).Lines).Entries);

    [Fact]
    public void CommentsAndBlankLines_AreSkipped()
    {
        var parsed = Parse("# Tables EF must never drop\n\n   \n  # indented comment\nAuditLog\n");

        Assert.Empty(parsed.Errors);
        var line = Assert.Single(parsed.Lines);
        Assert.Equal(5, line.LineNumber);
    }

    [Theory]
    [InlineData("AuditLog", null, "AuditLog", null)]
    [InlineData("dbo.AuditLog;Written by the audit trigger", "dbo", "AuditLog", "Written by the audit trigger")]
    [InlineData("  ops.*  ;  Maintained by the ops team's scripts  ", "ops", "*", "Maintained by the ops team's scripts")]
    [InlineData("checkpoint*;LangGraph checkpointer", null, "checkpoint*", "LangGraph checkpointer")]
    [InlineData("[my.schema].[Some.Table]", "my.schema", "Some.Table", null)]
    [InlineData("\"my.schema\".\"Some.Table\";owner; with semicolon", "my.schema", "Some.Table", "owner; with semicolon")]
    [InlineData("[Some.Table]", null, "Some.Table", null)]
    [InlineData("sales.customer?", "sales", "customer?", null)]
    [InlineData("Audit;", null, "Audit", null)]
    public void EntryLines_AreParsed(string line, string? schema, string table, string? owner)
    {
        var entry = Single(line);

        Assert.Equal(schema, entry.Schema?.Text);
        Assert.Equal(table, entry.Table.Text);
        Assert.Equal(owner, entry.Owner);
        Assert.Null(entry.Preset);
    }

    [Fact]
    public void PresetLine_PullsInTheBuiltInList()
    {
        var line = Assert.Single(Parse("preset:Quartz").Lines);

        var entry = Assert.Single(line.Entries);
        Assert.Equal("quartz", entry.Preset, ignoreCase: true);
        Assert.True(entry.Table.Matches("QRTZ_TRIGGERS"));
    }

    [Theory]
    [InlineData("preset:nosuch", "unknown preset 'nosuch'; the presets are ")]
    [InlineData("a.b.c", "'a.b.c' has too many dots")]
    [InlineData(".AuditLog", "'.AuditLog' has an empty schema name")]
    [InlineData("dbo.", "'dbo.' has an empty table name")]
    [InlineData(";owner only", "';owner only' has an empty table name")]
    [InlineData("[dbo.AuditLog", "unterminated '['")]
    [InlineData("\"dbo.AuditLog", "unterminated '\"'")]
    [InlineData("dbo.Audit\u0001Log", "invalid character U+0001")]
    public void BadLines_AreErrors_AndTheRestStillApplies(string bad, string message)
    {
        var parsed = Parse($"AuditLog\n{bad}\nJobs\n");

        var error = Assert.Single(parsed.Errors);
        Assert.Equal(2, error.LineNumber);
        Assert.StartsWith(message, error.Message);
        Assert.Equal(["AuditLog", "Jobs"], parsed.Lines.Select(l => l.Entries.Single().Table.Text));
    }

    [Fact]
    public void EveryPreset_ParsesWithoutErrors()
    {
        foreach (var preset in Presets.All)
        {
            foreach (var line in preset.Value)
            {
                Assert.Null(ManifestParser.ParseLine(line, out var entries));
                Assert.Single(entries);
            }
        }
    }

    [Fact]
    public void HostileInput_NeverThrows_AndIsLinear()
    {
        var random = new System.Random(20261125);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var junk = Encoding.UTF8.GetString(bytes);
        var hugeLine = new string('x', 10_000_000);
        var manyLines = string.Join("\n", Enumerable.Range(0, 100_000).Select(i => $"s{i}.t{i}*;owner {i}"));

        Assert.NotNull(Parse(junk));
        Assert.Single(Parse(hugeLine).Lines);
        Assert.Equal(100_000, Parse(manyLines).Lines.Length);
        Assert.Single(Parse(new string('[', 100_000)).Errors);
    }
}

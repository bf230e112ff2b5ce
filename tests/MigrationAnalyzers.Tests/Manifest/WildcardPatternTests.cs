using MigrationAnalyzers.Manifest;
using Xunit;

namespace MigrationAnalyzers.Tests.Manifest;

public sealed class WildcardPatternTests
{
    [Theory]
    [InlineData("AuditLog", "AuditLog", true)]
    [InlineData("AuditLog", "auditlog", true)]
    [InlineData("AuditLog", "AuditLogs", false)]
    [InlineData("QRTZ_*", "qrtz_triggers", true)]
    [InlineData("QRTZ_*", "QRTZ_", true)]
    [InlineData("QRTZ_*", "XQRTZ_A", false)]
    [InlineData("*_history", "flyway_schema_history", true)]
    [InlineData("*_history", "history", false)]
    [InlineData("check?oint*", "checkpoint_blobs", true)]
    [InlineData("check?oint*", "checkoint", false)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXcYb", false)]
    [InlineData("a*ab", "aab", true)]
    [InlineData("*a*a*", "aa", true)]
    [InlineData("*a*a*", "a", false)]
    [InlineData("*", "", true)]
    [InlineData("**", "anything", true)]
    [InlineData("?", "", false)]
    [InlineData("Ä*", "äpfel", true)]
    public void Matches_CaseInsensitiveGlob(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, WildcardPattern.Create(pattern).Matches(name));
    }

    [Fact]
    public void HostilePatterns_CollapseStarsAndMatchCorrectly()
    {
        var stars = new string('*', 10_000);
        var name = new string('a', 100_000);

        Assert.False(WildcardPattern.Create(stars + "a" + stars + "b").Matches(name));
        Assert.True(WildcardPattern.Create(stars + "a" + stars + "a" + stars).Matches(name));
        Assert.False(WildcardPattern.Create("*a*a*a*a*a*a*a*a*b").Matches(name));
    }
}

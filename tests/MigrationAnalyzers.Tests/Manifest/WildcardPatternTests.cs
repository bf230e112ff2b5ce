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
    [InlineData("*LOG*", "dbo_auditlogs", true)]
    [InlineData("*x*ÄPFEL*", "xxäpfelx", true)]
    [InlineData("*a*bc*", "abxbc", true)]
    [InlineData("*a*bc*", "abxb", false)]
    [InlineData("a*b?c*d", "aXXbYcZd", true)]
    [InlineData("a*bc*d", "abcd", true)]
    [InlineData("a*bc*d", "abd", false)]
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

    /// <summary>
    /// The robustness suite's 100,000 star patterns against 10,000-character names (docs/reliability.md): middle
    /// segments are searched with the runtime's vectorized search, case-insensitively, and still match only inside
    /// the part of the name the anchored first and last segments leave.
    /// </summary>
    [Fact]
    public void ManyStarPatterns_AgainstLongNames_MatchCorrectly()
    {
        var name = new string('a', 10_000) + "Xyz" + new string('b', 10_000);
        var matching = 0;
        for (var i = 0; i < 1_000; i++)
        {
            matching += WildcardPattern.Create($"*{i % 97}*a*").Matches(name) ? 1 : 0;
        }

        Assert.Equal(0, matching);
        Assert.True(WildcardPattern.Create("*XYZ*").Matches(name));
        Assert.True(WildcardPattern.Create("a*xYz*b").Matches(name));
        Assert.False(WildcardPattern.Create("aXyz*b").Matches(name));
        Assert.False(WildcardPattern.Create("*b*xyz*").Matches(name));
        Assert.False(WildcardPattern.Create("a*" + new string('a', 10_000) + "xyz*b").Matches(name));
    }
}

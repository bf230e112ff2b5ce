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

    /// <summary>
    /// Random patterns of <c>a</c>, <c>B</c>, <c>?</c> and <c>*</c> against random names, some segments longer than
    /// the 64 characters of one word of the bit-parallel search, checked against a plain dynamic-programming glob.
    /// </summary>
    [Fact]
    public void RandomPatterns_MatchAsAGlobDoes()
    {
        var random = new System.Random(20261125);
        var longMatches = 0;
        for (var round = 0; round < 5_000; round++)
        {
            string pattern, name;
            if (round % 10 == 0)
            {
                // A middle segment of 65 to 150 characters, taken from the name with some characters made '?' or
                // changed, so that long segments both match and fail near the end.
                name = "a" + RandomText(random, "ab", 300).PadRight(160, 'b');
                var length = random.Next(65, 151);
                var segment = name.Substring(1 + random.Next(name.Length - length), length).ToCharArray();
                for (var i = 0; i < segment.Length; i++)
                {
                    segment[i] = random.Next(8) switch { 0 => '?', 1 => char.ToUpperInvariant(segment[i]), _ => segment[i] };
                }

                if (random.Next(2) == 0)
                {
                    segment[random.Next(segment.Length)] = 'x';
                }

                pattern = "a*" + new string(segment) + "*";
            }
            else
            {
                pattern = RandomText(random, "aB??*", 12);
                name = RandomText(random, "abAb", 16);
            }

            var expected = ReferenceGlob(pattern, name);
            Assert.True(expected == WildcardPattern.Create(pattern).Matches(name), $"'{pattern}' against '{name}'");
            longMatches += expected && round % 10 == 0 ? 1 : 0;
        }

        Assert.True(longMatches > 100, $"Only {longMatches} long segments matched: the test does not exercise them.");
    }

    private static string RandomText(System.Random random, string alphabet, int maxLength)
    {
        var characters = new char[random.Next(maxLength + 1)];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(characters);
    }

    /// <summary>matches[i, j]: the pattern's first i characters match the name's first j characters.</summary>
    private static bool ReferenceGlob(string pattern, string name)
    {
        var matches = new bool[pattern.Length + 1, name.Length + 1];
        matches[0, 0] = true;
        for (var i = 1; i <= pattern.Length; i++)
        {
            for (var j = 0; j <= name.Length; j++)
            {
                matches[i, j] = pattern[i - 1] switch
                {
                    '*' => matches[i - 1, j] || (j > 0 && matches[i, j - 1]),
                    '?' => j > 0 && matches[i - 1, j - 1],
                    var c => j > 0 && matches[i - 1, j - 1] && char.ToUpperInvariant(c) == char.ToUpperInvariant(name[j - 1]),
                };
            }
        }

        return matches[pattern.Length, name.Length];
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Robustness;

/// <summary>
/// Hostile exclusion manifests: random bytes, invalid UTF-8, random lines of manifest syntax, a 10 MB line,
/// 100,000 lines, and star-heavy patterns such as <c>****************a</c> meant for long names.
/// </summary>
public static class ManifestFuzzer
{
    private static readonly string[] Pieces =
    [
        "preset:", "preset:hangfire", "preset:quartz", "preset:nope", "preset:", "#", "*", "**", "?", ".", "..", ";", ";owner", "[", "]",
        "[a.b]", "\"", "\"x.y\"", "dbo", "HangFire", "Orders", "__EFMigrationsHistory", "etl_", " ", "\t", "\0", "\u0001", "\uFFFD",
        "\uD800", "\u2028", "\u0085", "\r", "\uFEFF", "Ünïcødé", "表", "\\", "/", "%", "a", "Z",
    ];

    /// <summary>One random manifest, with a short description of what it holds.</summary>
    public static (string What, AdditionalText File) Generate(Random random, string path)
    {
        switch (random.Next(6))
        {
            case 0:
                var bytes = new byte[random.Next(4096)];
                random.NextBytes(bytes);
                return ($"{bytes.Length} random bytes", new InMemoryAdditionalText(path, bytes));
            case 1:
                // Valid UTF-8 lines with invalid sequences spliced in: lone continuation bytes, overlongs, truncated sequences.
                var text = Encoding.UTF8.GetBytes(Lines(random, 1 + random.Next(50)));
                var invalid = new List<byte>(text);
                for (var i = random.Next(1, 10); i > 0; i--)
                {
                    byte[][] sequences = [[0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
                    invalid.InsertRange(random.Next(invalid.Count + 1), sequences[random.Next(sequences.Length)]);
                }

                return ("lines with invalid UTF-8", new InMemoryAdditionalText(path, invalid.ToArray()));
            case 2:
                return ("random lines", new InMemoryAdditionalText(path, Lines(random, 1 + random.Next(200))));
            case 3:
                var stars = new string('*', 1 + random.Next(64));
                var tail = new string('a', random.Next(3)) + (random.Next(2) == 0 ? "b" : "a");
                return ($"star patterns ({stars.Length} stars)", new InMemoryAdditionalText(path, $"{stars}{tail}\n{stars}.{stars}{tail}\n*a*a*a*a*a*a*a*a*a*a*b\n?{stars}?\n"));
            case 4:
                return ("a 100,000-character line", new InMemoryAdditionalText(path, LongLine(random, 100_000)));
            default:
                return ("2,000 lines", new InMemoryAdditionalText(path, Lines(random, 2_000)));
        }
    }

    public static string Lines(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var line = 0; line < count; line++)
        {
            for (var i = random.Next(8); i > 0; i--)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            builder.Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return builder.ToString();
    }

    public static string LongLine(Random random, int length)
    {
        var builder = new StringBuilder(length + 1);
        string[] patterns = ["*a", "a", "?", "*", "[", "]", "ab", "."];
        var pattern = random.Next(4);
        while (builder.Length < length)
        {
            builder.Append(pattern switch
            {
                0 => "*a",
                1 => "a",
                2 => patterns[random.Next(patterns.Length)],
                _ => "*",
            });
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>
    /// The fixed hostile inputs the issue names, each as (description, text or bytes): a 10 MB line, 100,000 lines,
    /// <c>****************a</c> against long names, random bytes, invalid UTF-8.
    /// </summary>
    /// <param name="path">The manifest's path.</param>
    /// <param name="heavy">Also the inputs that take a second or more each (the 10 MB star line, 100,000 star patterns).</param>
    public static IEnumerable<(string What, AdditionalText File)> Named(string path, bool heavy = true)
    {
        var random = new Random(7);
        if (heavy)
        {
            yield return ("a 10 MB line of '*a'", new InMemoryAdditionalText(path, new StringBuilder().Insert(0, "*a", 5_000_000).Append("b\n").ToString()));
            yield return ("100,000 star patterns", new InMemoryAdditionalText(path, string.Concat(Enumerable.Range(0, 100_000).Select(i => $"*{i % 97}*a*\n"))));
        }

        yield return ("a 10 MB line of letters", new InMemoryAdditionalText(path, new string('a', 10_000_000) + "\n"));
        yield return ("a 10 MB line of unterminated '['", new InMemoryAdditionalText(path, new string('[', 10_000_000) + "\n"));
        yield return ("a 10 MB line of '[a]'", new InMemoryAdditionalText(path, new StringBuilder().Insert(0, "[a]", 3_333_333).Append('\n').ToString()));
        yield return ("a 10 MB line of dots", new InMemoryAdditionalText(path, new string('.', 10_000_000) + "\n"));
        yield return ("100,000 lines", new InMemoryAdditionalText(path, Lines(random, 100_000)));
        yield return ("'****************a' lines", new InMemoryAdditionalText(path, string.Concat(Enumerable.Repeat("****************a\n*a*a*a*a*a*a*a*a*b\nN*aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab*\n", 100))));
        var bytes = new byte[1 << 20];
        random.NextBytes(bytes);
        yield return ("1 MB of random bytes", new InMemoryAdditionalText(path, bytes));
        yield return ("invalid UTF-8 only", new InMemoryAdditionalText(path, Enumerable.Repeat(new byte[] { 0xC0, 0xAF, 0xFF, 0x80, 0x0A }, 10_000).SelectMany(b => b).ToArray()));
        yield return ("a UTF-16 byte order mark and NULs", new InMemoryAdditionalText(path, new byte[] { 0xFF, 0xFE, 0, 0, 0x41, 0, 0x0A, 0 }));
        yield return ("only separators", new InMemoryAdditionalText(path, "\u2028\u2029\u0085\r\r\n\n\f\v"));
    }
}

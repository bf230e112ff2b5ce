using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Manifest;

/// <summary>
/// Parses an exclusion manifest. Reads each line once, left to right; a bad line becomes a
/// <see cref="ManifestError"/> and the rest of the file still applies. Never throws on any input.
/// </summary>
internal static class ManifestParser
{
    private const string PresetPrefix = "preset:";

    public static ManifestText Parse(SourceText text)
    {
        var lines = ImmutableArray.CreateBuilder<ManifestLine>();
        var errors = ImmutableArray.CreateBuilder<ManifestError>();
        foreach (var line in text.Lines)
        {
            var span = Trim(text, line.Span);
            if (span.IsEmpty || text[span.Start] == '#')
            {
                continue;
            }

            var content = text.ToString(span);
            var lineNumber = line.LineNumber + 1;
            var result = ParseLine(content, out var entries);
            if (result is null)
            {
                lines.Add(new ManifestLine(lineNumber, span, entries));
            }
            else
            {
                errors.Add(new ManifestError(lineNumber, span, result));
            }
        }

        return new ManifestText(lines.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>Parses one non-empty, non-comment line; returns the error, or <see langword="null"/> when it is valid.</summary>
    public static string? ParseLine(string content, out ImmutableArray<ManifestEntry> entries)
    {
        entries = ImmutableArray<ManifestEntry>.Empty;
        if (content.StartsWith(PresetPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var name = content.Substring(PresetPrefix.Length).Trim();
            if (!Presets.All.TryGetValue(name, out var presetLines))
            {
                return $"unknown preset '{Shorten(name)}'; the presets are {string.Join(", ", Presets.All.Keys.OrderBy(k => k, StringComparer.Ordinal))}";
            }

            var builder = ImmutableArray.CreateBuilder<ManifestEntry>(presetLines.Length);
            foreach (var presetLine in presetLines)
            {
                if (ParseEntry(presetLine, name, out var entry) is null)
                {
                    builder.Add(entry!);
                }
            }

            entries = builder.ToImmutable();
            return null;
        }

        var error = ParseEntry(content, preset: null, out var parsed);
        if (error is null)
        {
            entries = ImmutableArray.Create(parsed!);
        }

        return error;
    }

    private static string? ParseEntry(string content, string? preset, out ManifestEntry? entry)
    {
        entry = null;
        var parts = new List<string>(2);
        var current = new StringBuilder();
        var quoted = false;
        var owner = (string?)null;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            switch (c)
            {
                case '[':
                case '"':
                    var close = c == '[' ? ']' : '"';
                    var end = content.IndexOf(close, i + 1);
                    if (end < 0)
                    {
                        return $"unterminated {(c == '[' ? "'['" : "'\"'")} in '{Shorten(content)}'";
                    }

                    current.Append(content, i + 1, end - i - 1);
                    quoted = true;
                    i = end;
                    break;
                case '.':
                    parts.Add(Finish(current, quoted));
                    current.Clear();
                    quoted = false;
                    break;
                case ';':
                    owner = content.Substring(i + 1).Trim();
                    i = content.Length;
                    break;
                default:
                    if (char.IsControl(c) && c != '\t' || c == '\uFFFD')
                    {
                        return $"invalid character U+{(int)c:X4} in '{Shorten(content)}'";
                    }

                    current.Append(c);
                    break;
            }
        }

        parts.Add(Finish(current, quoted));
        if (parts.Count > 2)
        {
            return $"'{Shorten(content)}' has too many dots: write [schema.]table, and quote a name that contains a dot as [my.table] or \"my.table\"";
        }

        if (parts.Any(p => p.Length == 0))
        {
            return $"'{Shorten(content)}' has an empty {(parts.Count == 2 && parts[0].Length == 0 ? "schema" : "table")} name";
        }

        entry = new ManifestEntry(
            parts.Count == 2 ? WildcardPattern.Create(parts[0]) : null,
            WildcardPattern.Create(parts[parts.Count - 1]),
            string.IsNullOrEmpty(owner) ? null : owner,
            preset);
        return null;
    }

    private static string Finish(StringBuilder part, bool quoted) => quoted ? part.ToString() : part.ToString().Trim();

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";

    private static TextSpan Trim(SourceText text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}

using System;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>Finds text in a <see cref="SourceText"/> without building a string or a syntax tree's red nodes.</summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 8192;

    [ThreadStatic]
    private static char[]? t_buffer;

    public static bool Contains(SourceText text, string value, bool ignoreCase = false)
    {
        if (value.Length == 0 || value.Length > ChunkSize)
        {
            return value.Length == 0;
        }

        var buffer = t_buffer ??= new char[ChunkSize * 2];
        var first = value[0];
        var firstOther = ignoreCase ? (char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first)) : first;

        // Chunks overlap by value.Length - 1 characters, so a match across a chunk border is still seen.
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize + value.Length - 1, text.Length - start);
            if (count < value.Length)
            {
                break;
            }

            text.CopyTo(start, buffer, 0, count);
            // Candidates are the positions of the first character; IndexOfAny finds them vectorized.
            var candidates = new ReadOnlySpan<char>(buffer, 0, count - value.Length + 1);
            for (var i = 0; i < candidates.Length; i++)
            {
                var found = first == firstOther ? candidates.Slice(i).IndexOf(first) : candidates.Slice(i).IndexOfAny(first, firstOther);
                if (found < 0)
                {
                    break;
                }

                i += found;
                if (RestMatches(buffer, i, value, ignoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool RestMatches(char[] buffer, int start, string value, bool ignoreCase)
    {
        for (var j = 1; j < value.Length; j++)
        {
            var c = buffer[start + j];
            if (c != value[j] && !(ignoreCase && char.ToUpperInvariant(c) == char.ToUpperInvariant(value[j])))
            {
                return false;
            }
        }

        return true;
    }
}

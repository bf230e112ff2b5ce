using System;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>Finds text in a <see cref="SourceText"/> without building a string or a syntax tree's red nodes.</summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 4096;

    public static bool Contains(SourceText text, string value, bool ignoreCase = false)
    {
        if (value.Length == 0 || value.Length > ChunkSize)
        {
            return value.Length == 0;
        }

        // Chunks overlap by value.Length - 1 characters, so a match across a chunk border is still seen.
        var buffer = new char[ChunkSize + value.Length];
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize + value.Length - 1, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (IndexOf(buffer, count, value, ignoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(char[] buffer, int count, string value, bool ignoreCase)
    {
        for (var i = 0; i + value.Length <= count; i++)
        {
            var j = 0;
            while (j < value.Length && (buffer[i + j] == value[j] || (ignoreCase && char.ToUpperInvariant(buffer[i + j]) == char.ToUpperInvariant(value[j]))))
            {
                j++;
            }

            if (j == value.Length)
            {
                return i;
            }
        }

        return -1;
    }
}

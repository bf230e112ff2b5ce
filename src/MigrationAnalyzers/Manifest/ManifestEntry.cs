using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Manifest;

/// <summary>One protected-table pattern: <c>[schema.]table[;owner]</c>.</summary>
internal sealed class ManifestEntry
{
    public ManifestEntry(WildcardPattern? schema, WildcardPattern table, string? owner, string? preset)
    {
        Schema = schema;
        Table = table;
        Owner = owner;
        Preset = preset;
    }

    /// <summary>The schema pattern; <see langword="null"/> matches any schema.</summary>
    public WildcardPattern? Schema { get; }

    public WildcardPattern Table { get; }

    /// <summary>Who manages the table, as the manifest says after <c>;</c>.</summary>
    public string? Owner { get; }

    /// <summary>The preset the entry comes from, if any.</summary>
    public string? Preset { get; }
}

/// <summary>A line of a manifest that contributes entries (an entry line, or a <c>preset:</c> line).</summary>
internal sealed class ManifestLine
{
    public ManifestLine(int lineNumber, TextSpan span, ImmutableArray<ManifestEntry> entries)
    {
        LineNumber = lineNumber;
        Span = span;
        Entries = entries;
    }

    /// <summary>1-based, as editors show it.</summary>
    public int LineNumber { get; }

    public TextSpan Span { get; }

    public ImmutableArray<ManifestEntry> Entries { get; }
}

/// <summary>A line of a manifest that could not be read, and why.</summary>
internal sealed class ManifestError
{
    public ManifestError(int lineNumber, TextSpan span, string message)
    {
        LineNumber = lineNumber;
        Span = span;
        Message = message;
    }

    public int LineNumber { get; }

    public TextSpan Span { get; }

    public string Message { get; }
}

/// <summary>A parsed manifest text: its entry lines and its errors. Independent of the file's path.</summary>
internal sealed class ManifestText
{
    public ManifestText(ImmutableArray<ManifestLine> lines, ImmutableArray<ManifestError> errors)
    {
        Lines = lines;
        Errors = errors;
    }

    public ImmutableArray<ManifestLine> Lines { get; }

    public ImmutableArray<ManifestError> Errors { get; }
}

using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Manifest;

/// <summary>An exclusion manifest among the AdditionalFiles, parsed once per text.</summary>
internal sealed class LoadedManifest
{
    /// <summary>Parses each manifest text once, for every compilation that sees the same text.</summary>
    public static readonly SourceTextValueProvider<ManifestText> Parser = new(ManifestParser.Parse);

    private LoadedManifest(string path, SourceText source, ManifestText text)
    {
        Path = path;
        Source = source;
        Text = text;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public SourceText Source { get; }

    public ManifestText Text { get; }

    /// <summary><c>MigrationExclusions.txt</c> and <c>MigrationExclusions.*.txt</c>, in any folder, any case.</summary>
    public static bool IsManifest(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.StartsWith("MigrationExclusions", StringComparison.OrdinalIgnoreCase)
               && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
               && (name.Length == "MigrationExclusions.txt".Length || name["MigrationExclusions".Length] == '.');
    }

    /// <param name="files">The compilation's AdditionalFiles.</param>
    /// <param name="parse">Parses a text, through the <see cref="Parser"/> cache of the analysis context.</param>
    /// <param name="cancellationToken">Stops reading files.</param>
    public static ImmutableArray<LoadedManifest> Load(ImmutableArray<AdditionalText> files, Func<SourceText, ManifestText> parse, CancellationToken cancellationToken)
    {
        var manifests = ImmutableArray.CreateBuilder<LoadedManifest>();
        foreach (var file in files)
        {
            if (IsManifest(file.Path) && file.GetText(cancellationToken) is { } source)
            {
                manifests.Add(new LoadedManifest(file.Path, source, parse(source)));
            }
        }

        return manifests.ToImmutable();
    }

    public Location LocationOf(TextSpan span) => Location.Create(Path, span, Source.Lines.GetLinePositionSpan(span));
}

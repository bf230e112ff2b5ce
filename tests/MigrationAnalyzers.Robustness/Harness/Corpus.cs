using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Robustness;

/// <summary>
/// The projects the mutants start from: the real dotnet-ef histories (three providers), the Hangfire scaffold
/// (two providers, with <c>preset:hangfire</c>) and the sample (with its manifest). Parsed once; a mutant
/// shares every tree it does not change, as the IDE's next compilation after a keystroke does.
/// </summary>
public sealed class CorpusProject
{
    public CorpusProject(string name, OutputKind outputKind, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles)
    {
        Name = name;
        OutputKind = outputKind;
        Trees = trees;
        AdditionalFiles = additionalFiles;
    }

    public string Name { get; }

    public OutputKind OutputKind { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public override string ToString() => Name;
}

public static class Corpus
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<CorpusProject>> LazyProjects = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static ImmutableArray<CorpusProject> Projects => LazyProjects.Value;

    /// <summary>The global usings the SDK adds with ImplicitUsings, as the fixtures and the sample have.</summary>
    public static SyntaxTree ImplicitUsings { get; } = CSharpSyntaxTree.ParseText(
        """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """,
        ParseOptions,
        "obj/ImplicitUsings.g.cs");

    public static CSharpCompilation Compile(ImmutableArray<SyntaxTree> trees, OutputKind outputKind)
        => CSharpCompilation.Create(
            "ProjectUnderTest",
            trees.Add(ImplicitUsings),
            RobustnessReferences.All,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string text, string path)
        => CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

    private static ImmutableArray<CorpusProject> Load()
    {
        const string ef = "tests/Fixtures/EfHistories";
        const string hangfire = "tests/Fixtures/HangfireScaffold";
        const string renames = "tests/Fixtures/RenameHistories";
        var hangfireManifest = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("MigrationExclusions.txt", "preset:hangfire\n"));
        return ImmutableArray.Create(
            Project("EfHistories/SqlServer", OutputKind.DynamicallyLinkedLibrary, default, $"{ef}/Model", $"{ef}/Design", $"{ef}/Migrations/SqlServer"),
            Project("EfHistories/Npgsql", OutputKind.DynamicallyLinkedLibrary, default, $"{ef}/Model", $"{ef}/Design", $"{ef}/Migrations/Npgsql"),
            Project("EfHistories/Sqlite", OutputKind.DynamicallyLinkedLibrary, default, $"{ef}/Model", $"{ef}/Design", $"{ef}/Migrations/Sqlite"),
            Project("HangfireScaffold/SqlServer", OutputKind.DynamicallyLinkedLibrary, hangfireManifest, $"{hangfire}/Model", $"{hangfire}/Design", $"{hangfire}/Migrations/SqlServer"),
            Project("HangfireScaffold/Npgsql", OutputKind.DynamicallyLinkedLibrary, hangfireManifest, $"{hangfire}/Model", $"{hangfire}/Design", $"{hangfire}/Migrations/Npgsql"),
            Project("RenameHistories/SqlServer", OutputKind.DynamicallyLinkedLibrary, default, $"{renames}/Model", $"{renames}/Design", $"{renames}/Migrations/SqlServer"),
            Project("RenameHistories/Sqlite", OutputKind.DynamicallyLinkedLibrary, default, $"{renames}/Model", $"{renames}/Design", $"{renames}/Migrations/Sqlite"),
            Project(
                "ShopSample",
                OutputKind.ConsoleApplication,
                ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(
                    "samples/ShopSample/MigrationExclusions.txt",
                    File.ReadAllText(Path.Combine(RepositoryRoot, "samples/ShopSample/MigrationExclusions.txt")))),
                "samples/ShopSample"));
    }

    private static CorpusProject Project(string name, OutputKind kind, ImmutableArray<AdditionalText> additionalFiles, params string[] folders)
    {
        var trees = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/')))
            .ToImmutableArray();
        return new CorpusProject(name, kind, trees, additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MigrationAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MigrationAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>An AdditionalFile held in memory: a text, or raw bytes decoded as the compiler would (invalid UTF-8 included).</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        using var stream = new MemoryStream(bytes, writable: false);
        _text = SourceText.From(stream, Encoding.UTF8, throwIfBinaryDetected: false);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>.NET 10 reference assemblies (nothing is downloaded) and the real EF Core assemblies, providers included.</summary>
public static class RobustnessReferences
{
    public static readonly ImmutableArray<MetadataReference> All = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Concat(EntityFrameworkAssemblies())
        .ToImmutableArray();

    private static ImmutableArray<MetadataReference> EntityFrameworkAssemblies()
    {
        var directory = Path.GetDirectoryName(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).Assembly.Location)!;
        string[] prefixes =
        [
            "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient",
            "Microsoft.Extensions.", "SQLitePCLRaw",
        ];
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(path => prefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

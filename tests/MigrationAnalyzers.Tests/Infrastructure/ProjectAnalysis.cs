using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>Compiles real project sources from the repository in memory and runs the analyzers over them.</summary>
internal static class ProjectAnalysis
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The C# files under the given folders (relative to the repository root), bin and obj left out.</summary>
    public static ImmutableArray<SyntaxTree> Parse(params string[] folders)
        => folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(
                SourceText.From(File.ReadAllText(path), Encoding.UTF8),
                new CSharpParseOptions(LanguageVersion.CSharp12),
                Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/')))
            .ToImmutableArray();

    /// <summary>The global usings the SDK adds for projects with ImplicitUsings enabled, as the fixture and sample have.</summary>
    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(
        """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """,
        new CSharpParseOptions(LanguageVersion.CSharp12),
        "obj/ImplicitUsings.g.cs");

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            "ProjectUnderTest",
            trees.Append(ImplicitUsings),
            TestReferences.All,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// The analyzer's diagnostics, sorted by file and position. Throws when the sources do not compile or an
    /// analyzer throws (AD0001), so a fixture test fails loudly rather than passing on an empty result.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
        => AnalyzeAsync(compilation, ImmutableArray<AdditionalText>.Empty, analyzers);

    /// <summary>Like <see cref="AnalyzeAsync(Compilation, DiagnosticAnalyzer[])"/>, with AdditionalFiles such as exclusion manifests.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, params DiagnosticAnalyzer[] analyzers)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The sources do not compile:\n" + string.Join("\n", errors.Take(10)));
        }

        return AnalyzeAllowingErrorsAsync(compilation, additionalFiles, analyzers);
    }

    /// <summary>Like <see cref="AnalyzeAsync"/> for code that does not compile (yet), as the IDE sees it.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAllowingErrorsAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
        => AnalyzeAllowingErrorsAsync(compilation, ImmutableArray<AdditionalText>.Empty, analyzers);

    /// <summary>Like <see cref="AnalyzeAsync(Compilation, DiagnosticAnalyzer[])"/>, with global analyzer options as a <c>.globalconfig</c> gives them.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, IReadOnlyDictionary<string, string> globalOptions, params DiagnosticAnalyzer[] analyzers)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The sources do not compile:\n" + string.Join("\n", errors.Take(10)));
        }

        return AnalyzeAllowingErrorsAsync(compilation, ImmutableArray<AdditionalText>.Empty, analyzers, new GlobalOptionsProvider(globalOptions));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAllowingErrorsAsync(
        Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, DiagnosticAnalyzer[] analyzers, AnalyzerConfigOptionsProvider? configOptions = null)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            configOptions is null ? new AnalyzerOptions(additionalFiles) : new AnalyzerOptions(additionalFiles, configOptions),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(analyzers.ToImmutableArray(), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (exceptions.Count > 0 || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("An analyzer threw:\n" + string.Join("\n", exceptions) + string.Join("\n", diagnostics.Where(d => d.Id == "AD0001")));
        }

        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    /// <summary>A file of the repository as an AdditionalFile, named by its path relative to the root.</summary>
    public static AdditionalText AdditionalFile(string relativePath) => new RepositoryFile(relativePath);

    /// <summary>"MIG1001 path/to/file.cs:14: message", the form the expectations are written in.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}:{span.StartLinePosition.Line + 1}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
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

    /// <summary>Options set for the whole compilation, as in a <c>.globalconfig</c>; no file has options of its own.</summary>
    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global = new(values);
        private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override System.Collections.Generic.IEnumerable<string> Keys => values.Keys;

            #pragma warning disable CS8765
            public override bool TryGetValue(string key, out string value)
#pragma warning restore CS8765
            {
                if (values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }

                value = null!;
                return false;
            }
        }
    }

    private sealed class RepositoryFile(string relativePath) : AdditionalText
    {
        public override string Path => relativePath;

        public override SourceText GetText(CancellationToken cancellationToken = default)
            => SourceText.From(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot, relativePath)), Encoding.UTF8);
    }
}

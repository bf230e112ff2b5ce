using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Benchmarks;

/// <summary>One workload: the files of a project that holds migrations.</summary>
public sealed record Workload(string Name, IReadOnlyList<(string Path, string Text)> Files, int Migrations)
{
    public long SourceBytes => Files.Sum(f => (long)f.Text.Length);
}

/// <summary>What one workload measured; times in milliseconds, medians over the repetitions.</summary>
public sealed record Result(
    string Workload,
    int Migrations,
    long SourceBytes,
    int Diagnostics,
    double CompilerMs,
    double AnalyzerMs,
    double AnalyzerCpuMs,
    double FloorCpuMs,
    double EditMs,
    double EditFloorMs,
    double EditOursMs,
    long FullAllocatedBytes,
    long EditAllocatedBytes)
{
    public double AnalyzerShareOfCompiler => AnalyzerMs / CompilerMs;

    public double AnalyzerCpuShareOfCompiler => AnalyzerCpuMs / CompilerMs;

    public double AnalyzerOverFloor => AnalyzerCpuMs / Math.Max(FloorCpuMs, 0.001);

    public double MicrosecondsPerMigration => AnalyzerCpuMs * 1000 / Math.Max(Migrations, 1);
}

/// <summary>
/// Measures, for one workload: the compiler's own time (<c>GetDiagnostics()</c>); our analyzer's execution time
/// over the whole compilation (<c>logAnalyzerExecutionTime</c>) with cold per-tree caches, as in a build; the
/// same for a floor analyzer that registers the same actions and does nothing; the analysis of one migration
/// after a one-character edit (a new compilation sharing every other tree, as in the IDE); and the bytes our
/// analyzer allocates in a full analysis and in the single-document one (what the run allocates with our
/// analyzer, less what it allocates with the floor analyzer: the driver binds the compilation for either).
/// </summary>
public static class Harness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static async Task<Result> MeasureAsync(Workload workload, int repetitions, CancellationToken cancellationToken = default)
    {
        var compiler = new List<double>();
        var analyzer = new List<double>();
        var analyzerCpu = new List<double>();
        var floorCpu = new List<double>();
        var fullAllocated = new List<long>();
        var diagnostics = 0;

        // Warm-up: JIT the compiler, the analyzer and the harness on this workload once.
        await AnalyzeAsync(Compile(Parse(workload)), new MigrationOperationsAnalyzer(), cancellationToken).ConfigureAwait(false);

        for (var run = 0; run < repetitions; run++)
        {
            // Fresh trees each time: the per-tree caches start cold, as in a command-line build.
            var compilation = Compile(Parse(workload));
            var stopwatch = Stopwatch.StartNew();
            compilation.GetDiagnostics(cancellationToken);
            compiler.Add(stopwatch.Elapsed.TotalMilliseconds);

            var cold = Compile(Parse(workload));
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var (time, cpu, count) = await AnalyzeAsync(cold, new MigrationOperationsAnalyzer(), cancellationToken).ConfigureAwait(false);
            fullAllocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            analyzer.Add(time);
            analyzerCpu.Add(cpu);
            diagnostics = count;

            // The driver binds the whole compilation for either analyzer; what ours allocates is the difference.
            var floorCompilation = Compile(Parse(workload));
            before = GC.GetTotalAllocatedBytes(precise: true);
            var (_, floorCpuTime, _) = await AnalyzeAsync(floorCompilation, new FloorAnalyzer(), cancellationToken).ConfigureAwait(false);
            fullAllocated[fullAllocated.Count - 1] -= GC.GetTotalAllocatedBytes(precise: true) - before;
            floorCpu.Add(floorCpuTime);
        }

        var (edit, editFloor, editOurs, editAllocated) = await MeasureEditAsync(workload, Math.Max(repetitions * 4, 8), cancellationToken).ConfigureAwait(false);
        return new Result(
            workload.Name,
            workload.Migrations,
            workload.SourceBytes,
            diagnostics,
            Median(compiler),
            Median(analyzer),
            Median(analyzerCpu),
            Median(floorCpu),
            edit,
            editFloor,
            editOurs,
            (long)Median(fullAllocated.Select(b => (double)b).ToList()),
            editAllocated);
    }

    /// <summary>
    /// The IDE's case: the user types one character in the newest migration's <c>Up()</c>. The new compilation
    /// shares every other tree with the old one, whose analysis already ran. Times <c>GetAnalyzerSemanticDiagnosticsAsync</c>
    /// for that one tree with our analyzer, and with the floor analyzer on a twin compilation (the same trees, its
    /// own declaration merge and binding, so neither run inherits the other's work), alternating which runs first.
    /// Returns the medians of both, the median of their per-edit difference (what is ours), and our allocations.
    /// </summary>
    private static async Task<(double Ms, double FloorMs, double OursMs, long AllocatedBytes)> MeasureEditAsync(Workload workload, int edits, CancellationToken cancellationToken)
    {
        var trees = Parse(workload);
        var compilation = Compile(trees);
        await AnalyzeAsync(compilation, new MigrationOperationsAnalyzer(), cancellationToken).ConfigureAwait(false);

        // The newest migration file: the last one, by path, whose Up(MigrationBuilder) has a body.
        var target = trees
            .Where(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Any(m => m.Identifier.ValueText == "Up" && m.ParameterList.Parameters.Count == 1 && m.Body is not null))
            .OrderBy(t => t.FilePath, StringComparer.Ordinal)
            .Last();
        var times = new List<double>();
        var floorTimes = new List<double>();
        var ours = new List<double>();
        var allocated = new List<double>();
        var current = target;
        for (var edit = 0; edit < edits; edit++)
        {
            var edited = TypeOneCharacter(current, edit);
            var next = compilation.ReplaceSyntaxTree(current, edited);
            var twin = compilation.ReplaceSyntaxTree(current, edited);

            double time = 0, floorTime = 0;
            long bytes = 0, floorBytes = 0;
            if (edit % 2 == 0)
            {
                (time, bytes) = await AnalyzeDocumentAsync(next, edited, new MigrationOperationsAnalyzer(), cancellationToken).ConfigureAwait(false);
                (floorTime, floorBytes) = await AnalyzeDocumentAsync(twin, edited, new FloorAnalyzer(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                (floorTime, floorBytes) = await AnalyzeDocumentAsync(twin, edited, new FloorAnalyzer(), cancellationToken).ConfigureAwait(false);
                (time, bytes) = await AnalyzeDocumentAsync(next, edited, new MigrationOperationsAnalyzer(), cancellationToken).ConfigureAwait(false);
            }

            times.Add(time);
            floorTimes.Add(floorTime);
            ours.Add(time - floorTime);
            allocated.Add(bytes - floorBytes);
            compilation = next;
            current = edited;
        }

        // The first edits JIT the single-document paths; report the steady state.
        var steady = times.Count / 4;
        return (
            Median(times.Skip(steady).ToList()),
            Median(floorTimes.Skip(steady).ToList()),
            Median(ours.Skip(steady).ToList()),
            (long)Median(allocated.Skip(steady).ToList()));
    }

    private static async Task<(double Ms, long AllocatedBytes)> AnalyzeDocumentAsync(Compilation compilation, SyntaxTree tree, DiagnosticAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Options());
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, cancellationToken).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        return (elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>Adds or removes a space after <c>Up(MigrationBuilder migrationBuilder)</c>'s opening brace.</summary>
    private static SyntaxTree TypeOneCharacter(SyntaxTree tree, int edit)
    {
        var text = tree.GetText();
        var up = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First(m => m.Identifier.ValueText == "Up" && m.Body is not null);
        var position = up.Body!.OpenBraceToken.Span.End;
        var change = edit % 2 == 0 ? new TextChange(new TextSpan(position, 0), " ") : new TextChange(new TextSpan(position, 1), string.Empty);
        return tree.WithChangedText(text.WithChanges(change));
    }

    /// <summary>The analyzer's telemetry time, its CPU time (<see cref="CpuTimedAnalyzer"/>), and its diagnostic count.</summary>
    private static async Task<(double Ms, double CpuMs, int Diagnostics)> AnalyzeAsync(Compilation compilation, DiagnosticAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var timed = new CpuTimedAnalyzer(analyzer);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(timed), Options());
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(timed, cancellationToken).ConfigureAwait(false);
        if (diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("The analyzer threw: " + diagnostics.First(d => d.Id == "AD0001"));
        }

        return (telemetry.ExecutionTime.TotalMilliseconds, timed.CpuTime.TotalMilliseconds, diagnostics.Length);
    }

    private static CompilationWithAnalyzersOptions Options() => new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: null,
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: true,
        reportSuppressedDiagnostics: false);

    public static ImmutableArray<SyntaxTree> Parse(Workload workload)
        => workload.Files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), ParseOptions, f.Path)).ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Workload",
            trees.Append(CSharpSyntaxTree.ParseText("global using global::System;", ParseOptions, "Usings.cs")),
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}

/// <summary>Registers what <see cref="MigrationOperationsAnalyzer"/> registers, and does nothing: the cost floor.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // Not shipped: a measuring stick for the benchmark only.
public sealed class FloorAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036
{
#pragma warning disable RS2008 // Not shipped: no release tracking for a measuring stick.
    private static readonly DiagnosticDescriptor Never = new("FLOOR0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.Migration") is null)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.MethodDeclaration);
        });
    }
}

/// <summary>.NET 10 reference assemblies and the EF Core assemblies next to this program.</summary>
internal static class References
{
    public static readonly ImmutableArray<MetadataReference> All = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Npgsql", StringComparison.Ordinal)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)))
        .ToImmutableArray();
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Robustness;

/// <summary>Cancellation: analysis of a large history, cancelled mid-way, stops promptly.</summary>
public static class CancellationSuite
{
    /// <param name="migrations">The size of the generated history.</param>
    /// <param name="entities">Entities per model (snapshot and every designer).</param>
    /// <param name="runs">How many cancelled runs, at different points.</param>
    public static async Task<FuzzReport> RunAsync(int migrations, int entities, int runs, TimeSpan bound)
    {
        var report = new FuzzReport("cancellation");
        var stopwatch = Stopwatch.StartNew();

        // One uncancelled run on its own trees, for the full time.
        var full = await AnalysisRunner.AnalyzeAsync(
            Corpus.Compile(Probe.LargeHistory(migrations, entities), OutputKind.DynamicallyLinkedLibrary),
            ImmutableArray<AdditionalText>.Empty,
            TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        report.Failures.AddRange(full.Crashes);
        report.Compilations++;
        report.Measurements.Add(string.Create(CultureInfo.InvariantCulture, $"{migrations} migrations x {entities} entities: full analysis {full.Elapsed.TotalMilliseconds:F0} ms, {full.Diagnostics.Length} diagnostics"));

        var latencies = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            // Fresh trees each run, so no per-tree fact is cached from an earlier one; cancelled from inside the
            // analysis, once a given share of the Up() methods has been seen.
            var compilation = Corpus.Compile(Probe.LargeHistory(migrations, entities), OutputKind.DynamicallyLinkedLibrary);
            using var source = new CancellationTokenSource();
            var cancelledAt = new StrongBox<long>();
            var trigger = new CancelAfterMethods(Math.Max(1, migrations * (run + 1) / (runs + 1)), source, cancelledAt);
            var analyzers = AnalysisRunner.CreateAnalyzers().Add(trigger);
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: run % 2 == 0, logAnalyzerExecutionTime: false);
            report.Compilations++;
            var cancelled = false;
            try
            {
                await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(source.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
            }

            var end = Stopwatch.GetTimestamp();
            if (!cancelled || Interlocked.Read(ref cancelledAt.Value) == 0)
            {
                report.Failures.Add($"run {run}: analysis was not cancelled (the trigger fired: {Interlocked.Read(ref cancelledAt.Value) != 0})");
                continue;
            }

            var latency = Stopwatch.GetElapsedTime(cancelledAt.Value, end).TotalMilliseconds;
            latencies.Add(latency);
            if (latency > bound.TotalMilliseconds)
            {
                report.Failures.Add(string.Create(CultureInfo.InvariantCulture, $"run {run}: analysis went on for {latency:F0} ms after cancellation"));
            }
        }

        report.Inputs = runs;
        if (latencies.Count > 0)
        {
            report.Measurements.Add(string.Create(CultureInfo.InvariantCulture, $"{latencies.Count} cancelled runs: stopped {latencies.Min():F0}-{latencies.Max():F0} ms after cancellation (median {latencies.OrderBy(l => l).ElementAt(latencies.Count / 2):F0} ms)"));
        }

        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    private sealed class StrongBox<T>
    {
        public T Value = default!;
    }

    /// <summary>Cancels the analysis once it has seen <c>count</c> <c>Up()</c> methods, and records when.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // A test-only trigger, never shipped.
    private sealed class CancelAfterMethods(int count, CancellationTokenSource source, StrongBox<long> cancelledAt) : DiagnosticAnalyzer
#pragma warning restore RS1036
    {
        private int _seen;

        // Never reported; an analyzer without any supported diagnostic would not be run at all.
#pragma warning disable RS2008 // Not a shipped rule: no release tracking.
        private static readonly DiagnosticDescriptor Never = new("TRIGGER0001", "Cancels the analysis", "Cancels the analysis", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (((Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax)c.Node).Identifier.ValueText == "Up"
                        && Interlocked.Increment(ref _seen) == count)
                    {
                        Interlocked.Exchange(ref cancelledAt.Value, Stopwatch.GetTimestamp());
                        source.Cancel();
                    }
                },
                SyntaxKind.MethodDeclaration);
        }
    }
}

/// <summary>Concurrency: concurrent analysis, repeated, gives the same diagnostics as a sequential one.</summary>
public static class ConcurrencySuite
{
    public static async Task<FuzzReport> RunAsync(int seed, int repetitions, int mutants)
    {
        var report = new FuzzReport("concurrency");
        var stopwatch = Stopwatch.StartNew();
        var subjects = Corpus.Projects.Select(p => (Name: p.Name, p.Trees, p.OutputKind, p.AdditionalFiles)).ToList();
        for (var i = 0; i < mutants; i++)
        {
            var mutant = Mutator.Create(seed, i);
            subjects.Add((mutant.ToString(), mutant.Trees, mutant.Project.OutputKind, mutant.AdditionalFiles));
        }

        foreach (var (name, trees, outputKind, additionalFiles) in subjects)
        {
            report.Inputs++;
            var expected = await Describe(Corpus.Compile(trees, outputKind), additionalFiles, concurrent: false, report).ConfigureAwait(false);
            var runs = new List<Task<ImmutableArray<string>>>();
            for (var run = 0; run < repetitions; run++)
            {
                // Alternate shared trees (warm per-tree caches, raced by the parallel runs) and freshly parsed ones (cold).
                var runTrees = run % 2 == 0 ? trees : trees.Select(t => Corpus.Parse(t.GetText().ToString(), t.FilePath)).ToImmutableArray();
                runs.Add(Task.Run(() => Describe(Corpus.Compile(runTrees, outputKind), additionalFiles, concurrent: true, report)));
            }

            foreach (var result in await Task.WhenAll(runs).ConfigureAwait(false))
            {
                if (!result.SequenceEqual(expected, StringComparer.Ordinal))
                {
                    report.Failures.Add($"{name}: a concurrent run differs:\n  expected: {string.Join("\n            ", expected)}\n  actual:   {string.Join("\n            ", result)}");
                }
            }
        }

        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    private static async Task<ImmutableArray<string>> Describe(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, bool concurrent, FuzzReport report)
    {
        var outcome = await AnalysisRunner.AnalyzeAsync(compilation, additionalFiles, MutationSuite.AnalysisTimeout, concurrent).ConfigureAwait(false);
        lock (report)
        {
            report.Compilations++;
            report.Failures.AddRange(outcome.Crashes);
        }

        return outcome.Diagnostics.Select(AnalysisRunner.Describe).ToImmutableArray();
    }
}

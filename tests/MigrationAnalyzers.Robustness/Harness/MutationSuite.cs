using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MigrationAnalyzers.Robustness;

/// <summary>The figures of a mutation run.</summary>
public sealed class MutationReport
{
    public int Compilations { get; set; }

    public int Diagnostics { get; set; }

    public int MutantsWithCompileErrors { get; set; }

    public int DiagnosticsWithFixes { get; set; }

    public int FixesApplied { get; set; }

    public int CodeFixProviders { get; set; }

    public TimeSpan Elapsed { get; set; }

    public TimeSpan SlowestAnalysis { get; set; }

    public string SlowestMutant { get; set; } = string.Empty;

    public ConcurrentBag<string> Crashes { get; } = new();

    public ConcurrentBag<string> Timeouts { get; } = new();

    public ConcurrentBag<string> BrokenFixes { get; } = new();

    public ConcurrentDictionary<string, int> MutationsByOperator { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> DiagnosticsById { get; } = new(StringComparer.Ordinal);

    public bool Passed => Crashes.IsEmpty && Timeouts.IsEmpty && BrokenFixes.IsEmpty;
}

/// <summary>Makes mutants, analyzes each one, and applies every offered code fix to what it reports.</summary>
public static class MutationSuite
{
    /// <summary>A generous bound on one mutant's analysis: the slowest takes well under a second.</summary>
    public static readonly TimeSpan AnalysisTimeout = TimeSpan.FromSeconds(60);

    public static async Task<MutationReport> RunAsync(
        int seed,
        int first,
        int count,
        FixCheckScope scope,
        ImmutableArray<CodeFixProvider> providers,
        int parallelism,
        Action<string>? log = null,
        bool countCompileErrors = false,
        bool verbose = false,
        DiagnosticDump? dump = null,
        CancellationToken cancellationToken = default)
    {
        var report = new MutationReport { CodeFixProviders = providers.Length };
        var slowestTicks = 0L;
        var gate = new object();
        var done = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(first, count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var mutant = Mutator.Create(seed, index);
                if (verbose)
                {
                    log?.Invoke($"  start #{index}");
                }
                foreach (var mutation in mutant.Mutations)
                {
                    var name = mutation.Substring(0, Math.Max(0, mutation.IndexOf(':', StringComparison.Ordinal)));
                    report.MutationsByOperator.AddOrUpdate(name, 1, (_, n) => n + 1);
                }

                var compilation = Corpus.Compile(mutant.Trees, mutant.Project.OutputKind);
                var outcome = await AnalysisRunner.AnalyzeAsync(compilation, mutant.AdditionalFiles, AnalysisTimeout, cancellationToken: token).ConfigureAwait(false);
                foreach (var crash in outcome.Crashes)
                {
                    report.Crashes.Add($"{mutant}\n{crash}");
                    log?.Invoke($"CRASH {mutant}\n{crash}");
                }

                if (dump is not null)
                {
                    await dump.AddAsync(mutant, compilation, outcome.Diagnostics, token).ConfigureAwait(false);
                }

                if (outcome.TimedOut)
                {
                    report.Timeouts.Add(mutant.ToString());
                    log?.Invoke($"TIMEOUT {mutant}");
                }

                var fixes = await FixChecker.CheckAsync(
                    mutant.Trees, mutant.Project.OutputKind, mutant.AdditionalFiles, providers, outcome.Diagnostics.Select(d => d.Id), scope, token).ConfigureAwait(false);
                foreach (var broken in fixes.BrokenFixes)
                {
                    report.BrokenFixes.Add($"{mutant}\n{broken}");
                    log?.Invoke($"BROKEN FIX {mutant}\n{broken}");
                }

                // Parse and declaration errors only: binding every method body again would double the run's time.
                var hasErrors = countCompileErrors && compilation.GetParseDiagnostics(token).Concat(compilation.GetDeclarationDiagnostics(token))
                    .Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
                lock (gate)
                {
                    report.Compilations++;
                    report.Diagnostics += outcome.Diagnostics.Length;
                    report.DiagnosticsWithFixes += fixes.DiagnosticsWithFixes;
                    report.FixesApplied += fixes.ActionsApplied;
                    report.MutantsWithCompileErrors += hasErrors ? 1 : 0;
                    if (outcome.Elapsed.Ticks > slowestTicks)
                    {
                        slowestTicks = outcome.Elapsed.Ticks;
                        report.SlowestMutant = mutant.ToString();
                    }
                }

                foreach (var diagnostic in outcome.Diagnostics)
                {
                    report.DiagnosticsById.AddOrUpdate(diagnostic.Id, 1, (_, n) => n + 1);
                }

                var finished = Interlocked.Increment(ref done);
                if (verbose)
                {
                    log?.Invoke($"  {outcome.Elapsed.TotalMilliseconds,6:F0} ms {mutant}");
                }

                if (log is not null && finished % 250 == 0)
                {
                    log($"  {finished}/{count} mutants, {stopwatch.Elapsed.TotalSeconds:F0} s");
                }
            }).ConfigureAwait(false);

        report.Elapsed = stopwatch.Elapsed;
        report.SlowestAnalysis = TimeSpan.FromTicks(slowestTicks);
        return report;
    }
}

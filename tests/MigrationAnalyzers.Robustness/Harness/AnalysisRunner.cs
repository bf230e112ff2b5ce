using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Robustness;

/// <summary>What one analysis of one compilation gave: its diagnostics, and every way an analyzer failed.</summary>
public sealed class AnalysisOutcome
{
    public AnalysisOutcome(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> crashes, TimeSpan elapsed, bool timedOut)
    {
        Diagnostics = diagnostics;
        Crashes = crashes;
        Elapsed = elapsed;
        TimedOut = timedOut;
    }

    /// <summary>The analyzers' own diagnostics (AD0001 and the like are in <see cref="Crashes"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Exceptions through <c>onAnalyzerException</c>, AD0001/AD0002 diagnostics, and exceptions out of the driver.</summary>
    public ImmutableArray<string> Crashes { get; }

    public TimeSpan Elapsed { get; }

    public bool TimedOut { get; }
}

/// <summary>Runs every analyzer of the MigrationAnalyzers assembly over a compilation and records what went wrong.</summary>
public static class AnalysisRunner
{
    /// <summary>Every <see cref="DiagnosticAnalyzer"/> in the analyzer assembly, found by reflection so new ones are covered too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
        => typeof(MigrationOperationsAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static async Task<AnalysisOutcome> AnalyzeAsync(
        Compilation compilation,
        ImmutableArray<AdditionalText> additionalFiles,
        TimeSpan timeout,
        bool concurrentAnalysis = false,
        ImmutableArray<DiagnosticAnalyzer> analyzers = default,
        CancellationToken cancellationToken = default)
    {
        analyzers = analyzers.IsDefault ? CreateAnalyzers() : analyzers;
        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (crashes)
                {
                    crashes.Add($"{analyzer.GetType().Name} threw {exception}");
                }
            },
            concurrentAnalysis: concurrentAnalysis,
            logAnalyzerExecutionTime: false);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        var timedOut = false;
        try
        {
            // A watchdog as well as the token: if the compiler itself never returns (it binds some nestings in
            // exponential time), the run records a timeout and goes on.
            var analysis = Task.Run(() => compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(timeoutSource.Token), CancellationToken.None);
            if (await Task.WhenAny(analysis, Task.Delay(timeout + timeout, cancellationToken)).ConfigureAwait(false) != analysis)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new OperationCanceledException("the analysis did not stop when cancelled");
            }

            diagnostics = await analysis.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
        }
#pragma warning disable CA1031 // Anything out of the driver is a failure to record, not to rethrow.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            crashes.Add("analysis threw " + exception);
        }

        stopwatch.Stop();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id is "AD0001" or "AD0002")
            {
                crashes.Add(diagnostic.ToString());
            }
        }

        var own = diagnostics
            .Where(d => d.Id is not ("AD0001" or "AD0002"))
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        ImmutableArray<string> crashList;
        lock (crashes)
        {
            crashList = crashes.ToImmutableArray();
        }

        return new AnalysisOutcome(own, crashList, stopwatch.Elapsed, timedOut);
    }

    /// <summary>Everything a diagnostic says, for comparing runs: id, place, message, additional locations, properties.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var additional = string.Join(",", diagnostic.AdditionalLocations.Select(l => $"{l.GetLineSpan().Path}@{l.SourceSpan}"));
        var properties = string.Join(",", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return $"{diagnostic.Id} {span.Path}@{diagnostic.Location.SourceSpan}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)} [{additional}] {{{properties}}}";
    }
}

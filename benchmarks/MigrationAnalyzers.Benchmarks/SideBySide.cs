using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Benchmarks;

/// <summary>One run of one analyzer set: wall-clock telemetry and CPU time of its callbacks, summed over its analyzers.</summary>
public sealed record SetRun(double TelemetryMs, double CpuMs, int Diagnostics, long AllocatedBytes = 0);

/// <summary>What the side-by-side measurement of one workload gave: every run of the compiler and of each set.</summary>
public sealed class SideBySideResult(Workload workload)
{
    public Workload Workload { get; } = workload;

    /// <summary>Errors of the compilation: the project's own types are absent, as in a half-typed document.</summary>
    public int CompilerErrors { get; internal set; }

    /// <summary>The most frequent error ids, with their counts.</summary>
    public string CommonErrors { get; internal set; } = string.Empty;

    public List<double> CompilerMs { get; } = [];

    /// <summary>The process's CPU time (all threads) during the compiler's runs: the compiler's work, whatever else the machine runs.</summary>
    public List<double> CompilerCpuMs { get; } = [];

    public Dictionary<string, List<SetRun>> Runs { get; } = new(StringComparer.Ordinal);

    public double CompilerMin => CompilerMs.Min();

    public double CompilerCpuMin => CompilerCpuMs.Min();

    public double Min(string set, bool cpu) => Runs[set].Min(r => cpu ? r.CpuMs : r.TelemetryMs);

    public double Median(string set, bool cpu) => SideBySide.Median(Runs[set].Select(r => cpu ? r.CpuMs : r.TelemetryMs));

    public int Diagnostics(string set) => Runs[set][^1].Diagnostics;
}

/// <summary>
/// Runs several analyzer sets on the same workload, side by side in one process: each run on its own compilation of
/// freshly parsed trees of the same files (our per-tree caches and Roslyn's red nodes start cold, as in a command-line
/// build, and no set inherits another's binding), the compiler alone among them, the order rotating from one
/// repetition to the next. A full collection runs before each run, outside the measured window.
/// </summary>
public static class SideBySide
{
    private const string CompilerSlot = "compiler";

    /// <summary>Compiles and analyzes a tiny history once with every set, so that no workload pays for the JIT.</summary>
    public static async Task WarmUpAsync(ImmutableArray<AnalyzerSet> sets, CancellationToken cancellationToken = default)
    {
        var workload = new Workload("warm-up", HistoryGenerator.Generate(migrations: 30, entities: 3), 30);
        Harness.Compile(Harness.Parse(workload)).GetDiagnostics(cancellationToken);
        foreach (var set in sets)
        {
            await RunAsync(Harness.Compile(Harness.Parse(workload)), set, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<SideBySideResult> MeasureAsync(
        Workload workload, ImmutableArray<AnalyzerSet> sets, int repetitions, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        var slots = new[] { CompilerSlot }.Concat(sets.Select(s => s.Name)).ToArray();
        var result = new SideBySideResult(workload);
        foreach (var set in sets)
        {
            result.Runs[set.Name] = [];
        }

        for (var run = 0; run < repetitions; run++)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = slots[(i + run) % slots.Length];
                var compilation = Harness.Compile(Harness.Parse(workload));
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                if (slot == CompilerSlot)
                {
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var stopwatch = Stopwatch.StartNew();
                    var diagnostics = compilation.GetDiagnostics(cancellationToken);
                    var elapsed = stopwatch.Elapsed.TotalMilliseconds;
                    var cpuElapsed = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                    result.CompilerCpuMs.Add(cpuElapsed);
                    var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    result.CompilerErrors = errors.Count;
                    result.CommonErrors = string.Join(", ", errors.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Key} ×{g.Count()}"));
                    result.CompilerMs.Add(elapsed);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"  run {run + 1}: compiler {elapsed:0} ms, CPU {cpuElapsed:0} ms, {errors.Count} errors"));
                }
                else
                {
                    var set = sets.First(s => s.Name == slot);
                    var measured = await RunAsync(compilation, set, cancellationToken).ConfigureAwait(false);
                    result.Runs[set.Name].Add(measured);
                    log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"  run {run + 1}: {set.Name} {measured.TelemetryMs:0.0} ms, CPU {measured.CpuMs:0.0} ms, allocated {measured.AllocatedBytes / 1e6:0.00} MB, {measured.Diagnostics} diagnostics"));
                }
            }
        }

        return result;
    }

    /// <summary>One set on one compilation: the telemetry and CPU time of its callbacks, and what it reported.</summary>
    public static async Task<SetRun> RunAsync(Compilation compilation, AnalyzerSet set, CancellationToken cancellationToken)
    {
        // Suppressors are passed as they are: their callbacks run only on diagnostics to suppress, and the telemetry counts them.
        var timed = set.Create().Select(a => a is DiagnosticSuppressor ? a : new CpuTimedAnalyzer(a)).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(timed, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        if (diagnostics.FirstOrDefault(d => d.Id == "AD0001") is { } crash)
        {
            throw new InvalidOperationException($"An analyzer of '{set.Name}' threw: {crash}");
        }

        double telemetry = 0, cpu = 0;
        long allocated = 0;
        foreach (var analyzer in timed)
        {
            telemetry += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds;
            if (analyzer is CpuTimedAnalyzer instrument)
            {
                cpu += instrument.CpuTime.TotalMilliseconds;
                allocated += instrument.AllocatedBytes;
            }
        }

        return new SetRun(telemetry, cpu, diagnostics.Length, allocated);
    }

    /// <summary>The two tables, wall-clock telemetry and CPU, with a total row each.</summary>
    public static string Report(IReadOnlyList<SideBySideResult> results, IReadOnlyList<AnalyzerSet> sets)
    {
        var ours = sets[0].Name;
        var others = sets.Skip(1).Select(s => s.Name).ToList();
        var report = new StringBuilder();
        foreach (var cpu in new[] { false, true })
        {
            report.AppendLine(cpu ? "CPU time of the callbacks (ms):" : "Wall-clock telemetry, GetAnalyzerTelemetryInfoAsync(...).ExecutionTime (ms):");
            report.AppendLine();
            report.Append(cpu ? "| workload | migrations | C# (MB) | compiler errors | compiler, CPU of the process, min (ms) |" : "| workload | migrations | C# (MB) | compiler errors | compiler, min (ms) |");
            foreach (var set in sets)
            {
                report.Append(CultureInfo.InvariantCulture, $" {set.Name}, min | {set.Name}, median |");
            }

            foreach (var other in others)
            {
                report.Append(CultureInfo.InvariantCulture, $" {ours} / {other}, min | {ours} / {other}, median |");
            }

            report.AppendLine(CultureInfo.InvariantCulture, $" {ours} / compiler, min |");
            report.Append("|---|---:|---:|---:|---:|");
            report.Append(string.Concat(Enumerable.Repeat("---:|", (sets.Count * 2) + (others.Count * 2) + 1)));
            report.AppendLine();

            foreach (var result in results)
            {
                AppendRow(
                    report,
                    result.Workload.Name,
                    result.Workload.Migrations,
                    result.Workload.SourceBytes,
                    result.CompilerErrors.ToString(CultureInfo.InvariantCulture),
                    cpu ? result.CompilerCpuMin : result.CompilerMin,
                    sets.Select(s => (result.Min(s.Name, cpu), result.Median(s.Name, cpu))).ToList());
            }

            if (results.Count > 1)
            {
                AppendRow(
                    report,
                    "**total**",
                    results.Sum(r => r.Workload.Migrations),
                    results.Sum(r => r.Workload.SourceBytes),
                    results.Sum(r => r.CompilerErrors).ToString(CultureInfo.InvariantCulture),
                    results.Sum(r => cpu ? r.CompilerCpuMin : r.CompilerMin),
                    sets.Select(s => (results.Sum(r => r.Min(s.Name, cpu)), results.Sum(r => r.Median(s.Name, cpu)))).ToList());
            }

            report.AppendLine();
        }

        report.AppendLine("Bytes allocated inside the callbacks (MB), min and median: the machine's load does not move them.");
        report.AppendLine();
        report.AppendLine("| workload | " + string.Join(" | ", sets.Select(s => s.Name + ", min | " + s.Name + ", median")) + " |");
        report.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", sets.Count * 2)));
        foreach (var result in results)
        {
            report.AppendLine($"| {result.Workload.Name} | " + string.Join(" | ", sets.Select(s => string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Runs[s.Name].Min(r => r.AllocatedBytes) / 1e6:0.00} | {Median(result.Runs[s.Name].Select(r => (double)r.AllocatedBytes)) / 1e6:0.00}"))) + " |");
        }

        report.AppendLine();
        report.AppendLine("Diagnostics reported, and the compiler's most frequent errors:");
        report.AppendLine();
        report.AppendLine("| workload | " + string.Join(" | ", sets.Select(s => s.Name)) + " | compiler's errors |");
        report.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", sets.Count)) + "---|");
        foreach (var result in results)
        {
            report.AppendLine($"| {result.Workload.Name} | " + string.Join(" | ", sets.Select(s => result.Diagnostics(s.Name).ToString(CultureInfo.InvariantCulture))) + $" | {result.CommonErrors} |");
        }

        return report.ToString();
    }

    private static void AppendRow(StringBuilder report, string name, int migrations, long bytes, string errors, double compilerMs, List<(double Min, double Median)> sets)
    {
        report.Append(CultureInfo.InvariantCulture, $"| {name} | {migrations} | {bytes / 1e6:0.0} | {errors} | {compilerMs:0} |");
        foreach (var (min, median) in sets)
        {
            report.Append(CultureInfo.InvariantCulture, $" {min:0.0} | {median:0.0} |");
        }

        for (var i = 1; i < sets.Count; i++)
        {
            report.Append(CultureInfo.InvariantCulture, $" {Ratio(sets[0].Min, sets[i].Min)} | {Ratio(sets[0].Median, sets[i].Median)} |");
        }

        report.AppendLine(string.Create(CultureInfo.InvariantCulture, $" {sets[0].Min / compilerMs:0.00%} |"));
    }

    private static string Ratio(double ours, double other) => string.Create(CultureInfo.InvariantCulture, $"{ours / Math.Max(other, 0.01):0.00}×");

    /// <summary>
    /// A workload from a folder: every <c>*.cs</c> under it (but bin/ and obj/), as one project, with the SDK's implicit
    /// usings. Migrations are counted by their <c>.Designer.cs</c> files.
    /// </summary>
    public static Workload FromFolder(string folder, string? name = null)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .Append(("ImplicitUsings.cs", "global using global::System.Collections.Generic; global using global::System.IO; global using global::System.Linq; global using global::System.Net.Http; global using global::System.Threading; global using global::System.Threading.Tasks;"))
            .ToList();
        var migrations = files.Count(f => f.Item1.EndsWith(".Designer.cs", StringComparison.Ordinal));
        return new Workload(name ?? Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), files, migrations);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

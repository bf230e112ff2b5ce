using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using MigrationAnalyzers.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/MigrationAnalyzers.Benchmarks -- [--quick] [--repeat N] [--largest] [--out FILE]
//   --quick    a tiny workload only (what the smoke test runs)
//   --repeat   repetitions per workload (default 5; medians are reported)
//   --largest  also the 2,000-migration, 200-entity history (about 150 MB of C#; needs many GB and many minutes)
//   --only X   only the workloads whose "name, N migrations" contains X, e.g. --only "20 entities, 2000"
//
// Side by side: dotnet run -c Release --project benchmarks/MigrationAnalyzers.Benchmarks -- --side-by-side --workloads DIR [--repeat N] [--out FILE]
//   --side-by-side   ours, EF Core's own analyzers and the naive analyzer on each workload, in one process, the order rotating
//   --workload DIR   one workload: every *.cs under DIR, as one project (repeatable)
//   --workloads DIR  every subfolder of DIR is a workload
//   --sets A,B       only these sets: ours, "EF Core", naive
//   --candidate DLL  also another build of MigrationAnalyzers.dll (a change to try), side by side with ours
//   without either, the sample and the real EF fixtures (no network needed); with --quick, a tiny synthetic history
var quick = args.Contains("--quick");
var largest = args.Contains("--largest");
var repeat = Option("--repeat") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : quick ? 1 : 5;
var output = Option("--out");
var only = Option("--only");

if (args.Contains("--side-by-side"))
{
    await SideBySideMain();
    return;
}


var workloads = new List<Workload>();
if (quick)
{
    workloads.Add(Synthetic(5, 3));
}
else
{
    var root = RepositoryRoot();
    workloads.Add(FromRepository(root, "sample (ShopSample)", "samples/ShopSample"));
    foreach (var provider in new[] { "SqlServer", "Npgsql", "Sqlite" })
    {
        workloads.Add(FromRepository(root, $"real EF fixtures ({provider})", "tests/Fixtures/EfHistories/Model", "tests/Fixtures/EfHistories/Design", $"tests/Fixtures/EfHistories/Migrations/{provider}"));
    }

    foreach (var entities in new[] { 20, 200 })
    {
        foreach (var migrations in new[] { 10, 100, 500, 2000 })
        {
            if (entities == 200 && migrations == 2000 && !largest)
            {
                continue;
            }

            workloads.Add(Synthetic(migrations, entities));
        }
    }
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {(CpuTimedAnalyzer.MeasuresThreadCpuTime ? "thread CPU time" : "wall-clock time less GC pauses")} in the CPU columns; {repeat} repetitions, medians.");
report.AppendLine();
report.AppendLine("| workload | migrations | C# (MB) | diagnostics | compiler (ms) | analyzer (ms) | analyzer / compiler | analyzer, CPU (ms) | CPU / compiler | floor, CPU (ms) | analyzer / floor | µs per migration | edit: one document (ms) | edit floor (ms) | edit: ours (ms) | our allocations, full (MB) | our allocations, edit (KB) |");
report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(report.ToString());
foreach (var workload in workloads.Where(w => only is null || $"{w.Name}, {w.Migrations} migrations".Contains(only, StringComparison.Ordinal)))
{
    var result = await Harness.MeasureAsync(workload, repeat);
    var line = string.Create(
        CultureInfo.InvariantCulture,
        $"| {result.Workload} | {result.Migrations} | {result.SourceBytes / 1e6:0.0} | {result.Diagnostics} | {result.CompilerMs:0} | {result.AnalyzerMs:0.0} | {result.AnalyzerShareOfCompiler:0.0%} | {result.AnalyzerCpuMs:0.0} | {result.AnalyzerCpuShareOfCompiler:0.0%} | {result.FloorCpuMs:0.0} | {result.AnalyzerOverFloor:0.0}× | {result.MicrosecondsPerMigration:0} | {result.EditMs:0.00} | {result.EditFloorMs:0.00} | {result.EditOursMs:0.00} | {result.FullAllocatedBytes / 1e6:0.0} | {result.EditAllocatedBytes / 1e3:0} |");
    Console.WriteLine(line);
    report.AppendLine(line);
    GC.Collect();
}

if (output is not null)
{
    File.WriteAllText(output, report.ToString());
}

async Task SideBySideMain()
{
    var sideRepeat = Option("--repeat") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : args.Contains("--quick") ? 1 : 3;
    var sideWorkloads = new List<Workload>();
    for (var i = 0; i < args.Length - 1; i++)
    {
        if (args[i] == "--workload")
        {
            sideWorkloads.Add(SideBySide.FromFolder(args[i + 1]));
        }
        else if (args[i] == "--workloads")
        {
            sideWorkloads.AddRange(Directory.GetDirectories(args[i + 1]).OrderBy(d => d, StringComparer.Ordinal).Select(d => SideBySide.FromFolder(d)));
        }
    }

    if (sideWorkloads.Count == 0)
    {
        if (args.Contains("--quick"))
        {
            sideWorkloads.Add(Synthetic(30, 3));
        }
        else
        {
            var root = RepositoryRoot();
            sideWorkloads.Add(FromRepository(root, "sample (ShopSample)", "samples/ShopSample"));
            sideWorkloads.Add(FromRepository(root, "real EF fixtures (Sqlite)", "tests/Fixtures/EfHistories/Model", "tests/Fixtures/EfHistories/Design", "tests/Fixtures/EfHistories/Migrations/Sqlite"));
        }
    }

    // The smallest first: their rows are ready early, and the largest history runs last.
    sideWorkloads = sideWorkloads.Where(w => only is null || w.Name.Contains(only, StringComparison.Ordinal)).OrderBy(w => w.SourceBytes).ToList();
    // --sets ours,naive: only these sets (e.g. to profile one of them); ours always comes first in the tables.
    var sets = Option("--sets") is { } names
        ? AnalyzerSet.All.Where(s => names.Split(',').Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToImmutableArray()
        : AnalyzerSet.All;
    if (Option("--candidate") is { } candidate)
    {
        sets = sets.Add(AnalyzerSet.Candidate(candidate));
    }

    var header = string.Create(
        CultureInfo.InvariantCulture,
        $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {(CpuTimedAnalyzer.MeasuresThreadCpuTime ? "thread CPU time" : "wall-clock time less GC pauses")} in the CPU columns; EF Core analyzers {AnalyzerSet.EfCoreAnalyzersVersion} ({AnalyzerSet.EfCoreAnalyzerNames}); {sideRepeat} repetitions, the order rotating; min and median.");
    Console.WriteLine(header);
    await SideBySide.WarmUpAsync(sets);
    var results = new List<SideBySideResult>();
    foreach (var workload in sideWorkloads)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workload.Name}: {workload.Files.Count} files, {workload.Migrations} migrations, {workload.SourceBytes / 1e6:0.0} MB"));
        results.Add(await SideBySide.MeasureAsync(workload, sets, sideRepeat, Console.WriteLine));
        GC.Collect();
        if (output is not null)
        {
            File.WriteAllText(output, header + Environment.NewLine + Environment.NewLine + SideBySide.Report(results, sets));
        }
    }

    var table = header + Environment.NewLine + Environment.NewLine + SideBySide.Report(results, sets);
    Console.WriteLine();
    Console.WriteLine(table);
    if (output is not null)
    {
        File.WriteAllText(output, table);
    }
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static Workload Synthetic(int migrations, int entities)
    => new($"synthetic, {entities} entities", HistoryGenerator.Generate(migrations, entities), migrations);

static Workload FromRepository(string root, string name, params string[] folders)
{
    var files = folders
        .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
        .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Program.cs"))
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
        .Append(("ImplicitUsings.cs", "global using global::System.Collections.Generic; global using global::System.Linq; global using global::System.Threading.Tasks;"))
        .ToList();
    var migrations = files.Count(f => f.Item1.EndsWith(".Designer.cs", StringComparison.Ordinal));
    return new Workload(name, files, migrations);
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "MigrationAnalyzers.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

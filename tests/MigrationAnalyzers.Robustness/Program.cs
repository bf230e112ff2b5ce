using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Robustness;

// The full robustness run (docs/reliability.md):
//   dotnet run -c Release --project tests/MigrationAnalyzers.Robustness -- --seed 1 --count 5000
// Options: --seed N, --count N (mutants), --first N, --only N (make and analyze one mutant, and print it),
// --parallel N, --no-fuzz (mutants only), --changed-documents (compare fix results on changed documents only),
// --dump ID FILE (every diagnostic ID of the mutants, with its mutations and statements, as TSV in FILE),
// --no-fixes (apply no code fix: diagnostics only, several times faster).
var options = Options.Parse(args);
var stopwatch = Stopwatch.StartNew();
var providers = options.Fixes ? FixChecker.DiscoverProviders() : ImmutableArray<Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider>.Empty;
var failed = false;

if (options.Suite is { } suiteName)
{
    // One suite alone, for measuring: --suite manifest|sql|cancellation|concurrency|linearity.
    var single = suiteName switch
    {
        "manifest" => await ManifestSuite.RunAsync(options.Seed, randomInputs: 2_000, analyzedInputs: 300, named: true),
        "manifest-named" => await ManifestSuite.RunAsync(options.Seed, randomInputs: 0, analyzedInputs: 0, named: true),
        "sql" => await SqlSuite.RunAsync(options.Seed, randomInputs: 20_000, analyzedInputs: 300, huge: true),
        "cancellation" => await CancellationSuite.RunAsync(migrations: options.Count, entities: 30, runs: 6, bound: TimeSpan.FromSeconds(5)),
        "concurrency" => await ConcurrencySuite.RunAsync(options.Seed, repetitions: 20, mutants: 20),
        _ => null,
    };
    if (single is null)
    {
        foreach (var line in ManifestSuite.MeasureLinearity())
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    Console.WriteLine($"{single.Name}: {single.Inputs} inputs, {single.Compilations} compilations, {single.Failures.Count} failure(s), {single.Elapsed.TotalSeconds:F0} s");
    single.Measurements.ForEach(m => Console.WriteLine("  " + m));
    single.Failures.Take(20).ToList().ForEach(f => Console.WriteLine("  FAILURE " + f));
    return single.Failures.Count == 0 ? 0 : 1;
}

if (options.Only is { } only)
{
    var mutant = Mutator.Create(options.Seed, only);
    Console.WriteLine(mutant);
    foreach (var tree in mutant.Trees.Where(t => !Corpus.Projects.Any(p => p.Trees.Contains(t))))
    {
        Console.WriteLine($"--- {tree.FilePath}");
        var text = tree.GetText().ToString();
        Console.WriteLine(text.Length > 20_000 ? text.Substring(0, 20_000) + "\n[...]" : text);
    }

    if (options.CompileOnly)
    {
        // Is a slow mutant slow for the compiler alone, without any analyzer?
        var compileWatch = Stopwatch.StartNew();
        var errors = Corpus.Compile(mutant.Trees, mutant.Project.OutputKind).GetDiagnostics().Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Console.WriteLine($"--- compiler alone: {errors} error(s) in {compileWatch.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    var outcome = await AnalysisRunner.AnalyzeAsync(Corpus.Compile(mutant.Trees, mutant.Project.OutputKind), mutant.AdditionalFiles, MutationSuite.AnalysisTimeout);
    Console.WriteLine($"--- {outcome.Diagnostics.Length} diagnostic(s) in {outcome.Elapsed.TotalMilliseconds:F0} ms, {outcome.Crashes.Length} crash(es), timed out: {outcome.TimedOut}");
    foreach (var diagnostic in outcome.Diagnostics)
    {
        Console.WriteLine(AnalysisRunner.Describe(diagnostic));
    }

    foreach (var crash in outcome.Crashes)
    {
        Console.WriteLine(crash);
    }

    return outcome.Crashes.IsEmpty && !outcome.TimedOut ? 0 : 1;
}

Console.WriteLine($"Robustness run: seed {options.Seed}, mutants {options.First}..{options.First + options.Count - 1}, {options.Parallel} in parallel, {providers.Length} code fix provider(s) found in MigrationAnalyzers.CodeFixes");
var dump = options.DumpId is { } dumpId ? new DiagnosticDump(dumpId) : null;
var report = await MutationSuite.RunAsync(
    options.Seed, options.First, options.Count, options.Scope, providers, options.Parallel, Console.WriteLine, countCompileErrors: true, verbose: options.Verbose, dump: dump);
Console.WriteLine();
Console.WriteLine($"Mutation suite: {report.Compilations} compilations in {report.Elapsed.TotalSeconds:F0} s ({report.MutantsWithCompileErrors} with parse or declaration errors), {report.Diagnostics} diagnostics "
                  + $"({string.Join(", ", report.DiagnosticsById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}"))})");
Console.WriteLine($"  mutations: {string.Join(", ", report.MutationsByOperator.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
Console.WriteLine($"  slowest analysis: {report.SlowestAnalysis.TotalMilliseconds:F0} ms ({report.SlowestMutant})");
Console.WriteLine($"  crashes: {report.Crashes.Count}, timeouts: {report.Timeouts.Count}");
Console.WriteLine($"  code fixes: {report.CodeFixProviders} provider(s), {report.FixesApplied} action(s) applied to {report.DiagnosticsWithFixes} diagnostic(s), broken fixes: {report.BrokenFixes.Count}");
failed |= !report.Passed;
if (dump is not null)
{
    using (var writer = new System.IO.StreamWriter(options.DumpFile!, append: false, new System.Text.UTF8Encoding(false)))
    {
        dump.Write(writer);
    }

    Console.WriteLine($"  {dump.Id}: {dump.Rows.Count} diagnostic(s) written to {options.DumpFile}; by project, migration, dropped, added:");
    foreach (var line in dump.Summary())
    {
        Console.WriteLine("  " + line);
    }
}

if (options.Fuzz)
{
    var suites = new List<FuzzReport>
    {
        await ManifestSuite.RunAsync(options.Seed, randomInputs: 2_000, analyzedInputs: 300, named: true),
        await SqlSuite.RunAsync(options.Seed, randomInputs: 20_000, analyzedInputs: 300, huge: true),
        await CancellationSuite.RunAsync(migrations: 500, entities: 30, runs: 6, bound: TimeSpan.FromSeconds(5)),
        await ConcurrencySuite.RunAsync(options.Seed, repetitions: 20, mutants: 20),
    };
    foreach (var suite in suites)
    {
        Console.WriteLine();
        Console.WriteLine($"{suite.Name}: {suite.Inputs} inputs, {suite.Compilations} compilations, {suite.Failures.Count} failure(s), {suite.Elapsed.TotalSeconds:F0} s");
        foreach (var measurement in suite.Measurements)
        {
            Console.WriteLine("  " + measurement);
        }

        foreach (var failure in suite.Failures.Take(20))
        {
            Console.WriteLine("  FAILURE " + failure);
        }

        failed |= suite.Failures.Count > 0;
    }

    Console.WriteLine();
    Console.WriteLine("manifest linearity:");
    foreach (var line in ManifestSuite.MeasureLinearity())
    {
        Console.WriteLine("  " + line);
    }

    var total = report.Compilations + suites.Sum(s => s.Compilations);
    Console.WriteLine();
    Console.WriteLine($"Total: {total} compilations analyzed, {suites.Sum(s => s.Inputs)} fuzz inputs, crashes: {report.Crashes.Count + suites.Sum(s => s.Failures.Count)}, broken fixes: {report.BrokenFixes.Count}");
}

foreach (var failure in report.Crashes.Concat(report.Timeouts).Concat(report.BrokenFixes).Take(20))
{
    Console.WriteLine();
    Console.WriteLine("FAILURE " + failure);
}

Console.WriteLine($"Finished in {stopwatch.Elapsed.TotalSeconds:F0} s: {(failed ? "FAILED" : "passed")}");
return failed ? 1 : 0;

internal sealed class Options
{
    public int Seed { get; private set; } = 1;

    public int First { get; private set; }

    public int Count { get; private set; } = 5_000;

    public int? Only { get; private set; }

    public int Parallel { get; private set; } = Environment.ProcessorCount;

    public bool Fuzz { get; private set; } = true;

    public bool Fixes { get; private set; } = true;

    public bool Verbose { get; private set; }

    public string? Suite { get; private set; }

    public bool CompileOnly { get; private set; }

    public string? DumpId { get; private set; }

    public string? DumpFile { get; private set; }

    public FixCheckScope Scope { get; private set; } = FixCheckScope.WholeCompilation;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--seed": options.Seed = Next(); break;
                case "--count": options.Count = Next(); break;
                case "--first": options.First = Next(); break;
                case "--only": options.Only = Next(); break;
                case "--parallel": options.Parallel = Next(); break;
                case "--no-fuzz": options.Fuzz = false; break;
                case "--no-fixes": options.Fixes = false; break;
                case "--verbose": options.Verbose = true; break;
                case "--suite": options.Suite = args[++i]; break;
                case "--compile-only": options.CompileOnly = true; break;
                case "--changed-documents": options.Scope = FixCheckScope.ChangedDocuments; break;
                case "--dump": options.DumpId = args[++i]; options.DumpFile = args[++i]; break;
                default: throw new ArgumentException($"unknown option {args[i]}; see Program.cs");
            }
        }

        return options;
    }
}

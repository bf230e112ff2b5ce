using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Manifest;
using MigrationAnalyzers.Sql;

namespace MigrationAnalyzers.Robustness;

/// <summary>The figures of a fuzzing suite: inputs tried, failures, and measurements to report.</summary>
public sealed class FuzzReport
{
    public FuzzReport(string name) => Name = name;

    public string Name { get; }

    public int Inputs { get; set; }

    public int Compilations { get; set; }

    public List<string> Failures { get; } = new();

    public List<string> Measurements { get; } = new();

    public TimeSpan Elapsed { get; set; }
}

/// <summary>Manifest fuzzing: the parser alone, then the analyzer with the manifest as an AdditionalFile.</summary>
public static class ManifestSuite
{
    private const string ManifestPath = "MigrationExclusions.txt";

    public static async Task<FuzzReport> RunAsync(int seed, int randomInputs, int analyzedInputs, bool named, bool heavy = true)
    {
        var report = new FuzzReport("manifest");
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(seed);
        var inputs = new List<(string What, AdditionalText File)>();
        if (named)
        {
            inputs.AddRange(ManifestFuzzer.Named(ManifestPath, heavy));
        }

        var namedCount = inputs.Count;

        for (var i = 0; i < randomInputs; i++)
        {
            inputs.Add(ManifestFuzzer.Generate(random, ManifestPath));
        }

        var compilation = Corpus.Compile(Probe.Project(Probe.ManifestProbeUp), OutputKind.DynamicallyLinkedLibrary);
        for (var i = 0; i < inputs.Count; i++)
        {
            var (what, file) = inputs[i];
            report.Inputs++;
            var text = file.GetText()!;
            var parseWatch = Stopwatch.StartNew();
            try
            {
                var parsed = ManifestParser.Parse(text);
                foreach (var line in parsed.Lines)
                {
                    foreach (var entry in line.Entries)
                    {
                        entry.Table.Matches(Probe.LongTable);
                        entry.Schema?.Matches(Probe.LongTable);
                    }
                }
            }
#pragma warning disable CA1031 // Every exception is a finding to report.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                report.Failures.Add($"ManifestParser threw on {what} (seed {seed}, input {i}): {exception}");
                continue;
            }

            var parseTime = parseWatch.Elapsed;
            if (i >= analyzedInputs + namedCount && i >= namedCount)
            {
                continue;
            }

            report.Compilations++;
            var outcome = await AnalysisRunner.AnalyzeAsync(compilation, ImmutableArray.Create(file), MutationSuite.AnalysisTimeout).ConfigureAwait(false);
            if (i < namedCount)
            {
                report.Measurements.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: parsed and matched against a 10,000-character name in {parseTime.TotalMilliseconds:F0} ms, analyzed with the probe migration in {outcome.Elapsed.TotalMilliseconds:F0} ms, {outcome.Diagnostics.Count(d => d.Id == "MIG2001")} MIG2001"));
            }

            report.Failures.AddRange(outcome.Crashes.Select(c => $"analyzer crashed on {what} (seed {seed}, input {i}): {c}"));
            if (outcome.TimedOut)
            {
                report.Failures.Add($"analysis of {what} took over {MutationSuite.AnalysisTimeout.TotalSeconds} s");
            }

            foreach (var diagnostic in outcome.Diagnostics)
            {
                var inManifest = diagnostic.Location.GetLineSpan().Path == ManifestPath;
                if (inManifest != (diagnostic.Id == "MIG2001"))
                {
                    report.Failures.Add($"{what}: unexpected {diagnostic.Id} at {diagnostic.Location.GetLineSpan().Path}");
                }
            }
        }

        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Parse and match times as inputs double; the ratio of the last to the first shows linear (about 8) or worse.</summary>
    public static IEnumerable<string> MeasureLinearity()
    {
        var random = new Random(11);
        yield return Scaling("parse random lines", [12_500, 25_000, 50_000, 100_000], n =>
        {
            var text = SourceText.From(ManifestFuzzer.Lines(random, n));
            return () => ManifestParser.Parse(text);
        });
        yield return Scaling("parse one line of '*a'", [1_250_000, 2_500_000, 5_000_000, 10_000_000], n =>
        {
            var text = SourceText.From(new StringBuilder().Insert(0, "*a", n / 2).Append('b').ToString());
            return () => ManifestParser.Parse(text);
        });
        yield return Scaling("match '****************a*b?c' against n characters that never match", [250_000, 500_000, 1_000_000, 2_000_000], n =>
        {
            var pattern = WildcardPattern.Create("****************a*b?c");
            var name = new string('a', n - 1) + "c";
            return () => pattern.Matches(name);
        });
        yield return Scaling("match 100,000 star patterns against a name of n characters", [2_500, 5_000, 10_000, 20_000], n =>
        {
            var patterns = Enumerable.Range(0, 100_000).Select(i => WildcardPattern.Create($"*{i % 97}*a*")).ToArray();
            var name = new string('a', n);
            return () => Array.ForEach(patterns, p => p.Matches(name));
        });
        yield return Scaling("match '*' + (n/2 'a's) + 'b*' against n 'a's", [10_000, 20_000, 40_000, 80_000], n =>
        {
            var pattern = WildcardPattern.Create("*" + new string('a', n / 2) + "b*");
            var name = new string('a', n);
            return () => pattern.Matches(name);
        });
        yield return Scaling("match '*' + (n/2 'a's) + '?b*' against n 'a's (a '?' segment of n/2 characters: searched bit-parallel, n × n/64)", [2_500, 5_000, 10_000, 20_000], n =>
        {
            var pattern = WildcardPattern.Create("*" + new string('a', n / 2) + "?b*");
            var name = new string('a', n);
            return () => pattern.Matches(name);
        });
    }

    internal static string Scaling(string what, int[] sizes, Func<int, Action> prepare)
    {
        var times = new List<double>();
        foreach (var size in sizes)
        {
            var action = prepare(size);
            action();
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                action();
                best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Add(best);
        }

        var parts = sizes.Zip(times, (size, time) => string.Create(CultureInfo.InvariantCulture, $"n={size:N0}: {time:F1} ms"));
        var ratio = times[0] > 0.05 ? times[^1] / times[0] : double.NaN;
        return string.Create(CultureInfo.InvariantCulture, $"{what}: {string.Join(", ", parts)}; x{sizes[^1] / sizes[0]} input -> x{ratio:F1} time");
    }
}

/// <summary>Raw SQL fuzzing: the lexer and statement reader alone, then Sql(...) calls through the analyzer.</summary>
public static class SqlSuite
{
    /// <summary>The <c>Sql(...)</c> call the fuzzed text stands for.</summary>
    private static readonly InvocationExpressionSyntax SqlCall = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression("migrationBuilder.Sql(\"\")");

    public static async Task<FuzzReport> RunAsync(int seed, int randomInputs, int analyzedInputs, bool huge, bool measure = true)
    {
        var report = new FuzzReport("sql");
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(seed);
        var inputs = new List<(string What, string Sql)>();
        if (huge)
        {
            inputs.Add(("10 MB of random SQL", SqlFuzzer.Generate(new Random(seed), 10_000_000, exact: true)));
            inputs.Add(("an unterminated string of 5 MB", "DELETE FROM t WHERE x = '" + new string('a', 5_000_000)));
            inputs.Add(("an unterminated comment of 5 MB", "/*" + new string('*', 5_000_000)));
            inputs.Add(("5 MB of nested comment openers", new StringBuilder().Insert(0, "/*", 2_500_000).ToString()));
            inputs.Add(("5 MB of '$a' tags", new StringBuilder().Insert(0, "$a", 2_500_000).ToString()));
            inputs.Add(("1,000,000 parentheses", new string('(', 1_000_000) + new string(')', 1_000_000)));
            inputs.Add(("200,000 DROP TABLE statements", new StringBuilder().Insert(0, "DROP TABLE t; ", 200_000).ToString()));
            inputs.Add(("one ALTER TABLE with 200,000 DROP COLUMNs", "ALTER TABLE t " + string.Join(", ", Enumerable.Repeat("DROP COLUMN c", 200_000))));
            inputs.Add(("UPDATE with 100,000 assignments", "UPDATE t SET " + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"a{i} = b{i}"))));
            inputs.Add(("'GO' 1,000,000 times on one line", new StringBuilder().Insert(0, "GO ", 1_000_000).ToString()));
            inputs.Add(("'GO' on 500,000 lines", new StringBuilder().Insert(0, "GO\n", 500_000).ToString()));
        }

        for (var i = 0; i < randomInputs; i++)
        {
            inputs.Add(($"random input {i}", random.Next(4) == 0 ? SqlFuzzer.Statement(random, "Orders") + SqlFuzzer.Generate(random, 300) : SqlFuzzer.Generate(random, 2_000)));
        }

        var slowest = (Time: 0.0, What: string.Empty, Length: 0);
        foreach (var (what, sql) in inputs)
        {
            report.Inputs++;
            var inputWatch = Stopwatch.StartNew();
            try
            {
                SqlStatementParser.Parse(sql, SqlCall);
            }
#pragma warning disable CA1031 // Every exception is a finding to report.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                report.Failures.Add($"SqlStatementParser threw on {what} (seed {seed}): {exception}");
            }

            if (inputWatch.Elapsed.TotalMilliseconds > slowest.Time)
            {
                slowest = (inputWatch.Elapsed.TotalMilliseconds, what, sql.Length);
            }
        }

        report.Measurements.Add(string.Create(CultureInfo.InvariantCulture, $"slowest SQL input: {slowest.What} ({slowest.Length:N0} characters) in {slowest.Time:F0} ms"));

        // Through the analyzer: every literal form (regular with \u, \U and \x escapes, verbatim, raw, interpolated,
        // concatenated), so the map from SQL positions back to the literal is exercised too.
        for (var i = 0; i < analyzedInputs; i++)
        {
            var calls = new StringBuilder();
            for (var j = 1 + random.Next(5); j > 0; j--)
            {
                var sql = random.Next(2) == 0 ? SqlFuzzer.Statement(random, "Orders") + SqlFuzzer.Generate(random, 200) : SqlFuzzer.Generate(random, 100) + SqlFuzzer.Statement(random, "Orders");
                calls.Append("migrationBuilder.Sql(").Append(SqlFuzzer.ToCSharpLiteral(random, sql)).Append(");\n");
            }

            report.Compilations++;
            var compilation = Corpus.Compile(Probe.Project(calls.ToString()), OutputKind.DynamicallyLinkedLibrary);
            var outcome = await AnalysisRunner.AnalyzeAsync(compilation, ImmutableArray<AdditionalText>.Empty, MutationSuite.AnalysisTimeout).ConfigureAwait(false);
            report.Failures.AddRange(outcome.Crashes.Select(c => $"analyzer crashed on Sql(...) calls (seed {seed}, compilation {i}):\n{calls}\n{c}"));
            foreach (var diagnostic in outcome.Diagnostics)
            {
                // A diagnostic inside a literal must sit inside the Sql(...) call it reports.
                var tree = diagnostic.Location.SourceTree;
                if (tree is null || diagnostic.Location.SourceSpan.End > tree.Length)
                {
                    report.Failures.Add($"{diagnostic.Id} outside its file (seed {seed}, compilation {i})");
                }
            }
        }

        if (!measure)
        {
            report.Elapsed = stopwatch.Elapsed;
            return report;
        }

        report.Measurements.Add(ManifestSuite.Scaling("parse random SQL", [1_000_000, 2_000_000, 4_000_000, 8_000_000], n =>
        {
            var sql = SqlFuzzer.Generate(new Random(n), n, exact: true);
            return () => SqlStatementParser.Parse(sql, SqlCall);
        }));
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }
}

using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Benchmarks;
using Xunit;

namespace MigrationAnalyzers.Tests.Benchmarks;

/// <summary>Keeps the benchmark's generator and harness compiling and running, on a tiny workload.</summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public void GeneratedHistory_Compiles()
    {
        var workload = new Workload("tiny", HistoryGenerator.Generate(migrations: 30, entities: 3), 30);

        var errors = Harness.Compile(Harness.Parse(workload)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Harness_MeasuresEveryFigure()
    {
        var workload = new Workload("tiny", HistoryGenerator.Generate(migrations: 30, entities: 3), 30);

        var result = await Harness.MeasureAsync(workload, repetitions: 1);

        // Migration 25 drops a table the snapshot still maps: the analyzer must have run for real.
        Assert.Equal(1, result.Diagnostics);
        Assert.True(result.CompilerMs > 0 && result.AnalyzerMs > 0 && result.AnalyzerCpuMs > 0 && result.FloorCpuMs > 0 && result.EditMs > 0);
    }

    [Fact]
    public async Task SideBySide_MeasuresEverySetOnAWorkloadFolder()
    {
        // A tiny history written to a folder and read back as --workload reads it; never fetched code (CI has no network).
        var folder = Directory.CreateTempSubdirectory("side-by-side-");
        try
        {
            foreach (var (path, text) in HistoryGenerator.Generate(migrations: 30, entities: 3))
            {
                var file = Path.Combine(folder.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            var workload = SideBySide.FromFolder(folder.FullName, "tiny");
            var result = await SideBySide.MeasureAsync(workload, AnalyzerSet.All, repetitions: 1);

            Assert.Equal(30, workload.Migrations);
            Assert.Equal(0, result.CompilerErrors);
            Assert.Single(result.CompilerMs);

            // Ours reports migration 25's drop; EF Core's set is loaded from its package and runs; each set ran once.
            Assert.Equal(1, result.Diagnostics(AnalyzerSet.Ours.Name));
            Assert.Contains("InternalUsageDiagnosticAnalyzer", AnalyzerSet.EfCoreAnalyzerNames, System.StringComparison.Ordinal);
            Assert.All(AnalyzerSet.All, set => Assert.True(result.Runs[set.Name].Single().CpuMs > 0, set.Name));
            Assert.Contains("| **total** |", SideBySide.Report([result, result], AnalyzerSet.All), System.StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

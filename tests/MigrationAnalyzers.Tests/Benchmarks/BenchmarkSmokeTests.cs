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
}

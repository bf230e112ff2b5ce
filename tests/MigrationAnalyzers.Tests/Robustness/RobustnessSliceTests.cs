using System;
using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Robustness;
using Xunit;

namespace MigrationAnalyzers.Tests.Robustness;

/// <summary>
/// A small deterministic slice of the robustness suite (tests/MigrationAnalyzers.Robustness; docs/reliability.md
/// has the full run): mutants of the real fixtures and the sample, hostile manifests and SQL, cancellation and
/// concurrency. Every code fix in MigrationAnalyzers.CodeFixes is applied to every diagnostic of every mutant.
/// </summary>
public sealed class RobustnessSliceTests
{
    [Fact]
    public async Task Mutants_NeverCrashTheAnalyzers_AndTheirFixesCompile()
    {
        var report = await MutationSuite.RunAsync(
            seed: 1, first: 0, count: 150, FixCheckScope.ChangedDocuments, FixChecker.DiscoverProviders(), Environment.ProcessorCount);

        Assert.Equal(150, report.Compilations);
        Assert.True(report.Diagnostics > 0, "the mutants should still produce diagnostics");
        Assert.True(report.Crashes.IsEmpty, string.Join("\n\n", report.Crashes.Take(5)));
        Assert.True(report.Timeouts.IsEmpty, string.Join("\n", report.Timeouts));
        Assert.True(report.BrokenFixes.IsEmpty, string.Join("\n\n", report.BrokenFixes.Take(5)));
    }

    [Fact]
    public void Mutants_AreReproducible()
    {
        for (var index = 0; index < 20; index++)
        {
            var first = Mutator.Create(seed: 3, index);
            var second = Mutator.Create(seed: 3, index);

            Assert.Equal(first.ToString(), second.ToString());
            Assert.Equal(first.Trees.Select(t => t.GetText().ToString()), second.Trees.Select(t => t.GetText().ToString()));
        }
    }

    [Fact]
    public async Task HostileManifests_GiveOnlyMig2001()
    {
        var report = await ManifestSuite.RunAsync(seed: 1, randomInputs: 300, analyzedInputs: 20, named: true, heavy: false);

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(5)));
    }

    [Fact]
    public async Task HostileSql_NeverThrows()
    {
        var report = await SqlSuite.RunAsync(seed: 1, randomInputs: 2_000, analyzedInputs: 20, huge: true, measure: false);

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(5)));
    }

    [Fact]
    public async Task CancelledAnalysis_StopsPromptly()
    {
        // The bound is generous (the runs stop within tens of milliseconds); the suite reports the real figures.
        var report = await CancellationSuite.RunAsync(migrations: 40, entities: 8, runs: 2, bound: TimeSpan.FromSeconds(10));

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures));
    }

    [Fact]
    public async Task ConcurrentAnalysis_GivesTheSameDiagnosticsEveryTime()
    {
        var report = await ConcurrencySuite.RunAsync(seed: 1, repetitions: 3, mutants: 2);

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(3)));
    }
}

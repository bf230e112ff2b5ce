using Microsoft.CodeAnalysis;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>Markup tests for an analyzer, against .NET 10 and the real EF Core assemblies.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    /// <summary>Verifies that the files produce exactly <paramref name="expected"/> (plus any markup in them).</summary>
    public static Task VerifyAsync((string Name, string Source)[] files, params DiagnosticResult[] expected)
        => VerifyAsync(files, [], expected);

    /// <summary>Like <see cref="VerifyAsync((string, string)[], DiagnosticResult[])"/>, with AdditionalFiles (markup allowed in them too).</summary>
    public static Task VerifyAsync((string Name, string Source)[] files, (string Name, string Text)[] additionalFiles, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var (name, source) in files)
        {
            test.TestState.Sources.Add((name, source));
        }

        foreach (var (name, text) in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((name, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);

            // The framework enables rules that are off by default; keep them off unless a test enables them, as a build does.
            DisabledDiagnostics.AddRange(new TAnalyzer().SupportedDiagnostics.Where(d => !d.IsEnabledByDefault).Select(d => d.Id));
        }

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}

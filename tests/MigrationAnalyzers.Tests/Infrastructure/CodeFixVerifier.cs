using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Approvals;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>
/// Code-fix tests against .NET 10 and the real EF Core assemblies. Each test checks the fix applied one diagnostic
/// at a time and Fix All in document, project and solution, and that the fixed code compiles. The generated
/// <c>[ApprovedDataLoss]</c> attribute is part of every project, as the package's generator adds it.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    /// <summary>Verifies that the fix with <paramref name="equivalenceKey"/> turns <paramref name="files"/> into <paramref name="fixedFiles"/>.</summary>
    public static Task VerifyFixAsync((string Name, string Source)[] files, (string Name, string Source)[] fixedFiles, string equivalenceKey, params string[] enabled)
    {
        var test = new Test { CodeActionEquivalenceKey = equivalenceKey };
        test.TestState.Sources.Add((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source));
        test.FixedState.Sources.Add((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source));
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        foreach (var file in fixedFiles)
        {
            test.FixedState.Sources.Add(file);
        }

        foreach (var id in enabled)
        {
            test.DisabledDiagnostics.Remove(id);
        }

        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The titles of the fixes offered for each diagnostic, in the order they are registered.</summary>
    public static async Task<ImmutableArray<(string Id, ImmutableArray<string> Titles)>> GetFixesAsync(params (string Name, string Source)[] files)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Test",
            "Test",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: TestReferences.All));
        foreach (var (name, source) in files.Append((ApprovalAttributeGenerator.HintName, ApprovalAttributeGenerator.Source)))
        {
            project = project.AddDocument(name, SourceText.From(source)).Project;
        }

        var compilation = (await project.GetCompilationAsync())!;
        var analyzer = new TAnalyzer();
        var options = compilation.Options.WithSpecificDiagnosticOptions(analyzer.SupportedDiagnostics.ToDictionary(d => d.Id, _ => ReportDiagnostic.Warn));
        var diagnostics = await compilation.WithOptions(options).WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
        var fixer = new TFix();
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            var document = project.Documents.Single(d => d.Name == diagnostic.Location.SourceTree!.FilePath || d.FilePath == diagnostic.Location.SourceTree!.FilePath || d.Name == System.IO.Path.GetFileName(diagnostic.Location.SourceTree!.FilePath));
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            result.Add((diagnostic.Id, actions.Select(a => a.Title).ToImmutableArray()));
        }

        return result.ToImmutable();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);

            // As a build does: rules that are off by default stay off unless a test enables them.
            DisabledDiagnostics.AddRange(new TAnalyzer().SupportedDiagnostics.Where(d => !d.IsEnabledByDefault).Select(d => d.Id));
        }

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}

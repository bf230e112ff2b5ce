using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.CodeFixes;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>Applies "Rename instead" to real project sources the way a user would: one MIG1006 at a time, until none gets the fix.</summary>
internal static class RenameFixRunner
{
    /// <summary>The sources after every fix, by file path, and how many fixes were applied.</summary>
    public static async Task<(Dictionary<string, string> Sources, int Fixed)> ApplyAsync(IReadOnlyDictionary<string, string> history, string assemblyName)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, assemblyName, assemblyName, LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: TestReferences.All));
        foreach (var (path, text) in history)
        {
            project = project.AddDocument(path, text, filePath: path).Project;
        }

        project = project.AddDocument("ImplicitUsings.cs", "global using System; global using System.Linq; global using System.Collections.Generic;").Project;
        var applied = 0;
        for (var iteration = 0; iteration < 20; iteration++)
        {
            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers([new MigrationOperationsAnalyzer()]).GetAnalyzerDiagnosticsAsync();
            CodeAction? rename = null;
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "MIG1006"))
            {
                var actions = new List<CodeAction>();
                await new DropFixer().RegisterCodeFixesAsync(new CodeFixContext(
                    project.GetDocument(diagnostic.Location.SourceTree!)!, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                rename = actions.FirstOrDefault(a => a.EquivalenceKey == DropFixer.RenameInsteadKey);
                if (rename is not null)
                {
                    break;
                }
            }

            if (rename is null)
            {
                break;
            }

            var operation = (await rename.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            project = operation.ChangedSolution.GetProject(project.Id)!;
            applied++;
        }

        var sources = new Dictionary<string, string>();
        foreach (var document in project.Documents.Where(d => d.FilePath is not null))
        {
            sources[document.FilePath!] = (await document.GetTextAsync()).ToString();
        }

        return (sources, applied);
    }
}

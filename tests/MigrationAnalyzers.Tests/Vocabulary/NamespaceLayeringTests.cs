using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Vocabulary;

/// <summary>
/// The analyzer's namespaces form layers, not cycles: Names, Operations, Sql, Reading, Model, Manifest, Approvals,
/// Rules, then the analyzers. Each dependency is read from the source with the semantic model, so a type used
/// through a using, an alias or a full name all count.
/// </summary>
public sealed class NamespaceLayeringTests
{
    private const string Root = "MigrationAnalyzers";

    [Fact]
    public void AnalyzerNamespaces_FormNoCycle()
    {
        var graph = DependencyGraph();

        Assert.Contains("MigrationAnalyzers.Rules", graph.Keys);
        Assert.Contains("MigrationAnalyzers.Names", graph["MigrationAnalyzers.Rules"]);
        Assert.Empty(Cycles(graph));
    }

    [Fact]
    public void CycleFinder_FindsACycle()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        Assert.Equal(["A -> B -> C -> A"], Cycles(graph));
    }

    /// <summary>Namespace to the other analyzer namespaces its code uses.</summary>
    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var folder = Path.Combine(ProjectAnalysis.RepositoryRoot, "src", Root);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path))
            .ToList();
        var references = TestReferences.All
            .Add(MetadataReference.CreateFromFile(typeof(SyntaxNode).Assembly.Location))
            .Add(MetadataReference.CreateFromFile(typeof(CSharpSyntaxNode).Assembly.Location));
        var compilation = CSharpCompilation.Create("Layers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var from = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            if (from is null)
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var edges))
            {
                edges = new HashSet<string>(StringComparer.Ordinal);
                graph.Add(from, edges);
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                var to = type?.OriginalDefinition.ContainingNamespace?.ToDisplayString();
                if (to is not null && to != from && (to == Root || to.StartsWith(Root + ".", StringComparison.Ordinal)))
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>Each cycle once, as "A -> B -> A", found by a depth-first walk from every namespace in order.</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var cycles = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            Visit(start);
        }

        return cycles;

        void Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                cycles.Add(string.Join(" -> ", path.Skip(onPath).Append(node)));
                return;
            }

            if (!done.Add(node))
            {
                return;
            }

            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.OrderBy(e => e, StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
        }
    }
}

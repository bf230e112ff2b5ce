using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.Robustness;

/// <summary>One diagnostic of a mutant, with what a reviewer needs to judge it.</summary>
public sealed record DumpedDiagnostic(
    int Mutant,
    string Project,
    string Place,
    string Migration,
    string Dropped,
    string Added,
    bool InUnmutatedProject,
    string Mutations,
    string Message,
    string DropStatement,
    string AddStatement)
{
    /// <summary>What a judgement is about: the same pair in the same migration of the same project.</summary>
    public string GroupKey => string.Join("\t", new[] { Project, Migration, Dropped, Added }.Select(DiagnosticDump.Escape));
}

/// <summary>
/// Collects every diagnostic of one id over a mutation run (<c>--dump MIG1006 FILE</c>) and writes them as TSV: the
/// mutant and its mutations, the message, the dropping statement and, for MIG1006, the statement that adds the
/// paired column or table, and whether the unmutated project reports the same pair.
/// </summary>
public sealed class DiagnosticDump
{
    public static readonly string[] Columns =
        ["mutant", "project", "place", "migration", "dropped", "added", "unmutated", "mutations", "message", "drop", "add"];

    private readonly ConcurrentBag<DumpedDiagnostic> _rows = new();
    private readonly ConcurrentDictionary<string, ImmutableHashSet<string>> _unmutatedKeys = new(StringComparer.Ordinal);

    public DiagnosticDump(string id) => Id = id;

    public string Id { get; }

    public IReadOnlyList<DumpedDiagnostic> Rows
        => _rows.OrderBy(r => r.Mutant).ThenBy(r => r.Place, StringComparer.Ordinal).ThenBy(r => r.Message, StringComparer.Ordinal).ToList();

    /// <summary>Records the diagnostics of <see cref="Id"/> that one mutant's analysis gave.</summary>
    public async Task AddAsync(Mutant mutant, Compilation compilation, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var own = diagnostics.Where(d => d.Id == Id).ToList();
        if (own.Count == 0)
        {
            return;
        }

        var unmutated = await UnmutatedKeysAsync(mutant.Project, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in own)
        {
            var row = Describe(mutant.Index, mutant.Project.Name, string.Join(" | ", mutant.Mutations), compilation, diagnostic, cancellationToken);
            _rows.Add(row with { InUnmutatedProject = unmutated.Contains(row.GroupKey) });
        }
    }

    /// <summary>The rows as TSV, one line per diagnostic after a header; tabs and line breaks in names are escaped.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine(string.Join("\t", Columns));
        foreach (var row in Rows)
        {
            writer.WriteLine(string.Join(
                "\t",
                new[]
                {
                    row.Mutant.ToString(CultureInfo.InvariantCulture), row.Project, row.Place, row.Migration, row.Dropped, row.Added,
                    row.InUnmutatedProject ? "yes" : "no", row.Mutations, row.Message, row.DropStatement, row.AddStatement,
                }.Select(Escape)));
        }
    }

    /// <summary>The rows grouped by project, migration, dropped and added, largest group first.</summary>
    public IEnumerable<string> Summary()
        => Rows.GroupBy(r => r.GroupKey, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count(),6}  {(g.First().InUnmutatedProject ? "unmutated" : "mutants  ")}  {g.Key.Replace("\t", "  ", StringComparison.Ordinal)}"
                         + $"  (mutants {string.Join(",", g.Select(r => r.Mutant).Distinct().Take(5))}{(g.Select(r => r.Mutant).Distinct().Count() > 5 ? ",..." : string.Empty)})");

    /// <summary>One diagnostic described: where it is, the migration, and the statements of the drop and of the paired add.</summary>
    public static DumpedDiagnostic Describe(int mutant, string project, string mutations, Compilation compilation, Diagnostic diagnostic, CancellationToken cancellationToken = default)
    {
        var span = diagnostic.Location.GetLineSpan();
        var place = $"{span.Path}:{span.StartLinePosition.Line + 1}";
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var dropped = DiagnosticProperties.TargetOf(diagnostic)?.ToString() ?? string.Empty;
        var tree = diagnostic.Location.SourceTree;
        var invocation = tree?.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<InvocationExpressionSyntax>();
        var method = invocation?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
        var migration = method?.FirstAncestorOrSelf<ClassDeclarationSyntax>()?.Identifier.ValueText ?? string.Empty;
        var added = string.Empty;
        var addStatement = string.Empty;
        if (invocation is not null && method is not null && tree is not null && compilation.SyntaxTrees.Contains(tree))
        {
            // The added column or table the message names: an AddColumn or CreateTable after the drop in the same method.
            var resolve = SemanticFacts.ConstantResolver(compilation.GetSemanticModel(tree), cancellationToken);
            var operations = MigrationOperationReader.Read(method, resolve);
            var after = operations.SkipWhile(o => o.Syntax != invocation);
            var add = after.FirstOrDefault(o => o.Kind is MigrationOperationKind.AddColumn or MigrationOperationKind.CreateTable && o.Target is { } target
                                                && message.Contains($" and adds '{target}'", StringComparison.Ordinal));
            if (add is not null)
            {
                added = add.Target!.ToString();
                addStatement = OneLine(add.Syntax);
            }
        }

        return new DumpedDiagnostic(
            mutant, project, place, migration, dropped, added, false, mutations, message, invocation is null ? string.Empty : OneLine(invocation), addStatement);
    }

    /// <summary>The diagnostics of <see cref="Id"/> that the unmutated project gives, by group key (computed once per project).</summary>
    private async Task<ImmutableHashSet<string>> UnmutatedKeysAsync(CorpusProject project, CancellationToken cancellationToken)
    {
        if (_unmutatedKeys.TryGetValue(project.Name, out var keys))
        {
            return keys;
        }

        var compilation = Corpus.Compile(project.Trees, project.OutputKind);
        var outcome = await AnalysisRunner.AnalyzeAsync(compilation, project.AdditionalFiles, MutationSuite.AnalysisTimeout, cancellationToken: cancellationToken).ConfigureAwait(false);
        keys = outcome.Diagnostics.Where(d => d.Id == Id).Select(d => Describe(-1, project.Name, string.Empty, compilation, d, cancellationToken).GroupKey)
            .ToImmutableHashSet(StringComparer.Ordinal);
        return _unmutatedKeys.GetOrAdd(project.Name, keys);
    }

    /// <summary>A call on one line, whitespace collapsed, at most 300 characters.</summary>
    private static string OneLine(SyntaxNode node)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in node.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.Length <= 300 ? builder.ToString() : builder.ToString(0, 297) + "...";
    }

    /// <summary>Tabs, line breaks and backslashes written as C# escapes, so that one diagnostic stays one TSV line.</summary>
    internal static string Escape(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal);
}

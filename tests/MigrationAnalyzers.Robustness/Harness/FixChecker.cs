using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Robustness;

/// <summary>Which compile errors count when comparing a fixed document with the mutant it came from.</summary>
public enum FixCheckScope
{
    /// <summary>Every error of the whole compilation (the full run).</summary>
    WholeCompilation,

    /// <summary>Declaration errors of the compilation, and every error of the documents the fix changed (the fast slice).</summary>
    ChangedDocuments,
}

/// <summary>What applying the code fixes to one compilation's diagnostics gave.</summary>
public sealed class FixOutcome
{
    public static readonly FixOutcome None = new(0, 0, ImmutableArray<string>.Empty);

    public FixOutcome(int diagnosticsWithFixes, int actionsApplied, ImmutableArray<string> brokenFixes)
    {
        DiagnosticsWithFixes = diagnosticsWithFixes;
        ActionsApplied = actionsApplied;
        BrokenFixes = brokenFixes;
    }

    public int DiagnosticsWithFixes { get; }

    public int ActionsApplied { get; }

    /// <summary>Actions that threw, or whose result has compile errors the input did not have; one line each.</summary>
    public ImmutableArray<string> BrokenFixes { get; }
}

/// <summary>
/// Applies every code action that every <see cref="CodeFixProvider"/> offers for every analyzer diagnostic, in an
/// <see cref="AdhocWorkspace"/>, and reports the actions whose result has compile errors the input did not have.
/// The providers are found by reflection in MigrationAnalyzers.CodeFixes, so fixes are checked as soon as they exist.
/// </summary>
public static class FixChecker
{
    private const string CodeFixesAssemblyName = "MigrationAnalyzers.CodeFixes";

    /// <summary>Every concrete <see cref="CodeFixProvider"/> with a parameterless constructor in MigrationAnalyzers.CodeFixes.</summary>
    public static ImmutableArray<CodeFixProvider> DiscoverProviders()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(CodeFixesAssemblyName));
        }
        catch (FileNotFoundException)
        {
            return ImmutableArray<CodeFixProvider>.Empty;
        }

        return ProvidersIn(assembly);
    }

    public static ImmutableArray<CodeFixProvider> ProvidersIn(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>
    /// Builds the project in a workspace, analyzes it, and applies every offered action to every diagnostic.
    /// Does nothing (and costs nothing) when no provider fixes any of <paramref name="diagnosticIds"/>.
    /// </summary>
    public static async Task<FixOutcome> CheckAsync(
        ImmutableArray<SyntaxTree> trees,
        OutputKind outputKind,
        ImmutableArray<AdditionalText> additionalFiles,
        ImmutableArray<CodeFixProvider> providers,
        IEnumerable<string> diagnosticIds,
        FixCheckScope scope,
        CancellationToken cancellationToken)
    {
        var ids = diagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
        var relevant = providers.Where(p => p.FixableDiagnosticIds.Any(ids.Contains)).ToImmutableArray();
        if (relevant.IsEmpty)
        {
            return FixOutcome.None;
        }

        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documents = trees.Add(Corpus.ImplicitUsings).Select(tree => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            tree.FilePath,
            loader: TextLoader.From(TextAndVersion.Create(tree.GetText(cancellationToken), VersionStamp.Default, tree.FilePath)),
            filePath: tree.FilePath));
        var additionalDocuments = additionalFiles.Select(file => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            file.Path,
            loader: TextLoader.From(TextAndVersion.Create(file.GetText(cancellationToken) ?? SourceText.From(string.Empty), VersionStamp.Default, file.Path)),
            filePath: file.Path));
        var project = workspace.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "ProjectUnderTest",
            "ProjectUnderTest",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: Corpus.ParseOptions,
            documents: documents,
            metadataReferences: RobustnessReferences.All,
            additionalDocuments: additionalDocuments));

        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var analysis = await AnalysisRunner.AnalyzeAsync(compilation, additionalFiles, TimeSpan.FromMinutes(2), cancellationToken: cancellationToken).ConfigureAwait(false);
        var before = new ErrorCache(compilation);

        var broken = new List<string>();
        var diagnosticsWithFixes = 0;
        var applied = 0;
        foreach (var diagnostic in analysis.Diagnostics)
        {
            var document = diagnostic.Location.SourceTree is { } tree ? project.Solution.GetDocument(tree) : null;
            if (document is null)
            {
                continue;
            }

            var hadFix = false;
            foreach (var provider in relevant.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => { lock (actions) { actions.Add(action); } }, cancellationToken);
                    await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A provider that throws is a broken fix to report.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    broken.Add($"{provider.GetType().Name} threw registering fixes for {Short(diagnostic)}: {exception.GetType().Name}: {exception.Message}");
                    continue;
                }

                foreach (var action in Flatten(actions))
                {
                    hadFix = true;
                    applied++;
                    var problem = await ApplyAsync(action, project, before, scope, cancellationToken).ConfigureAwait(false);
                    if (problem is not null)
                    {
                        broken.Add($"{provider.GetType().Name} '{action.Title}' for {Short(diagnostic)}: {problem}");
                    }
                }
            }

            if (hadFix)
            {
                diagnosticsWithFixes++;
            }
        }

        return new FixOutcome(diagnosticsWithFixes, applied, broken.ToImmutableArray());
    }

    private static async Task<string?> ApplyAsync(CodeAction action, Project project, ErrorCache before, FixCheckScope scope, CancellationToken cancellationToken)
    {
        ImmutableArray<CodeActionOperation> operations;
        try
        {
            operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An action that throws is a broken fix to report.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return $"threw {exception.GetType().Name}: {exception.Message}";
        }

        foreach (var operation in operations.OfType<ApplyChangesOperation>())
        {
            var changedProject = operation.ChangedSolution.GetProject(project.Id);
            if (changedProject is null)
            {
                return "removed the project";
            }

            var changedDocuments = changedProject.GetChanges(project).GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)
                .Concat(changedProject.GetChanges(project).GetAddedDocuments())
                .ToImmutableArray();
            var compilation = (await changedProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            var after = new ErrorCache(compilation);
            var paths = scope == FixCheckScope.WholeCompilation
                ? null
                : changedDocuments.Select(id => changedProject.GetDocument(id)?.FilePath).OfType<string>().ToImmutableHashSet(StringComparer.Ordinal);
            var added = Subtract(after.Errors(paths, cancellationToken), before.Errors(paths, cancellationToken));
            if (added.Count > 0)
            {
                return $"{added.Count} new compile error(s): {string.Join(" | ", added.Take(3))}";
            }
        }

        return null;
    }

    private static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions)
    {
        foreach (var action in actions)
        {
            if (action.NestedActions.IsDefaultOrEmpty)
            {
                yield return action;
            }
            else
            {
                foreach (var nested in Flatten(action.NestedActions))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The errors of <paramref name="after"/> that <paramref name="before"/> does not have, counted as a multiset.</summary>
    private static List<string> Subtract(List<string> after, List<string> before)
    {
        var remaining = before.GroupBy(e => e, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var added = new List<string>();
        foreach (var error in after)
        {
            if (remaining.TryGetValue(error, out var count) && count > 0)
            {
                remaining[error] = count - 1;
            }
            else
            {
                added.Add(error);
            }
        }

        return added;
    }

    private static string Short(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} at {span.Path}:{span.StartLinePosition.Line + 1}";
    }

    /// <summary>
    /// A compilation's errors, as "ID: message" (positions move when a fix edits a file): declaration errors plus
    /// every error of the given files, or of the whole compilation.
    /// </summary>
    private sealed class ErrorCache(Compilation compilation)
    {
        private List<string>? _all;
        private List<string>? _declarations;
        private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

        public List<string> Errors(ImmutableHashSet<string>? paths, CancellationToken cancellationToken)
        {
            if (paths is null)
            {
                return _all ??= Keys(compilation.GetDiagnostics(cancellationToken));
            }

            var errors = new List<string>(_declarations ??= Keys(compilation.GetDeclarationDiagnostics(cancellationToken)));
            foreach (var path in paths.OrderBy(p => p, StringComparer.Ordinal))
            {
                if (!_byPath.TryGetValue(path, out var fileErrors))
                {
                    var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
                    fileErrors = tree is null ? new List<string>() : Keys(compilation.GetSemanticModel(tree).GetDiagnostics(cancellationToken: cancellationToken));
                    _byPath.Add(path, fileErrors);
                }

                errors.AddRange(fileErrors);
            }

            return errors;
        }

        private static List<string> Keys(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}")
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();
    }
}

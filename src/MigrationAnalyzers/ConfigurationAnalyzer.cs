using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.Configuration;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers;

/// <summary>
/// MIG2003: configuration that cannot be right, reported once per compilation: a name in
/// <c>migration_analyzers.isolated_contexts</c> that names no context of the compilation, and a
/// <c>migration_analyzers.baseline</c> that is no migration id of it (with the full id when the name matches one), and a
/// key under <c>migration_analyzers.</c> that no option has (a typo silently configures nothing).
/// The options come from <c>.editorconfig</c> sections (read for every tree: lookups, no walk) and the global configuration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Mig2003_InvalidConfiguration);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationAction(Report);
    }

    private static void Report(CompilationAnalysisContext context)
    {
        if (!SemanticFacts.References(context.Compilation, SemanticFacts.RelationalAssemblyName))
        {
            return;
        }

        foreach (var pair in UnknownKeys(context))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Mig2003_InvalidConfiguration,
                Location.None,
                pair.Key,
                pair.Value,
                $"no option has this name, so it configures nothing; the options are {string.Join(" and ", KnownOptions)}"));
        }

        var isolated = Values(context, IsolatedContexts.OptionName);
        var baselines = Values(context, Baseline.OptionName);
        if (isolated.Count == 0 && baselines.Count == 0)
        {
            return;
        }

        var index = ModelIndex.Build(context.Compilation, context.CancellationToken);
        foreach (var name in isolated.SelectMany(value => IsolatedContexts.Parse(value).Names).Distinct(StringComparer.Ordinal))
        {
            if (!index.Contexts.Any(c => c.IsNamed(name)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.Mig2003_InvalidConfiguration,
                    Location.None,
                    IsolatedContexts.OptionName,
                    name,
                    $"no DbContext named '{name}' has a snapshot or migrations in this compilation; write a context's simple or full name ({string.Join(", ", index.Contexts.Select(c => c.Name))})"));
            }
        }

        foreach (var value in baselines.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var migrations = index.Migrations.Values.Where(m => m.Id is not null).ToList();
            if (migrations.Any(m => m.Id == value))
            {
                continue;
            }

            var named = migrations.Where(m => m.Name == value || m.Id!.EndsWith("_" + value, StringComparison.Ordinal)).Select(m => m.Id!).OrderBy(id => id, StringComparer.Ordinal).ToList();
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.Mig2003_InvalidConfiguration,
                Location.None,
                Baseline.OptionName,
                value,
                named.Count > 0
                    ? $"the baseline is compared with migration ids; write the full id '{string.Join("' or '", named)}'"
                    : "no migration of this compilation has that id; the baseline still skips every migration whose id sorts at or before it"));
        }
    }

    private const string OptionPrefix = "migration_analyzers.";

    private static readonly ImmutableArray<string> KnownOptions = ImmutableArray.Create(Baseline.OptionName, IsolatedContexts.OptionName);

    /// <summary>The keys under <c>migration_analyzers.</c> of the global configuration and of every tree's sections that no option has.</summary>
    private static SortedDictionary<string, string> UnknownKeys(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var unknown = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var options in context.Compilation.SyntaxTrees.Select(provider.GetOptions).Prepend(provider.GlobalOptions))
        {
            foreach (var key in KeysOf(options))
            {
                if (key.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase) && !KnownOptions.Contains(key, StringComparer.OrdinalIgnoreCase)
                    && !unknown.ContainsKey(key))
                {
                    unknown.Add(key, options.TryGetValue(key, out var value) ? value : string.Empty);
                }
            }
        }

        return unknown;
    }

    private static IEnumerable<string> KeysOf(AnalyzerConfigOptions options)
    {
        try
        {
            return options.Keys.ToList();
        }
        catch (NotImplementedException)
        {
            // Keys is virtual and throws in option providers written before it existed (hosts other than the compiler's).
            return Array.Empty<string>();
        }
    }

    private static HashSet<string> Values(CompilationAnalysisContext context, string option)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (provider.GlobalOptions.TryGetValue(option, out var global) && !string.IsNullOrWhiteSpace(global))
        {
            values.Add(global);
        }

        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (provider.GetOptions(tree).TryGetValue(option, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                values.Add(value);
            }
        }

        return values;
    }
}

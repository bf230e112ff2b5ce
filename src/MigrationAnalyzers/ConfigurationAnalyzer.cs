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
/// <c>migration_analyzers.baseline</c> that is no migration id of it (with the full id when the name matches one).
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
        if (context.Compilation.GetTypeByMetadataName(SemanticFacts.MigrationTypeName) is null)
        {
            return;
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

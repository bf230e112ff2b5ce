using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Configuration;

/// <summary>
/// <c>migration_analyzers.isolated_contexts = IdentityDbContext, Shop.Data.SettingsContext</c> in <c>.editorconfig</c> or
/// a <c>.globalconfig</c>: each listed context (by simple or full name) has a database that no other context shares,
/// so its snapshot is no evidence against another context's drop, and no other context's snapshot against its drops.
/// </summary>
internal readonly struct IsolatedContexts
{
    public const string OptionName = "migration_analyzers.isolated_contexts";

    private static readonly char[] Separators = { ',', ';' };

    private IsolatedContexts(ImmutableArray<string> names) => Names = names;

    public static IsolatedContexts None => default;

    /// <summary>The names as written, trimmed; empty when the option is not set.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The option that applies to <paramref name="tree"/>: its <c>.editorconfig</c> section, else the global configuration.</summary>
    public static IsolatedContexts Read(AnalyzerOptions options, SyntaxTree tree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        return provider.GetOptions(tree).TryGetValue(OptionName, out var value) || provider.GlobalOptions.TryGetValue(OptionName, out value)
            ? Parse(value)
            : None;
    }

    public static IsolatedContexts Parse(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? None
            : new IsolatedContexts(value!.Split(Separators).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray());

    /// <summary>Whether the list names a context called <paramref name="matches"/> (simple or full name, as the predicate decides).</summary>
    public bool Contains(Func<string, bool> matches)
    {
        if (Names.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (var name in Names)
        {
            if (matches(name))
            {
                return true;
            }
        }

        return false;
    }
}

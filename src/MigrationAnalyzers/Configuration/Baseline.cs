using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Configuration;

/// <summary>
/// <c>migration_analyzers.baseline = &lt;migration id&gt;</c> in <c>.editorconfig</c> or a <c>.globalconfig</c>:
/// every rule skips migrations whose id sorts (ordinal) at or before it, so a team adopting the package on a
/// long history is not told about migrations that ran in production long ago.
/// </summary>
internal static class Baseline
{
    public const string OptionName = "migration_analyzers.baseline";

    private const string MigrationAttributeName = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";

    /// <summary>Whether the baseline that applies to <paramref name="tree"/> covers <paramref name="migration"/>.</summary>
    public static bool Covers(AnalyzerOptions options, SyntaxTree tree, INamedTypeSymbol migration)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if ((!provider.GetOptions(tree).TryGetValue(OptionName, out var baseline) && !provider.GlobalOptions.TryGetValue(OptionName, out baseline))
            || string.IsNullOrWhiteSpace(baseline))
        {
            return false;
        }

        return IdOf(migration) is { } id && string.CompareOrdinal(id, baseline.Trim()) <= 0;
    }

    /// <summary>The id in <c>[Migration("id")]</c> on any partial of the class.</summary>
    public static string? IdOf(INamedTypeSymbol migration)
    {
        foreach (var attribute in migration.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == MigrationAttributeName
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }

        return null;
    }
}

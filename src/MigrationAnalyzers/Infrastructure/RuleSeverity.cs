using System.Threading;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>Whether a rule is on for a tree, so that a rule disabled by default costs nothing until a team enables it.</summary>
internal static class RuleSeverity
{
    public static bool IsEnabled(Compilation compilation, SyntaxTree tree, DiagnosticDescriptor descriptor, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        if (options.SyntaxTreeOptionsProvider is { } provider)
        {
            if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var perTree))
            {
                return perTree != ReportDiagnostic.Suppress;
            }

            if (provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
            {
                return global != ReportDiagnostic.Suppress;
            }
        }

        return options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific)
            ? specific != ReportDiagnostic.Suppress
            : descriptor.IsEnabledByDefault;
    }
}

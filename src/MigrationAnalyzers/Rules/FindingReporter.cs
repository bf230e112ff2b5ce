using System;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// The one place every rule's <see cref="Finding"/> passes through on its way to a diagnostic: a finding that
/// an <c>[ApprovedDataLoss]</c> on the migration covers is not reported.
/// </summary>
internal static class FindingReporter
{
    public static void Report(Finding? finding, Action<Diagnostic> report)
    {
        if (finding is null || finding.IsApproved)
        {
            return;
        }

        report(finding.ToDiagnostic());
    }
}

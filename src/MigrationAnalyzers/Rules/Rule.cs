using System;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>Judges one operation: a finding, or <see langword="null"/> when the operation is fine by this rule.</summary>
internal delegate Finding? RuleEvaluation(MigrationOperation operation, RuleContext context);

/// <summary>The code fixes a rule's findings get.</summary>
[Flags]
internal enum RuleFixes
{
    None = 0,

    /// <summary>"Remove this drop": the drop and what belongs to it in <c>Up()</c> and <c>Down()</c>.</summary>
    RemoveDrop = 1,

    /// <summary>"Approve this drop": an <c>[ApprovedDataLoss]</c> on the migration class.</summary>
    Approve = 2,

    /// <summary>"Rename instead (keep the values)": a drop and add that look like a rename become the rename.</summary>
    RenameInstead = 4,
}

/// <summary>One row of <see cref="RuleTable"/>: a descriptor, how the rule judges an operation, and the fixes it gets.</summary>
internal sealed class Rule
{
    public Rule(DiagnosticDescriptor descriptor, RuleEvaluation evaluate, RuleFixes fixes, bool onlyWhereNoOtherRuleFinds = false)
    {
        Descriptor = descriptor;
        Evaluate = evaluate;
        Fixes = fixes;
        OnlyWhereNoOtherRuleFinds = onlyWhereNoOtherRuleFinds;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public RuleEvaluation Evaluate { get; }

    public RuleFixes Fixes { get; }

    /// <summary>
    /// Judged only for operations no earlier rule of the table found anything in: one finding per drop, the
    /// stronger evidence first. Such a rule relies on the earlier rows and may skip their checks.
    /// </summary>
    public bool OnlyWhereNoOtherRuleFinds { get; }

    /// <summary>A rule that is off by default costs nothing until a configuration turns it on.</summary>
    public bool IsOptIn => !Descriptor.IsEnabledByDefault;
}

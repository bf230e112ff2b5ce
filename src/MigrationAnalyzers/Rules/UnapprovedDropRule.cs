using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1005 (off by default): every <c>DropTable</c> and <c>DropColumn</c> in <c>Up()</c> needs an
/// <c>[ApprovedDataLoss]</c>, whether or not a model maps it. <see cref="FindingReporter"/> drops the approved ones.
/// </summary>
internal static class UnapprovedDropRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (context.Direction != MigrationDirection.Up || operation.IsRawSql || operation.Target is not { } target)
        {
            return null;
        }

        var what = operation.Kind switch
        {
            MigrationOperationKind.DropTable => "table '" + target + "'",
            MigrationOperationKind.DropColumn when target.IsColumn => "column '" + target + "'",
            _ => null,
        };
        return what is null
            ? null
            : new Finding(Descriptors.Mig1005_DropWithoutApproval, operation, context, new object?[] { context.Name, what }, evidence: null);
    }
}

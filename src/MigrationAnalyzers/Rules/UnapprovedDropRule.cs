using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1005 (off by default): every <c>DropTable</c> and <c>DropColumn</c> in <c>Up()</c> needs an
/// <c>[ApprovedDataLoss]</c>, whether or not a model maps it. <see cref="FindingReporter"/> drops the approved ones.
/// </summary>
internal static class UnapprovedDropRule
{
    public static Finding? Evaluate(MigrationOperation operation, MigrationUnderAnalysis migration)
    {
        if (migration.Direction != MigrationDirection.Up || operation.IsRawSql)
        {
            return null;
        }

        string what;
        switch (operation.Kind)
        {
            case MigrationOperationKind.DropTable:
                what = "table '" + (operation.Schema is null ? operation.Table : operation.Schema + "." + operation.Table) + "'";
                break;
            case MigrationOperationKind.DropColumn when operation.Column is not null:
                what = "column '" + operation.Table + "." + operation.Column + "'";
                break;
            default:
                return null;
        }

        return new Finding(Descriptors.Mig1005_DropWithoutApproval, operation, migration, new object?[] { migration.Name, what }, evidence: null);
    }
}

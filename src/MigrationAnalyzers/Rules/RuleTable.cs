using System.Collections.Immutable;
using System.Linq;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// Every rule that judges migration operations, in the order they judge each operation. The analyzer's supported
/// diagnostics and the fixer's fixable ids are derived from this table; a new rule is one new row.
/// </summary>
internal static class RuleTable
{
    public static readonly ImmutableArray<Rule> OperationRules = ImmutableArray.Create(
        new Rule(Descriptors.Mig1001_DropTableOfMappedTable, DropTableOfMappedTableRule.Evaluate, RuleFixes.RemoveDrop | RuleFixes.Approve),
        new Rule(Descriptors.Mig1002_DropColumnOfMappedColumn, DropColumnOfMappedColumnRule.Evaluate, RuleFixes.RemoveDrop | RuleFixes.Approve),
        new Rule(Descriptors.Mig1003_ChangeOfProtectedTable, ChangeOfProtectedTableRule.Evaluate, RuleFixes.RemoveDrop | RuleFixes.Approve),

        // Raw SQL is the user's to edit: removing a whole Sql(...) call could lose more than the statement.
        new Rule(Descriptors.Mig1004_RawSqlDataLoss, RawSqlDataLossRule.Evaluate, RuleFixes.Approve),
        new Rule(Descriptors.Mig1006_RenamedAsDropAndAdd, RenamedAsDropAndAddRule.Evaluate, RuleFixes.RenameInstead | RuleFixes.Approve, onlyWhereNoOtherRuleFinds: true),
        new Rule(Descriptors.Mig1007_DropTableMappedBySource, DropTableMappedBySourceRule.Evaluate, RuleFixes.RemoveDrop | RuleFixes.Approve, onlyWhereNoOtherRuleFinds: true),
        new Rule(Descriptors.Mig1005_DropWithoutApproval, UnapprovedDropRule.Evaluate, RuleFixes.Approve));

    /// <summary>The ids of the rules whose findings get <paramref name="fix"/>.</summary>
    public static ImmutableArray<string> IdsWith(RuleFixes fix)
        => OperationRules.Where(rule => (rule.Fixes & fix) != 0).Select(rule => rule.Descriptor.Id).ToImmutableArray();
}

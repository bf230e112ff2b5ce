using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1007: <c>DropTable</c> in <c>Up()</c> of a table that no migration model maps but the compilation's own code does
/// (<see cref="SourceMapping.SourceMappings"/>). It judges only drops no other rule reports (MIG1001, MIG1003 come first
/// in <see cref="RuleTable"/>), so a table a model still maps or a manifest protects is reported once, by them.
/// </summary>
internal static class DropTableMappedBySourceRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (operation.IsRawSql || operation.Kind != MigrationOperationKind.DropTable || context.Direction != MigrationDirection.Up
            || operation.Target is not { } table
            || context.IsCreatedAgainLater(operation)
            || context.Context?.IsCreatedAfter(context.Migration?.Id, table) == true
            || context.SourceMappings.Find(table, context.Scope) is not { } mapping
            || (mapping.OwnerContext is { } owner && context.IsIsolatedFrom(owner)))
        {
            return null;
        }

        var where = mapping.Location.GetLineSpan() is { IsValid: true } span
            ? $"{mapping.How} at {System.IO.Path.GetFileName(span.Path)}:{span.StartLinePosition.Line + 1}"
            : $"{mapping.How} in a referenced assembly";
        var advice = mapping.How == "ToTable" && !mapping.IsInDbContext
            ? "apply it in a DbContext, delete the mapping, or approve the drop"
            : "keep the table, delete the mapping, or approve the drop";
        return new Finding(
            Descriptors.Mig1007_DropTableMappedBySource,
            operation,
            context,
            new object?[] { context.Name, table.ToString(), mapping.Owner, where, advice },
            mapping.Location.Kind == LocationKind.SourceFile ? mapping.Location : null);
    }
}

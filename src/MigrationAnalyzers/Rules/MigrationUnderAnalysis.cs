using System.Collections.Immutable;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>The <c>Up()</c> or <c>Down()</c> method being analyzed, with what the rules need to judge its operations.</summary>
internal sealed class MigrationUnderAnalysis
{
    public MigrationUnderAnalysis(
        string name,
        MigrationDirection direction,
        ModelIndex index,
        MigrationInfo? migration,
        ImmutableArray<MigrationOperation> operations,
        ImmutableArray<MigrationOperation> upOperations,
        MigrationApprovals? approvals = null)
    {
        Approvals = approvals ?? MigrationApprovals.None;
        Name = name;
        Direction = direction;
        Index = index;
        Migration = migration;
        Operations = operations;
        UpOperations = upOperations;
    }

    /// <summary>The migration class name, as messages show it.</summary>
    public string Name { get; }

    public MigrationDirection Direction { get; }

    public ModelIndex Index { get; }

    /// <summary>The migration as the index knows it; <see langword="null"/> when the index has not seen it.</summary>
    public MigrationInfo? Migration { get; }

    public ContextModel? Context => Migration is null ? null : Index.ContextOf(Migration);

    /// <summary>The operations of the method being analyzed, in source order.</summary>
    public ImmutableArray<MigrationOperation> Operations { get; }

    /// <summary>The operations of the same migration's <c>Up()</c>.</summary>
    public ImmutableArray<MigrationOperation> UpOperations { get; }

    /// <summary>The <c>[ApprovedDataLoss]</c> approvals on the migration class.</summary>
    public MigrationApprovals Approvals { get; }
}

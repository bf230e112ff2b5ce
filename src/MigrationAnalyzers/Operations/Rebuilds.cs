using System.Collections.Immutable;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Operations;

/// <summary>The rebuild idiom that keeps the data: copy the rows (values) into a new table (column), drop the old one, rename the new one back.</summary>
internal static class Rebuilds
{
    /// <summary>Whether <paramref name="drop"/> is the middle step of a rebuild in <paramref name="operations"/>.</summary>
    public static bool IsPartOfRebuild(ImmutableArray<MigrationOperation> operations, MigrationOperation drop, NameScope scope)
    {
        MigrationOperationKind copyKind, renameKind;
        switch (drop.Kind)
        {
            case MigrationOperationKind.DropTable:
                (copyKind, renameKind) = (MigrationOperationKind.CopyRows, MigrationOperationKind.RenameTable);
                break;
            case MigrationOperationKind.DropColumn:
                (copyKind, renameKind) = (MigrationOperationKind.CopyColumn, MigrationOperationKind.RenameColumn);
                break;
            default:
                return false;
        }

        if (drop.Target is not { } dropped)
        {
            return false;
        }

        var index = operations.IndexOf(drop);
        for (var i = 0; i < index; i++)
        {
            var copy = operations[i];
            if (copy.Kind == copyKind && copy.Target is { } source && copy.Destination is { } destination && scope.Same(source, dropped)
                && IsRenamedBack(operations, index, renameKind, destination, dropped, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRenamedBack(
        ImmutableArray<MigrationOperation> operations, int dropIndex, MigrationOperationKind renameKind, TableRef copy, TableRef dropped, NameScope scope)
    {
        for (var i = dropIndex + 1; i < operations.Length; i++)
        {
            var rename = operations[i];
            if (rename.Kind == renameKind && rename.Target is { } from && rename.Destination is { } to
                && scope.Same(from, copy) && scope.Same(to, dropped))
            {
                return true;
            }
        }

        return false;
    }
}

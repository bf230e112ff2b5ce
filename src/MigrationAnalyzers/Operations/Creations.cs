using System.Collections.Immutable;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Operations;

/// <summary>
/// The one answer to "is this table (column) created by these operations?": the <c>Down()</c> exemption ("Down()
/// drops what Up() created"), "re-created later in this Up()", "created again by a later migration" and the code
/// fixes all ask here.
/// </summary>
internal static class Creations
{
    /// <summary>
    /// Whether <paramref name="operation"/> brings <paramref name="target"/> into existence. A table: <c>CreateTable</c>
    /// of it, or <c>RenameTable</c> to it. A column: <c>AddColumn</c> of it, <c>RenameColumn</c> to it, <c>CreateTable</c>
    /// of its table listing it, or <c>RenameTable</c> to its table (which brings every column the renamed table has).
    /// </summary>
    public static bool Creates(this MigrationOperation operation, TableRef target, NameScope scope) => operation.Creates(scope, target, scope);

    /// <summary>
    /// Whether <paramref name="operation"/>, written in <paramref name="scope"/>, brings <paramref name="target"/>, written in
    /// <paramref name="targetScope"/> (another context's migration), into existence; as <see cref="Creates(MigrationOperation, TableRef, NameScope)"/>.
    /// </summary>
    public static bool Creates(this MigrationOperation operation, NameScope scope, TableRef target, NameScope targetScope)
    {
        if (operation.Created is not { } created || !NameScope.SameTable(created, scope, target, targetScope))
        {
            return false;
        }

        if (target.Column is null)
        {
            return created.Column is null;
        }

        return operation.Kind switch
        {
            MigrationOperationKind.AddColumn or MigrationOperationKind.RenameColumn => NameScope.SameName(created.Column, scope, target.Column, targetScope),
            MigrationOperationKind.CreateTable => Lists(operation.Columns, scope, target.Column, targetScope),
            _ => true,
        };
    }

    /// <summary>Whether an operation of <paramref name="operations"/> from position <paramref name="start"/> on creates <paramref name="target"/>.</summary>
    public static bool AnyCreates(ImmutableArray<MigrationOperation> operations, TableRef target, NameScope scope, int start = 0)
    {
        for (var i = start; i < operations.Length; i++)
        {
            if (operations[i].Creates(target, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an operation after <paramref name="operation"/> in <paramref name="operations"/> creates what it acts on again.</summary>
    public static bool IsCreatedAgainAfter(ImmutableArray<MigrationOperation> operations, MigrationOperation operation, NameScope scope)
        => operation.Target is { } target && AnyCreates(operations, target, scope, operations.IndexOf(operation) + 1);

    private static bool Lists(ImmutableArray<string> columns, NameScope scope, string column, NameScope columnScope)
    {
        foreach (var listed in columns)
        {
            if (NameScope.SameName(listed, scope, column, columnScope))
            {
                return true;
            }
        }

        return false;
    }
}

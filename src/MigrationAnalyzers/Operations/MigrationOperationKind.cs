namespace MigrationAnalyzers.Operations;

internal enum MigrationOperationKind
{
    DropTable,
    DropColumn,
    CreateTable,
    AddColumn,
    RenameTable,
    RenameColumn,
    DropSchema,

    /// <summary>Raw SQL <c>TRUNCATE</c>.</summary>
    Truncate,

    /// <summary>Raw SQL <c>DELETE FROM t</c> without <c>WHERE</c>.</summary>
    DeleteAllRows,

    /// <summary>Raw SQL that copies the rows of the target into the destination (<c>INSERT INTO new SELECT ... FROM old</c>).</summary>
    CopyRows,

    /// <summary>Raw SQL that copies the target column into the destination column (<c>UPDATE t SET new = old</c>).</summary>
    CopyColumn,

    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropUniqueConstraint,
    CreateIndex,
    AddForeignKey,
    AddPrimaryKey,
    AddUniqueConstraint,
    InsertData,
    Sql,
}

/// <summary>What kind of change each operation kind is: the one place these lists are written.</summary>
internal static class MigrationOperationKinds
{
    /// <summary>Destroys rows or values: drops of tables, columns and schemas, and raw SQL that empties a table.</summary>
    public static bool IsDestructive(this MigrationOperationKind kind)
        => kind is MigrationOperationKind.DropTable or MigrationOperationKind.DropColumn or MigrationOperationKind.DropSchema
            or MigrationOperationKind.Truncate or MigrationOperationKind.DeleteAllRows;

    public static bool IsRenaming(this MigrationOperationKind kind)
        => kind is MigrationOperationKind.RenameTable or MigrationOperationKind.RenameColumn;

    /// <summary>
    /// What an <c>[ApprovedDataLoss]</c> can approve: a destructive or renaming change of one table or column.
    /// A schema drop names no table, so no approval covers it.
    /// </summary>
    public static bool IsApprovable(this MigrationOperationKind kind)
        => (kind.IsDestructive() || kind.IsRenaming()) && kind != MigrationOperationKind.DropSchema;

    /// <summary>The drops of an index or key, each the inverse of the creation <see cref="CreationOf"/> names.</summary>
    public static MigrationOperationKind? CreationOf(this MigrationOperationKind drop) => drop switch
    {
        MigrationOperationKind.DropIndex => MigrationOperationKind.CreateIndex,
        MigrationOperationKind.DropPrimaryKey => MigrationOperationKind.AddPrimaryKey,
        MigrationOperationKind.DropUniqueConstraint => MigrationOperationKind.AddUniqueConstraint,
        MigrationOperationKind.DropForeignKey => MigrationOperationKind.AddForeignKey,
        _ => null,
    };

    public static bool IsConstraintDrop(this MigrationOperationKind kind) => kind.CreationOf() is not null;

    /// <summary>The creations of an index or key: what <see cref="CreationOf"/> answers for a drop.</summary>
    public static bool IsConstraintCreation(this MigrationOperationKind kind)
        => kind is MigrationOperationKind.CreateIndex or MigrationOperationKind.AddPrimaryKey or MigrationOperationKind.AddUniqueConstraint
            or MigrationOperationKind.AddForeignKey;
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Operations;

internal enum MigrationOperationKind
{
    DropTable,
    DropColumn,
    CreateTable,
    AddColumn,
    RenameTable,
    RenameColumn,

    /// <summary><c>DropSchema(name)</c>: the schema is in <see cref="MigrationOperation.Schema"/>, the table is empty.</summary>
    DropSchema,

    /// <summary>Raw SQL <c>TRUNCATE</c>.</summary>
    Truncate,

    /// <summary>Raw SQL <c>DELETE FROM t</c> without <c>WHERE</c>.</summary>
    DeleteAllRows,

    /// <summary>Raw SQL that copies rows from <see cref="MigrationOperation.Table"/> into <see cref="MigrationOperation.NewName"/> (<c>INSERT INTO new SELECT ... FROM old</c>).</summary>
    CopyRows,

    /// <summary>Raw SQL that copies column <see cref="MigrationOperation.Column"/> into <see cref="MigrationOperation.NewName"/> (<c>UPDATE t SET new = old</c>).</summary>
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

internal enum MigrationDirection
{
    Up,
    Down,
}

/// <summary>
/// One <c>migrationBuilder</c> call of <c>Up()</c> or <c>Down()</c> with its names resolved to constants.
/// Calls whose names are not constant are not recorded.
/// </summary>
internal sealed class MigrationOperation
{
    public MigrationOperation(
        MigrationOperationKind kind,
        string? schema,
        string table,
        string? column,
        string? newSchema,
        string? newName,
        ImmutableArray<string> createdColumns,
        InvocationExpressionSyntax syntax,
        bool isRawSql = false,
        Location? sqlLocation = null)
        : this(kind, schema, table, column, newSchema, newName, createdColumns, syntax, null, ImmutableArray<string>.Empty, null, null, isRawSql, sqlLocation)
    {
    }

    /// <summary>An operation on an index, key or foreign key, or one with data (<c>InsertData</c>, <c>Sql</c>).</summary>
    public MigrationOperation(
        MigrationOperationKind kind,
        string? schema,
        string table,
        string? column,
        string? newSchema,
        string? newName,
        ImmutableArray<string> createdColumns,
        InvocationExpressionSyntax syntax,
        string? objectName,
        ImmutableArray<string> columns,
        string? principalSchema,
        string? principalTable,
        bool isRawSql = false,
        Location? sqlLocation = null)
    {
        Kind = kind;
        ObjectName = objectName;
        Columns = columns;
        PrincipalSchema = principalSchema;
        PrincipalTable = principalTable;
        Schema = schema;
        Table = table;
        Column = column;
        NewSchema = newSchema;
        NewName = newName;
        CreatedColumns = createdColumns;
        Syntax = syntax;
        IsRawSql = isRawSql;
        SqlLocation = sqlLocation;
    }

    public MigrationOperationKind Kind { get; }

    /// <summary>The schema argument; <see langword="null"/> when omitted or null (the default schema).</summary>
    public string? Schema { get; }

    public string Table { get; }

    /// <summary>The column of a column operation.</summary>
    public string? Column { get; }

    /// <summary>For renames: the schema after the rename (<see langword="null"/> is the default schema).</summary>
    public string? NewSchema { get; }

    /// <summary>For renames: the name after the rename (table or column); the old name when omitted.</summary>
    public string? NewName { get; }

    /// <summary>For <c>CreateTable</c>: the columns it creates.</summary>
    public ImmutableArray<string> CreatedColumns { get; }

    /// <summary>The <c>migrationBuilder</c> call; for raw SQL, the <c>Sql(...)</c> call holding the statement.</summary>
    public InvocationExpressionSyntax Syntax { get; }

    /// <summary>Read from a statement of <c>migrationBuilder.Sql(...)</c>, not from a builder method.</summary>
    public bool IsRawSql { get; }

    /// <summary>For raw SQL: the statement inside the string literal, where the literal spells the SQL directly.</summary>
    public Location? SqlLocation { get; }

    /// <summary>
    /// The name of the index, key or foreign key of those operations; for <c>Sql</c>, the SQL text
    /// (<see langword="null"/> when it is not a constant).
    /// </summary>
    public string? ObjectName { get; }

    /// <summary>For index, key and foreign-key creations: their columns on <see cref="Table"/>.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>For <c>AddForeignKey</c>: the principal table's schema (<see langword="null"/> is the default schema).</summary>
    public string? PrincipalSchema { get; }

    /// <summary>For <c>AddForeignKey</c>: the principal table.</summary>
    public string? PrincipalTable { get; }

    /// <summary>The table a rename or create leaves behind.</summary>
    public string ResultingTable => Kind == MigrationOperationKind.RenameTable ? NewName ?? Table : Table;

    public string? ResultingSchema => Kind == MigrationOperationKind.RenameTable ? NewSchema : Schema;
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Operations;

internal enum MigrationDirection
{
    Up,
    Down,
}

/// <summary>
/// One <c>migrationBuilder</c> call of <c>Up()</c> or <c>Down()</c>, or one statement of its raw SQL, with its names
/// resolved to constants. Built only through the named factories, so that each field means one thing.
/// </summary>
internal sealed class MigrationOperation
{
    private MigrationOperation(
        MigrationOperationKind kind,
        InvocationExpressionSyntax syntax,
        TableRef? target = null,
        TableRef? destination = null,
        ImmutableArray<string> columns = default,
        string? constraintName = null,
        TableRef? principal = null,
        string? droppedSchema = null,
        string? sqlText = null,
        TextSpan? sqlSpan = null,
        Location? sqlLocation = null,
        bool dropsSchemaContents = false)
    {
        DropsSchemaContents = dropsSchemaContents;
        Kind = kind;
        Syntax = syntax;
        Target = target;
        Destination = destination;
        Columns = columns.IsDefault ? ImmutableArray<string>.Empty : columns;
        ConstraintName = constraintName;
        Principal = principal;
        DroppedSchema = droppedSchema;
        SqlText = sqlText;
        SqlSpan = sqlSpan;
        SqlLocation = sqlLocation;
    }

    public MigrationOperationKind Kind { get; }

    /// <summary>The <c>migrationBuilder</c> call; for raw SQL, the <c>Sql(...)</c> call that holds the statement.</summary>
    public InvocationExpressionSyntax Syntax { get; }

    /// <summary>
    /// The table the operation acts on, with the column for column operations (the old names of a rename, the
    /// source of a copy); <see langword="null"/> only for <see cref="MigrationOperationKind.DropSchema"/> and
    /// <see cref="MigrationOperationKind.Sql"/>.
    /// </summary>
    public TableRef? Target { get; }

    /// <summary>The new names of a rename, or where a copy puts the rows (column values).</summary>
    public TableRef? Destination { get; }

    /// <summary>The columns <c>CreateTable</c> creates, or the columns of an index, key or foreign key.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The name of the index, key or foreign key an operation on one creates or drops.</summary>
    public string? ConstraintName { get; }

    /// <summary>The principal table of <c>AddForeignKey</c>.</summary>
    public TableRef? Principal { get; }

    /// <summary>The schema <c>DropSchema</c> drops.</summary>
    public string? DroppedSchema { get; }

    /// <summary>
    /// Raw SQL that drops a schema with everything in it whatever the provider: <c>DROP SCHEMA s CASCADE</c>
    /// (PostgreSQL) or <c>DROP DATABASE s</c> (MySQL). A plain <c>DROP SCHEMA</c> does so only on MySQL.
    /// </summary>
    public bool DropsSchemaContents { get; }

    /// <summary>The text of <c>Sql(...)</c>; <see langword="null"/> when it is not a constant.</summary>
    public string? SqlText { get; }

    /// <summary>For a raw-SQL statement: where it stands in the SQL text.</summary>
    public TextSpan? SqlSpan { get; }

    /// <summary>For a raw-SQL statement: the statement inside the string literal, where the literal spells the SQL directly.</summary>
    public Location? SqlLocation { get; }

    /// <summary>Read from a statement of <c>migrationBuilder.Sql(...)</c>, not from a builder method.</summary>
    public bool IsRawSql => SqlSpan.HasValue;

    /// <summary>What this operation brings into existence: the table it creates or renames to, or the column it adds or renames to.</summary>
    public TableRef? Created => Kind switch
    {
        MigrationOperationKind.CreateTable or MigrationOperationKind.AddColumn => Target,
        MigrationOperationKind.RenameTable or MigrationOperationKind.RenameColumn => Destination,
        _ => null,
    };

    public static MigrationOperation CreateTable(TableRef table, ImmutableArray<string> columns, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.CreateTable, syntax, table, columns: columns);

    public static MigrationOperation DropTable(TableRef table, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.DropTable, syntax, table);

    public static MigrationOperation RenameTable(TableRef table, TableRef newTable, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.RenameTable, syntax, table, newTable);

    public static MigrationOperation AddColumn(TableRef column, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.AddColumn, syntax, column);

    public static MigrationOperation DropColumn(TableRef column, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.DropColumn, syntax, column);

    public static MigrationOperation RenameColumn(TableRef column, string newName, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.RenameColumn, syntax, column, column.TableOnly.WithColumn(newName));

    public static MigrationOperation DropSchema(string schema, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.DropSchema, syntax, droppedSchema: schema);

    /// <summary>An index, key or foreign-key operation other than <c>AddForeignKey</c>, on <paramref name="table"/>.</summary>
    public static MigrationOperation Constraint(
        MigrationOperationKind kind, TableRef table, string name, ImmutableArray<string> columns, InvocationExpressionSyntax syntax)
        => new(kind, syntax, table, columns: columns, constraintName: name);

    public static MigrationOperation AddForeignKey(
        TableRef table, string name, ImmutableArray<string> columns, TableRef principal, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.AddForeignKey, syntax, table, columns: columns, constraintName: name, principal: principal);

    public static MigrationOperation InsertData(TableRef table, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.InsertData, syntax, table);

    /// <summary>A <c>Sql(...)</c> call as a whole; <paramref name="text"/> is <see langword="null"/> when it is not a constant.</summary>
    public static MigrationOperation Sql(string? text, InvocationExpressionSyntax syntax)
        => new(MigrationOperationKind.Sql, syntax, sqlText: text);

    /// <summary>
    /// One statement of the SQL text of <paramref name="syntax"/> (a <c>Sql(...)</c> call): what it does to
    /// <paramref name="target"/>, where it puts a copy or a new name (<paramref name="destination"/>), or the schema it drops.
    /// </summary>
    public static MigrationOperation RawSql(
        MigrationOperationKind kind, TableRef? target, TableRef? destination, string? droppedSchema, TextSpan span, InvocationExpressionSyntax syntax, bool dropsSchemaContents = false)
        => new(kind, syntax, target, destination, droppedSchema: droppedSchema, sqlSpan: span, dropsSchemaContents: dropsSchemaContents);

    /// <summary>This raw-SQL statement, placed at <paramref name="location"/> inside its string literal.</summary>
    public MigrationOperation At(Location? location)
        => new(Kind, Syntax, Target, Destination, Columns, ConstraintName, Principal, DroppedSchema, SqlText, SqlSpan, location, DropsSchemaContents);
}

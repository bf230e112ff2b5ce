using System.Collections.Immutable;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// Parameter order of the <c>MigrationBuilder</c> methods we read, to bind positional arguments in code we
/// read without a semantic model. Unchanged since EF Core 2.0; a test checks them against the real assembly.
/// </summary>
internal static class MigrationBuilderSignatures
{
    public static readonly ImmutableArray<string> DropTable = ImmutableArray.Create("name", "schema");

    public static readonly ImmutableArray<string> DropColumn = ImmutableArray.Create("name", "table", "schema");

    public static readonly ImmutableArray<string> RenameTable = ImmutableArray.Create("name", "schema", "newName", "newSchema");

    public static readonly ImmutableArray<string> RenameColumn = ImmutableArray.Create("name", "table", "newName", "schema");

    public static readonly ImmutableArray<string> AddColumn = ImmutableArray.Create("name", "table", "type", "unicode", "maxLength", "rowVersion", "schema");

    public static readonly ImmutableArray<string> CreateTable = ImmutableArray.Create("name", "columns", "schema", "constraints", "comment");

    public static readonly ImmutableArray<string> DropSchema = ImmutableArray.Create("name");

    public static readonly ImmutableArray<string> Sql = ImmutableArray.Create("sql", "suppressTransaction");

    /// <summary><c>DropForeignKey</c>, <c>DropIndex</c>, <c>DropPrimaryKey</c> and <c>DropUniqueConstraint</c>.</summary>
    public static readonly ImmutableArray<string> DropConstraint = ImmutableArray.Create("name", "table", "schema");

    /// <summary><c>CreateIndex</c>, <c>AddPrimaryKey</c> and <c>AddUniqueConstraint</c>: <c>column</c> or <c>columns</c> by overload.</summary>
    public static readonly ImmutableArray<string> AddConstraint = ImmutableArray.Create("name", "table", "column", "schema");

    /// <summary><c>AddForeignKey</c>: <c>column</c> or <c>columns</c> by overload.</summary>
    public static readonly ImmutableArray<string> AddForeignKey = ImmutableArray.Create("name", "table", "column", "principalTable", "schema", "principalSchema");

    /// <summary><c>InsertData</c>: only the table is bound by position; the overloads differ after it.</summary>
    public static readonly ImmutableArray<string> InsertData = ImmutableArray.Create("table");

    /// <summary><c>ColumnsBuilder.Column&lt;T&gt;(...)</c> inside <c>CreateTable</c>'s columns lambda.</summary>
    public static readonly ImmutableArray<string> Column = ImmutableArray.Create("type", "unicode", "maxLength", "rowVersion", "name");

    /// <summary><c>CreateTableBuilder.PrimaryKey(...)</c> and <c>UniqueConstraint(...)</c> inside <c>CreateTable</c>'s constraints lambda.</summary>
    public static readonly ImmutableArray<string> TableKey = ImmutableArray.Create("name", "columns");

    /// <summary><c>CreateTableBuilder.ForeignKey(...)</c>: <c>column</c> and <c>principalColumn</c>, or <c>columns</c> and <c>principalColumns</c>, by overload.</summary>
    public static readonly ImmutableArray<string> TableForeignKey = ImmutableArray.Create("name", "column", "principalTable", "principalColumn", "principalSchema", "onUpdate", "onDelete");

    /// <summary><c>CreateTableBuilder.CheckConstraint(...)</c>.</summary>
    public static readonly ImmutableArray<string> TableCheckConstraint = ImmutableArray.Create("name", "sql");

    public static ImmutableArray<string> For(string methodName) => methodName switch
    {
        "DropTable" => DropTable,
        "DropColumn" => DropColumn,
        "RenameTable" => RenameTable,
        "RenameColumn" => RenameColumn,
        "AddColumn" => AddColumn,
        "CreateTable" => CreateTable,
        "DropSchema" => DropSchema,

        "DropForeignKey" or "DropIndex" or "DropPrimaryKey" or "DropUniqueConstraint" => DropConstraint,
        "CreateIndex" or "AddPrimaryKey" or "AddUniqueConstraint" => AddConstraint,
        "AddForeignKey" => AddForeignKey,
        "InsertData" => InsertData,
        "Sql" => Sql,
        _ => ImmutableArray<string>.Empty,
    };
}

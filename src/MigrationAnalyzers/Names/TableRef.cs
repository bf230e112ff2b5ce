namespace MigrationAnalyzers.Names;

/// <summary>
/// A table, or a column of it, as written in one place (a migration call, a model, a manifest line, an approval):
/// the schema is <see langword="null"/> where none is written. Whether two references name the same object
/// depends on where each was written: ask <see cref="NameScope"/>, never compare the strings.
/// </summary>
internal sealed class TableRef
{
    public TableRef(string? schema, string table, string? column = null)
    {
        Schema = schema;
        Table = table;
        Column = column;
    }

    /// <summary>The schema as written; <see langword="null"/> for the default schema of the scope it was written in.</summary>
    public string? Schema { get; }

    public string Table { get; }

    /// <summary>The column, for a reference to a column; <see langword="null"/> for the table itself.</summary>
    public string? Column { get; }

    public bool IsColumn => Column is not null;

    /// <summary>The table this reference names or whose column it names.</summary>
    public TableRef TableOnly => Column is null ? this : new TableRef(Schema, Table);

    public TableRef WithColumn(string column) => new(Schema, Table, column);

    /// <summary><c>[schema.]table[.column]</c>, the form every message shows.</summary>
    public override string ToString()
    {
        var table = Schema is null ? Table : Schema + "." + Table;
        return Column is null ? table : table + "." + Column;
    }
}

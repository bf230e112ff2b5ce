using MigrationAnalyzers.Operations;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Sql;

/// <summary>What one SQL statement does to a table, column or schema, with the statement's span in the SQL text.</summary>
internal readonly struct SqlOperation
{
    public SqlOperation(MigrationOperationKind kind, string? schema, string table, string? column, string? newSchema, string? newName, TextSpan span)
    {
        Kind = kind;
        Schema = schema;
        Table = table;
        Column = column;
        NewSchema = newSchema;
        NewName = newName;
        Span = span;
    }

    public MigrationOperationKind Kind { get; }

    public string? Schema { get; }

    public string Table { get; }

    public string? Column { get; }

    public string? NewSchema { get; }

    public string? NewName { get; }

    public TextSpan Span { get; }
}

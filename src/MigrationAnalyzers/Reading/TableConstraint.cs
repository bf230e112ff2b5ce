using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Reading;

/// <summary>The kinds of key and constraint a <c>CreateTable</c> constraints lambda declares.</summary>
internal enum TableConstraintKind
{
    PrimaryKey,
    UniqueConstraint,
    CheckConstraint,
    ForeignKey,
}

/// <summary>One key or constraint of a <c>CreateTable</c>: <c>table.PrimaryKey("PK_X", x => x.Id)[.Annotation(...)...]</c> and its kind.</summary>
internal sealed class TableConstraint
{
    public TableConstraint(
        TableConstraintKind kind, ExpressionSyntax name, ImmutableArray<TableColumn> columns,
        ImmutableArray<(string Name, ExpressionSyntax Expression)> arguments, ImmutableArray<ArgumentListSyntax> annotations)
    {
        Kind = kind;
        Name = name;
        Columns = columns;
        Arguments = arguments;
        Annotations = annotations;
    }

    public TableConstraintKind Kind { get; }

    /// <summary>The <c>name</c> argument as written.</summary>
    public ExpressionSyntax Name { get; }

    /// <summary>The columns of a key or foreign key, in order; empty for a check constraint.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The other arguments as written, by parameter: <c>principalTable</c>, <c>principalColumn</c>, <c>onDelete</c>, <c>sql</c>, ….</summary>
    public ImmutableArray<(string Name, ExpressionSyntax Expression)> Arguments { get; }

    /// <summary>The argument lists of the <c>.Annotation(...)</c> calls chained onto it.</summary>
    public ImmutableArray<ArgumentListSyntax> Annotations { get; }

    public ExpressionSyntax? Argument(string parameter) => Arguments.FirstOrDefault(a => a.Name == parameter).Expression;
}

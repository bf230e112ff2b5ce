using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Reading;

/// <summary>One column of a <c>CreateTable</c>: <c>Member = table.Column&lt;T&gt;(...)[.Annotation(...)...]</c>.</summary>
internal sealed class TableColumn
{
    public TableColumn(string name, ExpressionSyntax? nameArgument, string member, ExpressionSyntax definition)
    {
        Name = name;
        NameArgument = nameArgument;
        Member = member;
        Definition = definition;
    }

    /// <summary>The column's name: its <c>name:</c> argument, else the member.</summary>
    public string Name { get; }

    /// <summary>The <c>name:</c> argument as written; <see langword="null"/> where the member names the column.</summary>
    public ExpressionSyntax? NameArgument { get; }

    /// <summary>The anonymous type's member, by which the constraints lambda refers to the column (<c>x => x.Id</c>).</summary>
    public string Member { get; }

    /// <summary>The whole definition: the <c>Column&lt;T&gt;(...)</c> call with the annotations chained onto it.</summary>
    public ExpressionSyntax Definition { get; }
}

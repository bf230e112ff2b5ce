using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// The store facets a column is written with: the <c>T</c> and the arguments other than its names of an
/// <c>AddColumn&lt;T&gt;(...)</c> call, or of a <c>table.Column&lt;T&gt;(...)</c> inside <c>CreateTable</c>. Arguments are kept
/// as written (in their order), so that a fix can write them elsewhere and a message can show them.
/// </summary>
internal sealed class ColumnFacets
{
    private const int MaxDescribedLength = 64;

    /// <summary>The arguments that name the column rather than describe it.</summary>
    private static readonly ImmutableHashSet<string> NameParameters = ImmutableHashSet.Create("name", "table", "schema");

    /// <summary>What EF writes only to fill existing rows of a new column: not a facet that makes two columns differ.</summary>
    public const string DefaultValue = "defaultValue";

    private ColumnFacets(string? clrType, ImmutableArray<(string Name, ExpressionSyntax Expression)> arguments)
    {
        ClrType = clrType;
        Arguments = arguments;
    }

    /// <summary>The <c>T</c> as written (<c>string</c>, <c>long</c>); <see langword="null"/> when the call has none.</summary>
    public string? ClrType { get; }

    /// <summary>The facet arguments as written, by parameter name, in source order.</summary>
    public ImmutableArray<(string Name, ExpressionSyntax Expression)> Arguments { get; }

    /// <summary>The store type (<c>type:</c>), when written as a constant.</summary>
    public string? StoreType => Constant("type");

    public string? MaxLength => Text("maxLength");

    /// <summary><c>nullable:</c>; EF's default is <see langword="false"/>.</summary>
    public bool IsNullable => Text("nullable") == "true";

    /// <summary>Reads <c>migrationBuilder.AddColumn&lt;T&gt;(...)</c>; <see langword="null"/> for any other call.</summary>
    public static ColumnFacets? OfAddColumn(InvocationExpressionSyntax invocation)
        => invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "AddColumn" } name }
            ? Read(name, invocation.ArgumentList, MigrationBuilderSignatures.AddColumn)
            : invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddColumn" }
                ? Read(null, invocation.ArgumentList, MigrationBuilderSignatures.AddColumn)
                : null;

    /// <summary>Reads <c>table.Column&lt;T&gt;(...)</c> of a <c>CreateTable</c> columns lambda.</summary>
    public static ColumnFacets? OfColumn(InvocationExpressionSyntax invocation)
        => invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Column" } name }
            ? Read(name, invocation.ArgumentList, MigrationBuilderSignatures.Column)
            : null;

    /// <summary>
    /// The columns of a <c>CreateTable(...)</c> call with their facets, by the name each gets (its <c>name:</c>, else
    /// the member name); empty when the call's shape is not EF's.
    /// </summary>
    public static ImmutableArray<(string Name, ColumnFacets Facets)> OfCreateTable(InvocationExpressionSyntax invocation)
    {
        var lambda = invocation.ArgumentList.Arguments
            .FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "columns" || (a.NameColon is null && invocation.ArgumentList.Arguments.IndexOf(a) == 1))
            ?.Expression as LambdaExpressionSyntax;
        if (lambda?.Body is not AnonymousObjectCreationExpressionSyntax creation)
        {
            return ImmutableArray<(string, ColumnFacets)>.Empty;
        }

        var columns = ImmutableArray.CreateBuilder<(string, ColumnFacets)>();
        foreach (var member in creation.Initializers)
        {
            var call = MigrationOperationReader.ColumnCall(member.Expression);
            if (call is null || OfColumn(call) is not { } facets)
            {
                continue;
            }

            var explicitName = CallArguments.Find(call, MigrationBuilderSignatures.Column, "name");
            var name = explicitName is null ? member.NameEquals?.Name.Identifier.ValueText : SyntaxConstants.Evaluate(explicitName).Value;
            if (name is not null)
            {
                columns.Add((name, facets));
            }
        }

        return columns.ToImmutable();
    }

    /// <summary>The argument's text without trivia, or <see langword="null"/> when it is not written.</summary>
    public string? Text(string parameter)
    {
        foreach (var (name, expression) in Arguments)
        {
            if (name == parameter)
            {
                return expression.WithoutTrivia().ToString();
            }
        }

        return null;
    }

    /// <summary>The argument's value as a constant string, or <see langword="null"/>.</summary>
    public string? Constant(string parameter)
    {
        foreach (var (name, expression) in Arguments)
        {
            if (name == parameter)
            {
                return SyntaxConstants.Evaluate(expression).Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two columns have the same store shape: the same <c>T</c> and the same facets, with <c>nullable</c>
    /// defaulting to <see langword="false"/>, and <c>defaultValue</c> (a fill value for existing rows) left out.
    /// </summary>
    public bool SameShape(ColumnFacets other)
    {
        if (!string.Equals(ClrType, other.ClrType, StringComparison.Ordinal) || IsNullable != other.IsNullable)
        {
            return false;
        }

        var names = Arguments.Select(a => a.Name).Concat(other.Arguments.Select(a => a.Name))
            .Where(n => n is not DefaultValue and not "nullable").Distinct();
        return names.All(n => string.Equals(Text(n), other.Text(n), StringComparison.Ordinal));
    }

    /// <summary>The store type as a message shows it: <c>nvarchar(20)</c>; <c>TEXT(20)</c> where the length is apart; the CLR type without a store type.</summary>
    public string Describe()
    {
        var type = StoreType ?? ClrType ?? "?";
        if (MaxLength is { } maxLength && type.IndexOf('(') < 0)
        {
            type += "(" + maxLength + ")";
        }

        // A message quotes it: a hand-written type of any length must not make the message that long.
        return type.Length <= MaxDescribedLength ? type : type.Substring(0, MaxDescribedLength) + "…";
    }


    private static ColumnFacets Read(GenericNameSyntax? generic, ArgumentListSyntax arguments, ImmutableArray<string> signature)
    {
        var clrType = generic is { TypeArgumentList.Arguments.Count: 1 } ? generic.TypeArgumentList.Arguments[0].WithoutTrivia().ToString() : null;
        var facets = CallArguments.Bind(arguments, signature).Where(a => !NameParameters.Contains(a.Name)).ToImmutableArray();
        return new ColumnFacets(clrType, facets);
    }
}

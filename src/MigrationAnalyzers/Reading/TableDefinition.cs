using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// What a <c>CreateTable(...)</c> call defines, as written: its columns, the keys and constraints of its constraints
/// lambda, its comment and the annotations chained onto it. <see cref="IsComplete"/> is <see langword="false"/> where a
/// part has a shape EF does not write (another statement in a lambda, a key over an expression, a name only known at
/// run time): whoever needs the whole table must not rely on the rest then.
/// </summary>
internal sealed class TableDefinition
{
    private const string Annotation = "Annotation";

    private TableDefinition(
        ImmutableArray<TableColumn> columns, ImmutableArray<TableConstraint> constraints, ExpressionSyntax? comment,
        ImmutableArray<ArgumentListSyntax> annotations, bool isComplete)
    {
        Columns = columns;
        Constraints = constraints;
        Comment = comment;
        Annotations = annotations;
        IsComplete = isComplete;
    }

    public ImmutableArray<TableColumn> Columns { get; }

    public ImmutableArray<TableConstraint> Constraints { get; }

    /// <summary>The <c>comment:</c> argument, if written.</summary>
    public ExpressionSyntax? Comment { get; }

    /// <summary>The argument lists of the <c>.Annotation(...)</c> calls chained onto <c>CreateTable</c> (temporal tables, charsets).</summary>
    public ImmutableArray<ArgumentListSyntax> Annotations { get; }

    public bool IsComplete { get; }

    public TableConstraint? PrimaryKey => Constraints.FirstOrDefault(c => c.Kind == TableConstraintKind.PrimaryKey);

    public static TableDefinition Of(InvocationExpressionSyntax createTable)
    {
        var complete = true;
        var arguments = CallArguments.Bind(createTable.ArgumentList, MigrationBuilderSignatures.CreateTable);
        var columns = ReadColumns(arguments.FirstOrDefault(a => a.Name == "columns").Expression, ref complete);
        var constraints = ReadConstraints(arguments.FirstOrDefault(a => a.Name == "constraints").Expression, columns, ref complete);
        var annotations = CallArguments.ChainedAnnotations(createTable);
        return new TableDefinition(
            columns, constraints, arguments.FirstOrDefault(a => a.Name == "comment").Expression,
            annotations ?? ImmutableArray<ArgumentListSyntax>.Empty, complete && annotations is not null);
    }

    private static ImmutableArray<TableColumn> ReadColumns(ExpressionSyntax? lambda, ref bool complete)
    {
        if ((lambda as LambdaExpressionSyntax)?.Body is not AnonymousObjectCreationExpressionSyntax creation)
        {
            complete = false;
            return ImmutableArray<TableColumn>.Empty;
        }

        var columns = ImmutableArray.CreateBuilder<TableColumn>(creation.Initializers.Count);
        foreach (var member in creation.Initializers)
        {
            var call = MigrationOperationReader.ColumnCall(member.Expression);
            if (member.NameEquals is not { } nameEquals || call is null)
            {
                complete = false;
                continue;
            }

            var memberName = nameEquals.Name.Identifier.ValueText;
            var nameArgument = CallArguments.Find(call, MigrationBuilderSignatures.Column, "name");
            var name = nameArgument is null ? memberName : SyntaxConstants.StringLiteral(nameArgument);
            if (name is null)
            {
                complete = false;
                continue;
            }

            columns.Add(new TableColumn(name, nameArgument, memberName, member.Expression));
        }

        return columns.ToImmutable();
    }

    private static ImmutableArray<TableConstraint> ReadConstraints(ExpressionSyntax? lambda, ImmutableArray<TableColumn> columns, ref bool complete)
    {
        if (lambda is null || lambda.IsKind(SyntaxKind.NullLiteralExpression))
        {
            return ImmutableArray<TableConstraint>.Empty;
        }

        IEnumerable<ExpressionSyntax?> calls = lambda switch
        {
            LambdaExpressionSyntax { Block: { } block } => block.Statements.Select(s => (s as ExpressionStatementSyntax)?.Expression),
            LambdaExpressionSyntax { ExpressionBody: { } body } => new[] { body },
            _ => new ExpressionSyntax?[] { null },
        };
        var constraints = ImmutableArray.CreateBuilder<TableConstraint>();
        foreach (var expression in calls)
        {
            if (ReadConstraint(expression, columns) is { } constraint)
            {
                constraints.Add(constraint);
            }
            else
            {
                complete = false;
            }
        }

        return constraints.ToImmutable();
    }

    /// <summary><c>table.Kind(...)[.Annotation(...)...]</c>; <see langword="null"/> for any other expression.</summary>
    private static TableConstraint? ReadConstraint(ExpressionSyntax? expression, ImmutableArray<TableColumn> columns)
    {
        var annotations = new List<ArgumentListSyntax>();
        for (var depth = 0; depth < 64 && expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call; depth++)
        {
            var method = access.Name.Identifier.ValueText;
            if (method == Annotation)
            {
                annotations.Insert(0, call.ArgumentList);
                expression = access.Expression;
                continue;
            }

            var (kind, signature) = method switch
            {
                "PrimaryKey" => (TableConstraintKind.PrimaryKey, MigrationBuilderSignatures.TableKey),
                "UniqueConstraint" => (TableConstraintKind.UniqueConstraint, MigrationBuilderSignatures.TableKey),
                "CheckConstraint" => (TableConstraintKind.CheckConstraint, MigrationBuilderSignatures.TableCheckConstraint),
                "ForeignKey" => (TableConstraintKind.ForeignKey, MigrationBuilderSignatures.TableForeignKey),
                _ => ((TableConstraintKind?)null, ImmutableArray<string>.Empty),
            };
            if (kind is null || access.Expression is not IdentifierNameSyntax)
            {
                return null;
            }

            var arguments = CallArguments.Bind(call.ArgumentList, signature);
            var name = arguments.FirstOrDefault(a => a.Name == "name").Expression;
            var keyColumns = ImmutableArray<TableColumn>.Empty;
            if (kind != TableConstraintKind.CheckConstraint)
            {
                var lambda = arguments.FirstOrDefault(a => a.Name is "column" or "columns").Expression;
                if (KeyColumns(lambda, columns) is not { } read)
                {
                    return null;
                }

                keyColumns = read;
            }

            return name is null
                ? null
                : new TableConstraint(
                    kind.Value, name, keyColumns,
                    arguments.Where(a => a.Name is not ("name" or "column" or "columns")).ToImmutableArray(), annotations.ToImmutableArray());
        }

        return null;
    }

    /// <summary>The columns of <c>x => x.Id</c> or <c>x => new { x.A, x.B }</c>; <see langword="null"/> for another shape.</summary>
    private static ImmutableArray<TableColumn>? KeyColumns(ExpressionSyntax? lambda, ImmutableArray<TableColumn> columns)
    {
        var members = (lambda as LambdaExpressionSyntax)?.Body switch
        {
            MemberAccessExpressionSyntax single => new ExpressionSyntax[] { single },
            AnonymousObjectCreationExpressionSyntax several when several.Initializers.All(i => i.NameEquals is null) => several.Initializers.Select(i => i.Expression).ToArray(),
            _ => null,
        };
        if (members is not { Length: > 0 })
        {
            return null;
        }

        var result = ImmutableArray.CreateBuilder<TableColumn>(members.Length);
        foreach (var member in members)
        {
            // A member of the columns' anonymous type: a C# identifier, which compares as C# does.
            var column = member is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax, Name: IdentifierNameSyntax name }
                ? columns.FirstOrDefault(c => c.Member == name.Identifier.ValueText)
                : null;
            if (column is null)
            {
                return null;
            }

            result.Add(column);
        }

        return result.ToImmutable();
    }
}

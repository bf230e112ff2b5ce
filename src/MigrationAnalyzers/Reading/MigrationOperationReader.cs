using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Sql;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// Reads the <c>migrationBuilder</c> calls of an <c>Up()</c> or <c>Down()</c> method into
/// <see cref="MigrationOperation"/> records. Names are resolved from syntax first; where that fails and a
/// resolver is given (the semantic model of the document being analyzed), through it.
/// </summary>
internal static class MigrationOperationReader
{
    public static ImmutableArray<MigrationOperation> Read(MethodDeclarationSyntax method, Func<ExpressionSyntax, ConstantString>? resolve = null)
        => Read(method, resolve, ReadCalls.All);

    /// <summary>
    /// The operations of <paramref name="method"/> that create a table or column (<see cref="MigrationOperation.Created"/>),
    /// from syntax alone. Only the calls that can create one are read: the index of creations reads every <c>Up()</c>.
    /// </summary>
    public static ImmutableArray<MigrationOperation> ReadCreations(MethodDeclarationSyntax method)
        => Read(method, resolve: null, ReadCalls.Creations);

    /// <summary>
    /// The operations of <paramref name="method"/> that drop or rename (<see cref="MigrationOperationKinds.IsDestructive"/>,
    /// <see cref="MigrationOperationKinds.IsRenaming"/>), raw SQL included. Only those calls are read: most methods have
    /// none, and a <c>Down()</c> whose drops only undo its <c>Up()</c> needs no more.
    /// </summary>
    public static ImmutableArray<MigrationOperation> ReadDropsAndRenames(MethodDeclarationSyntax method, Func<ExpressionSyntax, ConstantString>? resolve)
        => Read(method, resolve, ReadCalls.DropsAndRenames);

    private static ImmutableArray<MigrationOperation> Read(MethodDeclarationSyntax method, Func<ExpressionSyntax, ConstantString>? resolve, ReadCalls calls)
    {
        if (method.ParameterList.Parameters.Count != 1)
        {
            return ImmutableArray<MigrationOperation>.Empty;
        }

        var builderName = method.ParameterList.Parameters[0].Identifier.ValueText;
        SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
        if (body is null)
        {
            return ImmutableArray<MigrationOperation>.Empty;
        }

        var operations = ImmutableArray.CreateBuilder<MigrationOperation>();

        // The arguments of migrationBuilder calls are read where they are needed; walking into them (CreateTable's
        // column and constraint lambdas) would only cost.
        foreach (var node in body.DescendantNodes(n => !IsBuilderCallArguments(n, builderName)))
        {
            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access } invocation
                || receiver.Identifier.ValueText != builderName)
            {
                continue;
            }

            var methodName = access.Name.Identifier.ValueText;
            if (!IsRead(methodName, calls))
            {
                continue;
            }

            if (methodName == "Sql")
            {
                ReadSql(invocation, resolve, operations);
            }
            else if (Read(methodName, invocation, resolve) is { } operation)
            {
                operations.Add(operation);
            }
        }

        switch (calls)
        {
            case ReadCalls.Creations:
                operations.RemoveAll(static o => o.Created is null);
                break;
            case ReadCalls.DropsAndRenames:
                operations.RemoveAll(static o => !o.Kind.IsDestructive() && !o.Kind.IsRenaming());
                break;
        }

        return operations.ToImmutable();
    }

    private static bool IsRead(string methodName, ReadCalls calls) => calls switch
    {
        ReadCalls.Creations => methodName is "CreateTable" or "RenameTable" or "AddColumn" or "RenameColumn" or "Sql",
        ReadCalls.DropsAndRenames => methodName is "DropTable" or "DropColumn" or "DropSchema" or "RenameTable" or "RenameColumn" or "Sql",
        _ => true,
    };

    private static MigrationOperation? Read(string methodName, InvocationExpressionSyntax invocation, Func<ExpressionSyntax, ConstantString>? resolve)
    {
        var signature = MigrationBuilderSignatures.For(methodName);
        if (signature.IsEmpty)
        {
            return null;
        }

        var arguments = Bind(invocation.ArgumentList, signature);
        ConstantString Value(string parameter)
        {
            if (!arguments.TryGetValue(parameter, out var expression))
            {
                return ConstantString.Null;
            }

            var value = SyntaxConstants.Evaluate(expression);
            return value.IsKnown || resolve is null ? value : resolve(expression);
        }

        if (methodName == "InsertData")
        {
            var insertTable = Value("table");
            var insertSchema = Value("schema");
            return insertTable.Value is not null && insertSchema.IsKnown
                ? MigrationOperation.InsertData(new TableRef(insertSchema.Value, insertTable.Value), invocation)
                : null;
        }

        var name = Value("name");
        if (!name.IsKnown || name.Value is null)
        {
            return null;
        }

        if (methodName == "DropSchema")
        {
            return MigrationOperation.DropSchema(name.Value, invocation);
        }

        var schema = Value("schema");
        if (!schema.IsKnown)
        {
            return null;
        }

        switch (methodName)
        {
            case "DropTable":
                return MigrationOperation.DropTable(new TableRef(schema.Value, name.Value), invocation);
            case "CreateTable":
                var columns = arguments.TryGetValue("columns", out var columnsLambda) ? CreatedColumns(columnsLambda, resolve) : ImmutableArray<string>.Empty;
                return MigrationOperation.CreateTable(new TableRef(schema.Value, name.Value), columns, invocation);
            case "RenameTable":
                var newName = Value("newName");
                var newSchema = Value("newSchema");
                return newName.IsKnown && newSchema.IsKnown
                    ? MigrationOperation.RenameTable(new TableRef(schema.Value, name.Value), new TableRef(newSchema.Value, newName.Value ?? name.Value), invocation)
                    : null;
        }

        var tableName = Value("table");
        if (!tableName.IsKnown || tableName.Value is null)
        {
            return null;
        }

        var table = new TableRef(schema.Value, tableName.Value);
        switch (methodName)
        {
            case "DropColumn":
                return MigrationOperation.DropColumn(table.WithColumn(name.Value), invocation);
            case "AddColumn":
                return MigrationOperation.AddColumn(table.WithColumn(name.Value), invocation);
            case "RenameColumn":
                var newColumn = Value("newName");
                return newColumn.IsKnown && newColumn.Value is not null
                    ? MigrationOperation.RenameColumn(table.WithColumn(name.Value), newColumn.Value, invocation)
                    : null;
            case "DropForeignKey":
            case "DropIndex":
            case "DropPrimaryKey":
            case "DropUniqueConstraint":
                var dropKind = (MigrationOperationKind)Enum.Parse(typeof(MigrationOperationKind), methodName);
                return MigrationOperation.Constraint(dropKind, table, name.Value, ImmutableArray<string>.Empty, invocation);
            case "CreateIndex":
            case "AddPrimaryKey":
            case "AddUniqueConstraint":
                var addKind = (MigrationOperationKind)Enum.Parse(typeof(MigrationOperationKind), methodName);
                return MigrationOperation.Constraint(addKind, table, name.Value, Names(arguments, resolve), invocation);
            case "AddForeignKey":
                var principalTable = Value("principalTable");
                var principalSchema = Value("principalSchema");
                return principalTable.IsKnown && principalTable.Value is not null && principalSchema.IsKnown
                    ? MigrationOperation.AddForeignKey(table, name.Value, Names(arguments, resolve), new TableRef(principalSchema.Value, principalTable.Value), invocation)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// One <see cref="MigrationOperationKind.Sql"/> record for the call (its text is <see langword="null"/> when it
    /// is not a constant: a reader of raw SQL must then assume the worst), followed by a record for each statement
    /// of constant SQL that matters.
    /// </summary>
    private static void ReadSql(InvocationExpressionSyntax invocation, Func<ExpressionSyntax, ConstantString>? resolve, ImmutableArray<MigrationOperation>.Builder operations)
    {
        var value = ConstantString.Unknown;
        if (Bind(invocation.ArgumentList, MigrationBuilderSignatures.Sql).TryGetValue("sql", out var expression))
        {
            value = SyntaxConstants.Evaluate(expression);
            if (!value.IsKnown && resolve is not null)
            {
                value = resolve(expression);
            }
        }

        operations.Add(MigrationOperation.Sql(value.Value, invocation));
        if (expression is null || value.Value is not { Length: > 0 } sql)
        {
            return;
        }

        var map = SqlLiteralMap.Create(expression, sql);
        foreach (var statement in SqlStatementParser.Parse(sql, invocation))
        {
            operations.Add(statement.At(map?.Locate(statement.SqlSpan!.Value)));
        }
    }

    /// <summary>The <c>column:</c> or <c>columns:</c> of an index or key: a string, or an array of strings.</summary>
    private static ImmutableArray<string> Names(BoundArguments arguments, Func<ExpressionSyntax, ConstantString>? resolve)
    {
        if (!arguments.TryGetValue("column", out var expression) && !arguments.TryGetValue("columns", out expression))
        {
            return ImmutableArray<string>.Empty;
        }

        IEnumerable<ExpressionSyntax> elements = expression switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression),
            _ => new[] { expression },
        };
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var element in elements)
        {
            var value = SyntaxConstants.Evaluate(element);
            if (!value.IsKnown && resolve is not null)
            {
                value = resolve(element);
            }

            if (value.Value is not null)
            {
                names.Add(value.Value);
            }
        }

        return names.ToImmutable();
    }

    private static bool IsBuilderCallArguments(SyntaxNode node, string builderName)
        => node is ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } }
           && receiver.Identifier.ValueText == builderName;

    /// <summary>Maps each argument to its parameter name: named arguments by name, the others by position.</summary>
    private static BoundArguments Bind(ArgumentListSyntax list, ImmutableArray<string> signature)
    {
        var values = new ExpressionSyntax?[signature.Length];
        List<(string, ExpressionSyntax)>? otherNamed = null;
        var arguments = list.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            var name = argument.NameColon?.Name.Identifier.ValueText;
            var position = name is null ? i : signature.IndexOf(name);
            if (position >= 0 && position < values.Length)
            {
                values[position] ??= argument.Expression;
            }
            else if (name is not null)
            {
                // A parameter of another overload (columns: instead of column:), read by name only.
                (otherNamed ??= new List<(string, ExpressionSyntax)>()).Add((name, argument.Expression));
            }
        }

        return new BoundArguments(signature, values, otherNamed);
    }

    /// <summary>Arguments by parameter name: by position for the signature the reader knows, by name for the rest.</summary>
    private readonly struct BoundArguments(ImmutableArray<string> signature, ExpressionSyntax?[] values, List<(string Name, ExpressionSyntax Expression)>? otherNamed)
    {
        public bool TryGetValue(string parameter, [NotNullWhen(true)] out ExpressionSyntax? expression)
        {
            var position = signature.IndexOf(parameter);
            expression = position >= 0 ? values[position] : null;
            if (expression is null && otherNamed is not null)
            {
                foreach (var (name, value) in otherNamed)
                {
                    if (name == parameter)
                    {
                        expression = value;
                        break;
                    }
                }
            }

            return expression is not null;
        }
    }

    /// <summary>The column names of <c>columns: table => new { Id = table.Column&lt;int&gt;(...), ... }</c>.</summary>
    private static ImmutableArray<string> CreatedColumns(ExpressionSyntax columnsLambda, Func<ExpressionSyntax, ConstantString>? resolve)
    {
        var creation = (columnsLambda as LambdaExpressionSyntax)?.Body as AnonymousObjectCreationExpressionSyntax
            ?? columnsLambda.DescendantNodes().OfType<AnonymousObjectCreationExpressionSyntax>().FirstOrDefault();
        if (creation is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var columns = ImmutableArray.CreateBuilder<string>(creation.Initializers.Count);
        foreach (var member in creation.Initializers)
        {
            var explicitName = ColumnCall(member.Expression) is { } column
                && Bind(column.ArgumentList, MigrationBuilderSignatures.Column).TryGetValue("name", out var nameExpression)
                    ? nameExpression
                    : null;
            if (explicitName is not null)
            {
                var value = SyntaxConstants.Evaluate(explicitName);
                if (!value.IsKnown && resolve is not null)
                {
                    value = resolve(explicitName);
                }

                if (value.Value is not null)
                {
                    columns.Add(value.Value);
                    continue;
                }
            }

            if (member.NameEquals is not null)
            {
                columns.Add(member.NameEquals.Name.Identifier.ValueText);
            }
        }

        return columns.ToImmutable();
    }

    /// <summary>The <c>table.Column&lt;T&gt;(...)</c> call under any <c>.Annotation(...)</c> chained onto it.</summary>
    public static InvocationExpressionSyntax? ColumnCall(ExpressionSyntax expression)
    {
        for (var depth = 0; depth < 64 && expression is InvocationExpressionSyntax invocation; depth++)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return null;
            }

            if (access.Name.Identifier.ValueText == "Column")
            {
                return invocation;
            }

            expression = access.Expression;
        }

        return null;
    }
}

/// <summary>Which <c>migrationBuilder</c> calls a read looks at.</summary>
internal enum ReadCalls
{
    All,
    Creations,
    DropsAndRenames,
}

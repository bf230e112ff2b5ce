using System.Collections.Generic;
using System.Linq;
using MigrationAnalyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Reads the body of a snapshot's <c>BuildModel</c> or a designer's <c>BuildTargetModel</c> into a
/// <see cref="MappedModel"/>, from syntax alone: those files hold string literals of CLR type names, not
/// bindable code. Anything it does not recognize is skipped, so half-typed or hand-edited models never throw.
/// </summary>
internal sealed class ModelReader
{
    private const int MaxNesting = 32;

    private DatabaseProvider _provider;
    private bool _providerIsStrong;

    private ModelReader()
    {
    }

    public static MappedModel Read(BaseMethodDeclarationSyntax method) => new ModelReader().ReadModel(method);

    private MappedModel ReadModel(BaseMethodDeclarationSyntax method)
    {
        var parameter = method.ParameterList.Parameters.FirstOrDefault()?.Identifier.ValueText;
        SyntaxNode? body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
        if (string.IsNullOrEmpty(parameter) || body is null)
        {
            return MappedModel.Empty;
        }

        var entities = new Dictionary<string, ModelBlock>();
        string? defaultSchema = null;

        foreach (var invocation in CallsOn(body, parameter!))
        {
            var name = MethodName(invocation);
            var arguments = invocation.ArgumentList.Arguments;
            switch (name)
            {
                case "Entity":
                    var entityName = arguments.Count > 0 ? SyntaxConstants.StringLiteral(arguments[0].Expression) : null;
                    if (entityName is not null && LastLambda(arguments) is { } lambda)
                    {
                        ReadBlock(lambda, ModelBlock.GetOrAdd(entities, entityName), 0);
                    }

                    break;
                case "HasDefaultSchema":
                    defaultSchema = arguments.Count > 0 ? SyntaxConstants.StringLiteral(arguments[0].Expression) : null;
                    break;
            }

            foreach (var (chained, call) in Chain(invocation))
            {
                if (chained == "HasDefaultSchema" && call.ArgumentList.Arguments.Count > 0)
                {
                    defaultSchema = SyntaxConstants.StringLiteral(call.ArgumentList.Arguments[0].Expression);
                }
                else if (chained == "HasAnnotation")
                {
                    if (Annotation(call) is ("Relational:DefaultSchema", var schema))
                    {
                        defaultSchema = schema;
                    }

                    NoteAnnotation(call);
                }
            }

            if (name == "HasAnnotation")
            {
                NoteAnnotation(invocation);
            }
        }

        return ModelTableResolver.Resolve(entities, defaultSchema, _provider);
    }

    /// <summary>
    /// Notes a provider hint: a provider annotation (<c>SqlServer:</c>, <c>Npgsql:</c>, ...), a provider extension
    /// class (<c>SqlServerModelBuilderExtensions</c>), or <c>Relational:MaxIdentifierLength</c>. SQLite models carry
    /// none of these; their upper-case store types (<c>INTEGER</c>, <c>TEXT</c>) give them away instead.
    /// </summary>
    private void NoteProvider(DatabaseProvider provider, bool strong)
    {
        if (provider != DatabaseProvider.Unknown && (_provider == DatabaseProvider.Unknown || (strong && !_providerIsStrong)))
        {
            _provider = provider;
            _providerIsStrong = strong;
        }
    }

    private void NoteAnnotation(InvocationExpressionSyntax call)
    {
        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count != 2 || SyntaxConstants.StringLiteral(arguments[0].Expression) is not { } name)
        {
            return;
        }

        if (name == "Relational:MaxIdentifierLength")
        {
            if (arguments[1].Expression is LiteralExpressionSyntax { Token.Value: int length })
            {
                NoteProvider(DatabaseProviderFacts.FromMaxIdentifierLength(length), strong: true);
            }
        }
        else if (name.IndexOf(':') > 0)
        {
            NoteProvider(DatabaseProviderFacts.FromAnnotationOrTypeName(name), strong: true);
        }
    }

    private void ReadBlock(LambdaExpressionSyntax lambda, ModelBlock block, int nesting)
    {
        if (nesting > MaxNesting || LambdaParameter(lambda) is not { } parameter)
        {
            return;
        }

        foreach (var invocation in CallsOn(lambda.Body, parameter))
        {
            ReadCall(invocation, block, nesting);
        }
    }

    private void ReadCall(InvocationExpressionSyntax invocation, ModelBlock block, int nesting)
    {
        var arguments = invocation.ArgumentList.Arguments;
        switch (MethodName(invocation))
        {
            case "Property":
            case "IndexerProperty":
            case "PrimitiveCollection":
                ReadProperty(invocation, block);
                break;
            case "ToTable":
                ReadToTable(invocation, block);
                break;
            case "SplitToTable":
                ReadSplitToTable(invocation, block);
                break;
            case "ToView":
            case "ToSqlQuery":
            case "ToFunction":
                if (block.TableName is null)
                {
                    block.MapsNoTable = true;
                }

                break;
            case "ToJson":
                block.IsJson = true;
                block.JsonColumnName = arguments.Count > 0 ? SyntaxConstants.StringLiteral(arguments[0].Expression) : null;
                block.JsonSyntax = invocation;
                break;
            case "HasBaseType":
                block.BaseTypeName = arguments.Count > 0 ? SyntaxConstants.StringLiteral(arguments[0].Expression) : null;
                break;
            case "HasKey":
                block.KeyProperties.AddRange(StringArguments(arguments));
                break;
            case "UseTphMappingStrategy":
                block.Strategy = MappingStrategy.Tph;
                break;
            case "UseTptMappingStrategy":
                block.Strategy = MappingStrategy.Tpt;
                break;
            case "UseTpcMappingStrategy":
                block.Strategy = MappingStrategy.Tpc;
                break;
            case "HasAnnotation":
                ReadBlockAnnotation(invocation, block);
                break;
            case "OwnsOne":
            case "OwnsMany":
                ReadNested(invocation, block.Owned, isOwned: true, nesting);
                break;
            case "ComplexProperty":
            case "ComplexCollection":
                ReadNested(invocation, block.Complex, isOwned: false, nesting);
                break;
            case "WithOwner":
            case "HasOne":
                // WithOwner().HasForeignKey("OrderId") (EF Core 3+) or HasOne("Owner").WithOne("Nav").HasForeignKey("Owned", "OrderId") (2.x).
                var ownership = MethodName(invocation) == "WithOwner";
                foreach (var (chained, call) in Chain(invocation))
                {
                    ownership |= chained == "WithOne";
                    if (ownership && chained == "HasForeignKey")
                    {
                        block.OwnerKeyProperties.AddRange(StringArguments(call.ArgumentList.Arguments));
                    }
                }

                break;
        }
    }

    private void ReadProperty(InvocationExpressionSyntax invocation, ModelBlock block)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var name = arguments.Count > 0 ? SyntaxConstants.StringLiteral(arguments[0].Expression) : null;
        if (name is null)
        {
            return;
        }

        var property = block.GetOrAddProperty(name, invocation);
        foreach (var (chained, call) in Chain(invocation))
        {
            if (chained == "HasColumnName" && call.ArgumentList.Arguments.Count > 0)
            {
                property.ColumnName = SyntaxConstants.StringLiteral(call.ArgumentList.Arguments[0].Expression) ?? property.ColumnName;
            }
            else if (chained == "HasAnnotation")
            {
                if (Annotation(call) is ("Relational:ColumnName", { } column))
                {
                    property.ColumnName = column;
                }

                NoteAnnotation(call);
            }
            else if (chained == "HasColumnType" && _provider == DatabaseProvider.Unknown && call.ArgumentList.Arguments.Count > 0
                     && SyntaxConstants.StringLiteral(call.ArgumentList.Arguments[0].Expression) is { } storeType)
            {
                NoteProvider(DatabaseProviderFacts.FromStoreType(storeType), strong: false);
            }
        }
    }

    private static void ReadToTable(InvocationExpressionSyntax invocation, ModelBlock block)
    {
        var (values, lambda) = SplitArguments(invocation.ArgumentList);
        if (lambda is not null)
        {
            ReadTableBuilderLambda(lambda, block);
        }

        if (values.Count == 0)
        {
            return;
        }

        var name = SyntaxConstants.Evaluate(values[0]);
        if (!name.IsKnown)
        {
            return;
        }

        if (name.Value is null)
        {
            block.MapsNoTable = true;
            return;
        }

        block.TableName = name.Value;
        block.TableSchema = values.Count > 1 ? SyntaxConstants.StringLiteral(values[1]) : null;
        block.TableSyntax = invocation;
        block.MapsNoTable = false;
    }

    private static void ReadTableBuilderLambda(LambdaExpressionSyntax lambda, ModelBlock block)
    {
        foreach (var call in lambda.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            switch (MethodName(call))
            {
                case "ExcludeFromMigrations":
                    var arguments = call.ArgumentList.Arguments;
                    block.IsExcludedFromMigrations = arguments.Count == 0
                        || !arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression);
                    break;
                case "UseHistoryTable":
                    var history = call.ArgumentList.Arguments;
                    if (history.Count > 0 && SyntaxConstants.StringLiteral(history[0].Expression) is { } historyName)
                    {
                        var historySchema = history.Count > 1 ? SyntaxConstants.StringLiteral(history[1].Expression) : null;
                        block.TemporalHistoryTables.Add(new TemporalHistoryTable(historyName, historySchema, call));
                    }

                    break;
            }
        }
    }

    private void ReadSplitToTable(InvocationExpressionSyntax invocation, ModelBlock block)
    {
        var (values, lambda) = SplitArguments(invocation.ArgumentList);
        var name = values.Count > 0 ? SyntaxConstants.StringLiteral(values[0]) : null;
        if (name is null)
        {
            return;
        }

        var split = new SplitTable(name, values.Count > 1 ? SyntaxConstants.StringLiteral(values[1]) : null, invocation);
        if (lambda is not null && LambdaParameter(lambda) is { } parameter)
        {
            foreach (var call in CallsOn(lambda.Body, parameter))
            {
                if (MethodName(call) != "Property" || call.ArgumentList.Arguments.Count == 0
                    || SyntaxConstants.StringLiteral(call.ArgumentList.Arguments[0].Expression) is not { } property)
                {
                    continue;
                }

                string? column = null;
                foreach (var (chained, chainedCall) in Chain(call))
                {
                    if (chained == "HasColumnName" && chainedCall.ArgumentList.Arguments.Count > 0)
                    {
                        column = SyntaxConstants.StringLiteral(chainedCall.ArgumentList.Arguments[0].Expression);
                    }
                }

                split.Properties[property] = column;
            }
        }

        block.SplitTables.Add(split);
    }

    private void ReadBlockAnnotation(InvocationExpressionSyntax invocation, ModelBlock block)
    {
        NoteAnnotation(invocation);
        switch (Annotation(invocation))
        {
            case ("Relational:TableName", { } table) when block.TableName is null:
                block.TableName = table;
                block.TableSyntax = invocation;
                break;
            case ("Relational:Schema", { } schema):
                block.TableSchema = schema;
                break;
            case ("Relational:MappingStrategy", { } strategy):
                block.Strategy = strategy switch
                {
                    "TPC" => MappingStrategy.Tpc,
                    "TPT" => MappingStrategy.Tpt,
                    "TPH" => MappingStrategy.Tph,
                    _ => block.Strategy,
                };
                break;
        }
    }

    private void ReadNested(InvocationExpressionSyntax invocation, Dictionary<string, ModelBlock> blocks, bool isOwned, int nesting)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var strings = StringArguments(arguments).ToList();
        var lambda = LastLambda(arguments);
        if (strings.Count == 0 || lambda is null)
        {
            return;
        }

        // OwnsOne("Owned.Type", "Navigation", ...) names the type first; ComplexProperty(typeof(...), "Navigation", "Type#Name", ...)
        // names the navigation first.
        var navigation = isOwned ? (strings.Count > 1 ? strings[1] : ShortName(strings[0])) : strings[0];
        var block = ModelBlock.GetOrAdd(blocks, navigation);
        if (isOwned)
        {
            block.OwnedTypeName = strings[0];
            block.IsCollection = MethodName(invocation) == "OwnsMany";
        }
        else
        {
            block.IsCollection = MethodName(invocation) == "ComplexCollection";
        }

        ReadBlock(lambda, block, nesting + 1);
    }

    /// <summary>
    /// The calls on <paramref name="parameter"/> that begin the statements of <paramref name="body"/>: for
    /// <c>b.Property&lt;string&gt;("Name").HasMaxLength(200);</c> the <c>Property</c> call (<see cref="Chain"/> gives
    /// the rest). Generated models are one call chain per statement, so only the chains' spines are read, not
    /// every node: designers are large and their red nodes cost memory. Calls on provider extension classes
    /// (<c>SqlServerModelBuilderExtensions.UseIdentityColumns(modelBuilder)</c>) are noted as provider hints.
    /// </summary>
    private IEnumerable<InvocationExpressionSyntax> CallsOn(SyntaxNode body, string parameter)
    {
        if (body is BlockSyntax block)
        {
            foreach (var statement in block.Statements)
            {
                if (statement is ExpressionStatementSyntax { Expression: var expression } && RootCall(expression, parameter) is { } call)
                {
                    yield return call;
                }
            }
        }
        else if (body is ExpressionSyntax expression && RootCall(expression, parameter) is { } call)
        {
            yield return call;
        }
    }

    private InvocationExpressionSyntax? RootCall(ExpressionSyntax expression, string parameter)
    {
        for (var depth = 0; depth < 256 && expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation; depth++)
        {
            if (access.Expression is not IdentifierNameSyntax receiver)
            {
                expression = access.Expression;
                continue;
            }

            var name = receiver.Identifier.ValueText;
            if (name == parameter)
            {
                return invocation;
            }

            if (!name.EndsWith("Extensions", System.StringComparison.Ordinal))
            {
                return null;
            }

            // SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id")): a provider hint around a call on b.
            NoteProvider(DatabaseProviderFacts.FromAnnotationOrTypeName(name), strong: true);
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0)
            {
                return null;
            }

            expression = arguments[0].Expression;
        }

        return null;
    }

    /// <summary>The calls chained onto <paramref name="invocation"/>: <c>x.A().B().C()</c> yields B and C for A.</summary>
    internal static IEnumerable<(string Name, InvocationExpressionSyntax Call)> Chain(InvocationExpressionSyntax invocation)
    {
        SyntaxNode current = invocation;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
               && access.Parent is InvocationExpressionSyntax next && next.Expression == access)
        {
            yield return (access.Name.Identifier.ValueText, next);
            current = next;
        }
    }

    internal static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static (string? Name, string? Value) Annotation(InvocationExpressionSyntax invocation)
    {
        var arguments = invocation.ArgumentList.Arguments;
        return arguments.Count == 2
            ? (SyntaxConstants.StringLiteral(arguments[0].Expression), SyntaxConstants.StringLiteral(arguments[1].Expression))
            : (null, null);
    }

    private static (List<ExpressionSyntax> Values, LambdaExpressionSyntax? Lambda) SplitArguments(ArgumentListSyntax list)
    {
        var values = new List<ExpressionSyntax>(list.Arguments.Count);
        LambdaExpressionSyntax? lambda = null;
        foreach (var argument in list.Arguments)
        {
            if (argument.Expression is LambdaExpressionSyntax l)
            {
                lambda = l;
            }
            else
            {
                values.Add(argument.Expression);
            }
        }

        return (values, lambda);
    }

    private static IEnumerable<string> StringArguments(SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                yield return literal.Token.ValueText;
            }
        }
    }

    private static LambdaExpressionSyntax? LastLambda(SeparatedSyntaxList<ArgumentSyntax> arguments)
        => arguments.Count > 0 ? arguments[arguments.Count - 1].Expression as LambdaExpressionSyntax : null;

    private static string? LambdaParameter(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: > 0 } parenthesized
            => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    private static string ShortName(string typeName)
    {
        var end = typeName.IndexOf('#');
        var name = end >= 0 ? typeName.Substring(end + 1) : typeName;
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }

    internal static string OwnedTableName(string typeName) => ShortName(typeName);
}

using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>The few questions the analyzers and fixes ask of the semantic model, in one place.</summary>
internal static class SemanticFacts
{
    public const string MigrationTypeName = "Microsoft.EntityFrameworkCore.Migrations.Migration";

    public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Resolves string constants the syntax alone cannot (const fields, constant interpolations) through <paramref name="semanticModel"/>.</summary>
    public static Func<ExpressionSyntax, ConstantString> ConstantResolver(SemanticModel semanticModel, CancellationToken cancellationToken)
        => expression =>
        {
            var constant = semanticModel.GetConstantValue(expression, cancellationToken);
            return constant.HasValue && constant.Value is null or string ? ConstantString.Of((string?)constant.Value) : ConstantString.Unknown;
        };
}

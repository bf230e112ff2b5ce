using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;

namespace MigrationAnalyzers.Model;

/// <summary>A <c>MigrationsHistoryTable("name"[, "schema"])</c> call: the project renamed EF's history table.</summary>
internal sealed class HistoryTableCall
{
    private HistoryTableCall(string table, string? schema, Location location)
    {
        Table = table;
        Schema = schema;
        Location = location;
    }

    public string Table { get; }

    public string? Schema { get; }

    public Location Location { get; }

    /// <summary>The calls with constant names in <paramref name="root"/>.</summary>
    public static ImmutableArray<HistoryTableCall> Find(SyntaxNode root)
    {
        var calls = ImmutableArray<HistoryTableCall>.Empty;
        foreach (var token in root.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.ValueText != "MigrationsHistoryTable"
                || token.Parent?.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access
                || access.Name != token.Parent)
            {
                continue;
            }

            ExpressionSyntax? table = null;
            ExpressionSyntax? schema = null;
            var arguments = invocation.ArgumentList.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                switch (arguments[i].NameColon?.Name.Identifier.ValueText ?? (i == 0 ? "tableName" : i == 1 ? "schema" : null))
                {
                    case "tableName":
                        table = arguments[i].Expression;
                        break;
                    case "schema":
                        schema = arguments[i].Expression;
                        break;
                }
            }

            if (SyntaxConstants.StringLiteral(table) is { Length: > 0 } name)
            {
                calls = calls.Add(new HistoryTableCall(name, SyntaxConstants.StringLiteral(schema), invocation.GetLocation()));
            }
        }

        return calls;
    }
}

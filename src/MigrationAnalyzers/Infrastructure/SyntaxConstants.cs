using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>The value of a string-typed expression as far as it is known without binding.</summary>
internal readonly struct ConstantString
{
    private ConstantString(bool isKnown, string? value)
    {
        IsKnown = isKnown;
        Value = value;
    }

    public static ConstantString Unknown => default;

    public static ConstantString Null => new(true, null);

    /// <summary><see langword="false"/> for expressions whose value is only known at run time.</summary>
    public bool IsKnown { get; }

    /// <summary>The value; <see langword="null"/> for a known <see langword="null"/>.</summary>
    public string? Value { get; }

    public static ConstantString Of(string? value) => new(true, value);
}

/// <summary>Evaluates string constants from syntax alone: literals, <c>nameof</c>, concatenation, casts.</summary>
internal static class SyntaxConstants
{
    private const int MaxDepth = 64;

    public static ConstantString Evaluate(ExpressionSyntax? expression) => Evaluate(expression, 0);

    /// <summary>The text of a string literal, or <see langword="null"/> for anything else.</summary>
    public static string? StringLiteral(ExpressionSyntax? expression)
    {
        var value = Evaluate(expression);
        return value.IsKnown ? value.Value : null;
    }

    private static ConstantString Evaluate(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth)
        {
            return ConstantString.Unknown;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.Kind() switch
                {
                    SyntaxKind.StringLiteralExpression => ConstantString.Of(literal.Token.ValueText),
                    SyntaxKind.NullLiteralExpression => ConstantString.Null,
                    SyntaxKind.DefaultLiteralExpression => ConstantString.Null,
                    _ => ConstantString.Unknown,
                };
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, depth + 1);
            case CastExpressionSyntax cast:
                return Evaluate(cast.Expression, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                var left = Evaluate(binary.Left, depth + 1);
                var right = Evaluate(binary.Right, depth + 1);
                return left.IsKnown && right.IsKnown ? ConstantString.Of(left.Value + right.Value) : ConstantString.Unknown;
            case InterpolatedStringExpressionSyntax interpolated:
                return EvaluateInterpolation(interpolated, depth);
            case InvocationExpressionSyntax invocation when IsNameOf(invocation):
                return NameOf(invocation.ArgumentList.Arguments[0].Expression);
            default:
                return ConstantString.Unknown;
        }
    }

    private static ConstantString EvaluateInterpolation(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax text:
                    builder.Append(text.TextToken.ValueText);
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole:
                    var value = Evaluate(hole.Expression, depth + 1);
                    if (!value.IsKnown)
                    {
                        return ConstantString.Unknown;
                    }

                    builder.Append(value.Value);
                    break;
                default:
                    return ConstantString.Unknown;
            }
        }

        return ConstantString.Of(builder.ToString());
    }

    private static bool IsNameOf(InvocationExpressionSyntax invocation)
        => invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
           && invocation.ArgumentList.Arguments.Count == 1;

    private static ConstantString NameOf(ExpressionSyntax argument) => argument switch
    {
        SimpleNameSyntax name => ConstantString.Of(name.Identifier.ValueText),
        MemberAccessExpressionSyntax access => ConstantString.Of(access.Name.Identifier.ValueText),
        QualifiedNameSyntax qualified => ConstantString.Of(qualified.Right.Identifier.ValueText),
        _ => ConstantString.Unknown,
    };
}

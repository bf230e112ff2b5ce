using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// Maps positions in a string's value back to the source of the literal that spells it, so a diagnostic
/// can sit on one SQL statement inside the literal. Regular, verbatim and single-line raw literals map;
/// anything else (concatenations, constants, multi-line raw literals) gives no map.
/// </summary>
internal sealed class SqlLiteralMap
{
    private readonly SyntaxTree _tree;
    private readonly int[] _sourceOffsets;

    private SqlLiteralMap(SyntaxTree tree, int[] sourceOffsets)
    {
        _tree = tree;
        _sourceOffsets = sourceOffsets;
    }

    public static SqlLiteralMap? Create(ExpressionSyntax expression, string value)
    {
        if (expression is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        var token = literal.Token;
        var text = token.Text;
        int[]? offsets = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when text.StartsWith("@\"", StringComparison.Ordinal) => Verbatim(text),
            SyntaxKind.StringLiteralToken when text.StartsWith("\"", StringComparison.Ordinal) => Regular(text),
            SyntaxKind.SingleLineRawStringLiteralToken => SingleLineRaw(text),
            _ => null,
        };

        // offsets[i] is where value[i] starts in the token text; the extra last entry is the end of the content.
        return offsets is not null && offsets.Length == value.Length + 1
            ? new SqlLiteralMap(literal.SyntaxTree, Array.ConvertAll(offsets, o => o + token.SpanStart))
            : null;
    }

    public Location Locate(TextSpan span)
    {
        var start = _sourceOffsets[Math.Min(span.Start, _sourceOffsets.Length - 1)];
        var end = _sourceOffsets[Math.Min(span.End, _sourceOffsets.Length - 1)];
        return Location.Create(_tree, TextSpan.FromBounds(start, Math.Max(start, end)));
    }

    private static int[] Verbatim(string text)
    {
        var offsets = new System.Collections.Generic.List<int>(text.Length);
        var i = 2;
        var end = text.Length - 1;
        while (i < end)
        {
            offsets.Add(i);
            i += text[i] == '"' ? 2 : 1;
        }

        offsets.Add(end);
        return offsets.ToArray();
    }

    private static int[]? Regular(string text)
    {
        var offsets = new System.Collections.Generic.List<int>(text.Length);
        var i = 1;
        var end = text.Length - 1;
        while (i < end)
        {
            offsets.Add(i);
            if (text[i] != '\\')
            {
                i++;
                continue;
            }

            var escape = i + 1 < end ? text[i + 1] : '\0';
            switch (escape)
            {
                case 'u':
                    i += 6;
                    break;
                case 'U':
                    // \U escapes outside the basic plane are two UTF-16 units in the value.
                    if (i + 10 <= end && uint.TryParse(text.Substring(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var codePoint) && codePoint > 0xFFFF)
                    {
                        offsets.Add(i);
                    }

                    i += 10;
                    break;
                case 'x':
                    i += 2;
                    for (var digits = 0; digits < 4 && i < end && Uri.IsHexDigit(text[i]); digits++)
                    {
                        i++;
                    }

                    break;
                default:
                    i += 2;
                    break;
            }
        }

        offsets.Add(Math.Min(i, end));
        return offsets.ToArray();
    }

    private static int[]? SingleLineRaw(string text)
    {
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        var length = text.Length - 2 * quotes;
        if (length < 0)
        {
            return null;
        }

        var offsets = new int[length + 1];
        for (var i = 0; i <= length; i++)
        {
            offsets[i] = quotes + i;
        }

        return offsets;
    }
}

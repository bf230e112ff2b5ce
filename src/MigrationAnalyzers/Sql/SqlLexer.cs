using System.Collections.Generic;
using System.Text;

namespace MigrationAnalyzers.Sql;

/// <summary>
/// Splits SQL into tokens for SQL Server, PostgreSQL, MySQL and SQLite alike: <c>[x]</c>, <c>"x"</c> and
/// <c>`x`</c> identifiers, string literals with doubled quotes (and <c>E'..'</c> backslash escapes),
/// <c>$tag$</c> bodies, <c>--</c> and nested <c>/* */</c> comments, and <c>GO</c> batch separators. Comments
/// are dropped; the content of strings never becomes a name. One pass, linear in the text, never throws:
/// an unterminated construct runs to the end of the text.
/// </summary>
internal static class SqlLexer
{
    public static List<SqlToken> Tokenize(string sql)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c == '-' && Next(sql, i) == '-')
            {
                i = LineEnd(sql, i);
                continue;
            }

            if (c == '/' && Next(sql, i) == '*')
            {
                i = BlockCommentEnd(sql, i);
                continue;
            }

            switch (c)
            {
                case '\'':
                    i = QuotedEnd(sql, i, '\'', backslashEscapes: false, out var text);
                    tokens.Add(new SqlToken(SqlTokenKind.String, text, start, i));
                    continue;
                case '"':
                case '`':
                    i = QuotedEnd(sql, i, c, backslashEscapes: false, out var quotedName);
                    tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, quotedName, start, i));
                    continue;
                case '[':
                    i = QuotedEnd(sql, i, ']', backslashEscapes: false, out var bracketName);
                    tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, bracketName, start, i));
                    continue;
                case '$' when DollarTag(sql, i) is { } tag:
                    var bodyStart = i + tag.Length;
                    var close = sql.IndexOf(tag, bodyStart, System.StringComparison.Ordinal);
                    var bodyEnd = close < 0 ? sql.Length : close;
                    i = close < 0 ? sql.Length : close + tag.Length;
                    tokens.Add(new SqlToken(SqlTokenKind.String, sql.Substring(bodyStart, bodyEnd - bodyStart), start, i));
                    continue;
            }

            if (IsWordStart(c))
            {
                while (i < sql.Length && IsWordPart(sql[i]))
                {
                    i++;
                }

                // N'..', E'..', B'..', X'..', U&'..': a prefixed string literal, not a word.
                if (i < sql.Length && sql[i] == '\'' && i - start <= 2)
                {
                    var backslashes = sql[start] is 'E' or 'e';
                    i = QuotedEnd(sql, i, '\'', backslashes, out var prefixed);
                    tokens.Add(new SqlToken(SqlTokenKind.String, prefixed, start, i));
                    continue;
                }

                var word = sql.Substring(start, i - start);
                var kind = IsBatchSeparator(sql, start, i, word) ? SqlTokenKind.BatchSeparator : SqlTokenKind.Word;
                tokens.Add(new SqlToken(kind, word, start, i));
                continue;
            }

            if (char.IsDigit(c))
            {
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new SqlToken(SqlTokenKind.Number, sql.Substring(start, i - start), start, i));
                continue;
            }

            i++;
            tokens.Add(new SqlToken(SqlTokenKind.Symbol, c.ToString(), start, i));
        }

        return tokens;
    }

    private static char Next(string sql, int i) => i + 1 < sql.Length ? sql[i + 1] : '\0';

    private static bool IsWordStart(char c) => char.IsLetter(c) || c is '_' or '@' or '#';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '@' or '#' or '$';

    private static int LineEnd(string sql, int i)
    {
        var end = sql.IndexOf('\n', i);
        return end < 0 ? sql.Length : end + 1;
    }

    private static int BlockCommentEnd(string sql, int i)
    {
        var depth = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '/' && Next(sql, i) == '*')
            {
                depth++;
                i += 2;
            }
            else if (sql[i] == '*' && Next(sql, i) == '/')
            {
                depth--;
                i += 2;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i++;
            }
        }

        return sql.Length;
    }

    /// <summary>Reads a quoted run starting at <paramref name="i"/>; a doubled closing quote stands for itself.</summary>
    private static int QuotedEnd(string sql, int i, char close, bool backslashEscapes, out string content)
    {
        var builder = new StringBuilder();
        i++;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (backslashEscapes && c == '\\' && i + 1 < sql.Length)
            {
                builder.Append(sql[i + 1]);
                i += 2;
                continue;
            }

            if (c == close)
            {
                if (Next(sql, i) == close)
                {
                    builder.Append(close);
                    i += 2;
                    continue;
                }

                content = builder.ToString();
                return i + 1;
            }

            builder.Append(c);
            i++;
        }

        content = builder.ToString();
        return sql.Length;
    }

    /// <summary>The opening <c>$tag$</c> (or <c>$$</c>) at <paramref name="i"/>, or <see langword="null"/> for <c>$1</c> and the like.</summary>
    private static string? DollarTag(string sql, int i)
    {
        var j = i + 1;
        while (j < sql.Length && (char.IsLetter(sql[j]) || sql[j] == '_' || (j > i + 1 && char.IsDigit(sql[j]))))
        {
            j++;
        }

        return j < sql.Length && sql[j] == '$' ? sql.Substring(i, j - i + 1) : null;
    }

    /// <summary><c>GO</c> (optionally with a count) alone on its line.</summary>
    private static bool IsBatchSeparator(string sql, int start, int end, string word)
    {
        if (!string.Equals(word, "GO", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = start - 1; j >= 0 && sql[j] != '\n'; j--)
        {
            if (!char.IsWhiteSpace(sql[j]))
            {
                return false;
            }
        }

        for (var j = end; j < sql.Length && sql[j] != '\n'; j++)
        {
            if (!char.IsWhiteSpace(sql[j]) && !char.IsDigit(sql[j]))
            {
                return false;
            }
        }

        return true;
    }
}

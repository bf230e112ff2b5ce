using System;
using System.Text;

namespace MigrationAnalyzers.Robustness;

/// <summary>
/// Random SQL for <c>migrationBuilder.Sql(...)</c>: statements the reader recognizes, mixed with garbage, quotes and
/// comments left open, <c>$tag$</c> bodies, <c>GO</c> lines, unicode and control characters.
/// </summary>
public static class SqlFuzzer
{
    private static readonly string[] Words =
    [
        "DROP", "TABLE", "SCHEMA", "IF", "EXISTS", "NOT", "TRUNCATE", "ONLY", "DELETE", "FROM", "WHERE", "ALTER", "ADD",
        "COLUMN", "RENAME", "TO", "AS", "CREATE", "INSERT", "INTO", "SELECT", "UPDATE", "SET", "TOP", "EXEC", "EXECUTE",
        "sp_rename", "GO", "BEGIN", "END", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW", "WITH", "MERGE", "CONSTRAINT",
        "PRIMARY", "KEY", "INDEX", "CASCADE", "RETURNING", "OUTPUT", "DECLARE", "@v", "#temp", "dbo", "public", "Orders",
        "OrderLines", "Customers", "AuditLogs", "HangFire", "Job", "__EFMigrationsHistory", "Id", "Name", "x", "Ü表",
    ];

    private static readonly string[] Pieces =
    [
        "'", "''", "'it''s'", "N'x'", "E'\\''", "E'\\", "\"", "\"Orders\"", "[", "[Orders]", "]", "`", "`t`", "--", "-- c\n",
        "/*", "*/", "/* /* nested */ */", "$$", "$body$", "$1", "$", ";", ";;", ",", ".", "..", "(", ")", "((", "))", "*",
        "=", "\n", "\r\n", "\nGO\n", "\nGO 3\n", "\t", " ", "0", "1.5e3", "\0", "\u2028", "\uFEFF", "\uD800", "\\", "U&'x'",
    ];

    /// <summary>Random SQL of up to <paramref name="maxLength"/> characters (about exactly that many with <paramref name="exact"/>).</summary>
    public static string Generate(Random random, int maxLength, bool exact = false)
    {
        var length = exact ? maxLength : random.Next(maxLength + 1);
        var builder = new StringBuilder(length + 32);
        while (builder.Length < length)
        {
            switch (random.Next(10))
            {
                case < 5:
                    builder.Append(Words[random.Next(Words.Length)]);
                    builder.Append(' ');
                    break;
                case < 9:
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
                default:
                    builder.Append((char)random.Next(0, 0x3000));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A statement the reader does recognize, so the garbage around it reaches the rules.</summary>
    public static string Statement(Random random, string table)
        => random.Next(8) switch
        {
            0 => $"DROP TABLE {table};",
            1 => $"TRUNCATE TABLE [{table}];",
            2 => $"DELETE FROM \"{table}\";",
            3 => $"ALTER TABLE {table} DROP COLUMN Name;",
            4 => $"DROP SCHEMA {table};",
            5 => $"EXEC sp_rename '{table}', '{table}_old';",
            6 => $"INSERT INTO {table}_new SELECT * FROM {table}; DROP TABLE {table}; ALTER TABLE {table}_new RENAME TO {table};",
            _ => $"UPDATE {table} SET Name2 = Name; ALTER TABLE {table} DROP COLUMN Name;",
        };

    /// <summary>A C# expression that spells <paramref name="sql"/>: a regular, verbatim, raw, interpolated or concatenated literal.</summary>
    public static string ToCSharpLiteral(Random random, string sql)
    {
        switch (random.Next(6))
        {
            case 0:
                return "@\"" + sql.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            case 1 when sql.IndexOf('\n', StringComparison.Ordinal) < 0 && sql.IndexOf('\r', StringComparison.Ordinal) < 0 && sql.IndexOf('\u2028', StringComparison.Ordinal) < 0
                        && sql.IndexOf('\u2029', StringComparison.Ordinal) < 0 && sql.IndexOf('\u0085', StringComparison.Ordinal) < 0:
                var quotes = new string('"', Math.Max(3, LongestRun(sql, '"') + 1));
                return quotes + " " + sql + " " + quotes;
            case 2:
                var raw = new string('"', Math.Max(3, LongestRun(sql, '"') + 1));
                return raw + "\n" + sql.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n" + raw;
            case 3:
                var half = sql.Length / 2;
                return Regular(sql.Substring(0, half), random) + " + " + Regular(sql.Substring(half), random);
            case 4:
                return "$" + Regular(sql, random).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
            default:
                return Regular(sql, random);
        }
    }

    private static string Regular(string text, Random random)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\0':
                    builder.Append("\\0");
                    break;
                default:
                    if (c < ' ' || c > '~' || random.Next(20) == 0)
                    {
                        // Every escape form the literal map must follow: \u, \U and \x.
                        builder.Append(random.Next(3) switch
                        {
                            0 => $"\\u{(int)c:X4}",
                            1 => $"\\U{(int)c:X8}",
                            _ => $"\\x{(int)c:X4}",
                        });
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}

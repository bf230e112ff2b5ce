using System;
using System.Collections.Generic;

namespace MigrationAnalyzers.Sql;

/// <summary>
/// Splits SQL tokens into statements: they end at <c>;</c>, at <c>GO</c>, or where a new statement plainly starts
/// (T-SQL needs no semicolons). Routine bodies (<c>CREATE PROCEDURE</c>, <c>$$ ... $$</c>) stay inside their
/// statement. Linear in the number of tokens.
/// </summary>
internal static class SqlStatementSplitter
{
    private static readonly HashSet<string> StatementStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "DROP", "TRUNCATE", "DELETE", "INSERT", "UPDATE", "CREATE", "ALTER", "EXEC", "EXECUTE", "SELECT", "MERGE",
        "DECLARE", "PRINT", "GRANT", "REVOKE", "DENY", "RENAME", "USE", "IF", "WHILE", "SET", "COMMIT", "ROLLBACK",
        "COMMENT", "RAISERROR", "THROW", "RETURN", "VACUUM", "REINDEX", "PRAGMA", "CALL", "DO", "LOCK",
    };

    private static readonly HashSet<string> Routines = new(StringComparer.OrdinalIgnoreCase)
    {
        "PROC", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW",
    };

    /// <summary>Token ranges [start, end) of the statements.</summary>
    public static List<(int Start, int End)> Split(List<SqlToken> tokens)
    {
        var statements = new List<(int, int)>();
        var start = -1;
        var depth = 0;
        string? lead = null;
        var routine = false;
        var routineHasBody = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == SqlTokenKind.BatchSeparator)
            {
                Close(i);
                continue;
            }

            if (token.IsSymbol(';') && depth == 0 && (!routine || routineHasBody))
            {
                Close(i);
                continue;
            }

            if (start < 0)
            {
                if (token.IsSymbol(';'))
                {
                    continue;
                }

                start = i;
                lead = token.Kind == SqlTokenKind.Word ? token.Text.ToUpperInvariant() : null;
                routine = false;
                routineHasBody = false;
            }
            else if (lead == "CREATE" && i - start <= 4 && token.Kind == SqlTokenKind.Word && Routines.Contains(token.Text))
            {
                routine = true;
            }
            else if (routine && token.Kind == SqlTokenKind.String && i > 0 && tokens[i - 1].IsWord("AS"))
            {
                // PostgreSQL's CREATE FUNCTION ... AS $$ body $$: the body is a string and ';' ends the statement.
                routineHasBody = true;
            }
            else if (depth == 0 && token.Kind == SqlTokenKind.Word && !routine && StartsStatement(tokens, i, lead!))
            {
                Close(i);
                start = i;
                lead = token.Text.ToUpperInvariant();
            }

            if (token.IsSymbol('('))
            {
                depth++;
            }
            else if (token.IsSymbol(')') && depth > 0)
            {
                depth--;
            }
        }

        Close(tokens.Count);
        return statements;

        void Close(int end)
        {
            if (start >= 0 && end > start)
            {
                statements.Add((start, end));
            }

            start = -1;
            depth = 0;
            lead = null;
        }
    }

    /// <summary>Whether the word at <paramref name="i"/> begins a new statement inside one that <paramref name="lead"/> began.</summary>
    private static bool StartsStatement(List<SqlToken> tokens, int i, string lead)
    {
        var word = tokens[i].Text.ToUpperInvariant();
        if (!StatementStarts.Contains(word))
        {
            return false;
        }

        var previous = tokens[i - 1];
        if (word == "IF" && (previous.IsWord("TABLE") || previous.IsWord("SCHEMA") || previous.IsWord("COLUMN") || previous.IsWord("VIEW")
                             || previous.IsWord("INDEX") || previous.IsWord("DROP") || previous.IsWord("ADD")))
        {
            return false;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
        return lead switch
        {
            "ALTER" => word is "ALTER" or "DROP" or "CREATE" ? next.IsWord("TABLE") || next.IsWord("SCHEMA") || next.IsWord("VIEW") : word is not ("SET" or "RENAME" or "LOCK"),
            "INSERT" => word is not ("SELECT" or "EXEC" or "EXECUTE" or "SET"),
            "UPDATE" => word is not "SET",
            "DELETE" => true,
            "CREATE" => word is not ("SELECT" or "SET"),
            "SELECT" => word is not "SELECT",
            "MERGE" or "GRANT" or "REVOKE" or "DENY" => false,
            "WITH" => word is not ("SELECT" or "INSERT" or "UPDATE" or "DELETE" or "MERGE"),
            _ => true,
        };
    }

}

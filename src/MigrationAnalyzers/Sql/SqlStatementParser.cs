using System;
using System.Collections.Generic;
using MigrationAnalyzers.Operations;
using Microsoft.CodeAnalysis.Text;

namespace MigrationAnalyzers.Sql;

/// <summary>
/// Finds, in SQL text, the statements that matter for data loss and for telling a rebuild from a loss:
/// <c>DROP TABLE</c>, <c>DROP SCHEMA</c>, <c>TRUNCATE</c>, <c>DELETE</c> without <c>WHERE</c>,
/// <c>ALTER TABLE ... DROP/ADD/RENAME</c>, <c>CREATE TABLE</c>, <c>INSERT INTO ... SELECT</c>,
/// <c>SELECT ... INTO</c>, <c>UPDATE ... SET</c>, <c>sp_rename</c> and MySQL's <c>RENAME TABLE</c>.
/// Statements end at <c>;</c>, at <c>GO</c>, or where a new statement plainly starts (T-SQL needs no
/// semicolons). Everything else is skipped. Linear in the number of tokens; never throws.
/// </summary>
internal static class SqlStatementParser
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

    private static readonly HashSet<string> NotColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "PERIOD", "SYSTEM", "PARTITION", "DEFAULT",
        "UNIQUE", "FULLTEXT", "SPATIAL", "COLUMNSTORE", "TRIGGER",
    };

    public static List<SqlOperation> Parse(string sql)
    {
        var tokens = SqlLexer.Tokenize(sql);
        var operations = new List<SqlOperation>();
        foreach (var (start, end) in Statements(tokens))
        {
            new Statement(tokens, start, end, operations).Recognize();
        }

        return operations;
    }

    /// <summary>Token ranges [start, end) of the statements.</summary>
    private static List<(int Start, int End)> Statements(List<SqlToken> tokens)
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

    private sealed class Statement(List<SqlToken> tokens, int start, int end, List<SqlOperation> operations)
    {
        private TextSpan Span => TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);

        public void Recognize()
        {
            switch (tokens[start].Text.ToUpperInvariant())
            {
                case "DROP":
                    Drop();
                    break;
                case "TRUNCATE":
                    Truncate();
                    break;
                case "DELETE":
                    Delete();
                    break;
                case "ALTER":
                    AlterTable();
                    break;
                case "CREATE":
                    CreateTable();
                    break;
                case "INSERT":
                    Insert();
                    break;
                case "SELECT":
                    SelectInto();
                    break;
                case "UPDATE":
                    Update();
                    break;
                case "EXEC":
                case "EXECUTE":
                    Rename();
                    break;
                case "RENAME":
                    RenameTables();
                    break;
            }
        }

        private void Drop()
        {
            var i = start + 1;
            var schema = Word(i, "SCHEMA");
            if (!Word(i, "TABLE") && !schema)
            {
                return;
            }

            i = SkipIfExists(i + 1);
            while (ReadName(ref i) is var (nameSchema, name))
            {
                if (schema)
                {
                    Add(MigrationOperationKind.DropSchema, name, string.Empty);
                }
                else if (IsPersistent(name))
                {
                    Add(MigrationOperationKind.DropTable, nameSchema, name);
                }

                if (!Symbol(i, ','))
                {
                    break;
                }

                i++;
            }
        }

        private void Truncate()
        {
            var i = start + 1;
            if (Word(i, "TABLE"))
            {
                i++;
            }

            if (Word(i, "ONLY"))
            {
                i++;
            }

            while (ReadName(ref i) is var (schema, name))
            {
                if (IsPersistent(name))
                {
                    Add(MigrationOperationKind.Truncate, schema, name);
                }

                if (Symbol(i, '*'))
                {
                    i++;
                }

                if (!Symbol(i, ','))
                {
                    break;
                }

                i++;
            }
        }

        private void Delete()
        {
            for (var j = start + 1; j < end; j++)
            {
                if (Word(j, "WHERE") || Word(j, "JOIN") || Word(j, "USING") || Word(j, "CURRENT"))
                {
                    return;
                }
            }

            var i = start + 1;
            if (Word(i, "TOP"))
            {
                i = SkipParenthesized(i + 1);
            }

            if (Word(i, "FROM"))
            {
                i++;
            }

            if (Word(i, "ONLY"))
            {
                i++;
            }

            if (ReadName(ref i) is not var (schema, name))
            {
                return;
            }

            // T-SQL's DELETE alias FROM table: the table follows the FROM.
            if (Word(i, "FROM"))
            {
                i++;
                if (ReadName(ref i) is not var (fromSchema, fromName))
                {
                    return;
                }

                (schema, name) = (fromSchema, fromName);
            }

            if (IsPersistent(name))
            {
                Add(MigrationOperationKind.DeleteAllRows, schema, name);
            }
        }

        private void AlterTable()
        {
            if (!Word(start + 1, "TABLE"))
            {
                return;
            }

            var i = SkipIfExists(start + 2);
            if (Word(i, "ONLY"))
            {
                i++;
            }

            if (ReadName(ref i) is not var (schema, table) || !IsPersistent(table))
            {
                return;
            }

            var last = (MigrationOperationKind?)null;
            while (i < end)
            {
                var actionEnd = NextComma(i);
                last = AlterAction(i, actionEnd, schema, table, last);
                i = actionEnd + 1;
            }
        }

        private MigrationOperationKind? AlterAction(int i, int actionEnd, string? schema, string table, MigrationOperationKind? last)
        {
            if (Word(i, "DROP"))
            {
                var j = i + 1;
                if (Word(j, "COLUMN"))
                {
                    j = SkipIfExists(j + 1);
                }
                else if (j < actionEnd && tokens[j].Kind == SqlTokenKind.Word && NotColumns.Contains(tokens[j].Text))
                {
                    return null;
                }

                return ColumnAt(j, actionEnd, MigrationOperationKind.DropColumn, schema, table) ? MigrationOperationKind.DropColumn : null;
            }

            if (Word(i, "ADD"))
            {
                var j = i + 1;
                if (Word(j, "COLUMN"))
                {
                    j++;
                }

                if (Word(j, "IF") && Word(j + 1, "NOT") && Word(j + 2, "EXISTS"))
                {
                    j += 3;
                }

                if (j < actionEnd && tokens[j].Kind == SqlTokenKind.Word && NotColumns.Contains(tokens[j].Text))
                {
                    return null;
                }

                return ColumnAt(j, actionEnd, MigrationOperationKind.AddColumn, schema, table) ? MigrationOperationKind.AddColumn : null;
            }

            if (Word(i, "RENAME"))
            {
                var j = i + 1;
                if (Word(j, "TO") || Word(j, "AS"))
                {
                    j++;
                    if (ReadName(ref j) is var (_, newName))
                    {
                        Add(MigrationOperationKind.RenameTable, schema, table, newSchema: schema, newName: newName);
                    }

                    return null;
                }

                if (Word(j, "COLUMN"))
                {
                    j++;
                }

                if (j < actionEnd && tokens[j].IsName && Word(j + 1, "TO") && j + 2 < actionEnd && tokens[j + 2].IsName)
                {
                    Add(MigrationOperationKind.RenameColumn, schema, table, tokens[j].Text, newName: tokens[j + 2].Text);
                }

                return null;
            }

            // T-SQL lists: ALTER TABLE t DROP COLUMN a, b / ADD a int, b int.
            if (last is { } kind && i < actionEnd && tokens[i].IsName && !Word(i, "ALTER") && !Word(i, "MODIFY") && !Word(i, "CHANGE"))
            {
                return ColumnAt(i, actionEnd, kind, schema, table) ? kind : null;
            }

            return null;
        }

        private bool ColumnAt(int j, int actionEnd, MigrationOperationKind kind, string? schema, string table)
        {
            if (j >= actionEnd || !tokens[j].IsName)
            {
                return false;
            }

            Add(kind, schema, table, tokens[j].Text);
            return true;
        }

        private void CreateTable()
        {
            var i = start + 1;
            while (i < end && i <= start + 4 && !Word(i, "TABLE"))
            {
                i++;
            }

            if (!Word(i, "TABLE"))
            {
                return;
            }

            i++;
            if (Word(i, "IF") && Word(i + 1, "NOT") && Word(i + 2, "EXISTS"))
            {
                i += 3;
            }

            if (ReadName(ref i) is not var (schema, name) || !IsPersistent(name))
            {
                return;
            }

            Add(MigrationOperationKind.CreateTable, schema, name);
            if (SourceAfter("SELECT", i) is var (sourceSchema, source))
            {
                Add(MigrationOperationKind.CopyRows, sourceSchema, source, newSchema: schema, newName: name);
            }
        }

        private void Insert()
        {
            var i = start + 1;
            if (Word(i, "INTO"))
            {
                i++;
            }

            if (ReadName(ref i) is var (schema, name) && SourceAfter("SELECT", i) is var (sourceSchema, source))
            {
                Add(MigrationOperationKind.CopyRows, sourceSchema, source, newSchema: schema, newName: name);
            }
        }

        private void SelectInto()
        {
            for (var i = start + 1; i < end; i++)
            {
                if (Word(i, "INTO"))
                {
                    i++;
                    if (ReadName(ref i) is var (schema, name) && IsPersistent(name))
                    {
                        Add(MigrationOperationKind.CreateTable, schema, name);
                        if (SourceAfter("INTO", start + 1) is var (sourceSchema, source))
                        {
                            Add(MigrationOperationKind.CopyRows, sourceSchema, source, newSchema: schema, newName: name);
                        }
                    }

                    return;
                }
            }
        }

        private void Update()
        {
            var i = start + 1;
            if (Word(i, "TOP"))
            {
                i = SkipParenthesized(i + 1);
            }

            if (ReadName(ref i) is not var (schema, table) || !Word(i, "SET"))
            {
                return;
            }

            i++;
            while (i < end && !Word(i, "FROM") && !Word(i, "WHERE") && !Word(i, "OUTPUT") && !Word(i, "RETURNING"))
            {
                var assignmentEnd = NextComma(i);
                var equals = i;
                while (equals < assignmentEnd && !Symbol(equals, '='))
                {
                    equals++;
                }

                if (equals > i && equals < assignmentEnd && tokens[equals - 1].IsName)
                {
                    var target = tokens[equals - 1].Text;
                    for (var j = equals + 1; j < assignmentEnd && !Word(j, "FROM") && !Word(j, "WHERE"); j++)
                    {
                        if (tokens[j].IsName && !Symbol(j + 1, '(') && !Symbol(j + 1, '.'))
                        {
                            Add(MigrationOperationKind.CopyColumn, schema, table, tokens[j].Text, newName: target);
                        }
                    }
                }

                i = assignmentEnd + 1;
            }
        }

        /// <summary><c>EXEC sp_rename 'old', 'new'[, 'COLUMN']</c>.</summary>
        private void Rename()
        {
            var i = start + 1;
            if (ReadName(ref i) is not (_, var procedure) || !procedure.Equals("sp_rename", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var arguments = new List<string>(3);
            for (; i < end && arguments.Count < 3; i++)
            {
                if (tokens[i].Kind == SqlTokenKind.String)
                {
                    arguments.Add(tokens[i].Text);
                }
            }

            if (arguments.Count < 2)
            {
                return;
            }

            var parts = NameParts(arguments[0]);
            var newName = arguments[1];
            var type = arguments.Count > 2 ? arguments[2] : "OBJECT";
            if (type.Equals("COLUMN", StringComparison.OrdinalIgnoreCase) && parts.Count >= 2)
            {
                Add(MigrationOperationKind.RenameColumn, parts.Count >= 3 ? parts[parts.Count - 3] : null, parts[parts.Count - 2], parts[parts.Count - 1], newName: newName);
            }
            else if (type.Equals("OBJECT", StringComparison.OrdinalIgnoreCase) && parts.Count >= 1)
            {
                var schema = parts.Count >= 2 ? parts[parts.Count - 2] : null;
                Add(MigrationOperationKind.RenameTable, schema, parts[parts.Count - 1], newSchema: schema, newName: newName);
            }
        }

        /// <summary>MySQL's <c>RENAME TABLE a TO b[, c TO d]</c>.</summary>
        private void RenameTables()
        {
            var i = start + 1;
            if (!Word(i, "TABLE"))
            {
                return;
            }

            i++;
            while (ReadName(ref i) is var (schema, name) && Word(i, "TO"))
            {
                i++;
                if (ReadName(ref i) is not var (newSchema, newName))
                {
                    return;
                }

                Add(MigrationOperationKind.RenameTable, schema, name, newSchema: newSchema, newName: newName);
                if (!Symbol(i, ','))
                {
                    return;
                }

                i++;
            }
        }

        /// <summary>The first table after <c>FROM</c> that follows <paramref name="keyword"/> at the statement's top level.</summary>
        private (string? Schema, string Name)? SourceAfter(string keyword, int from)
        {
            var depth = 0;
            var seen = false;
            for (var i = from; i < end; i++)
            {
                if (Symbol(i, '('))
                {
                    depth++;
                }
                else if (Symbol(i, ')'))
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (Word(i, keyword))
                {
                    seen = true;
                }
                else if (seen && Word(i, "FROM"))
                {
                    i++;
                    return ReadName(ref i);
                }
            }

            return null;
        }

        /// <summary>Reads <c>a</c>, <c>s.a</c> or <c>db.s.a</c> (each part bare or quoted); returns the last two parts.</summary>
        private (string? Schema, string Name)? ReadName(ref int i)
        {
            if (i >= end || !tokens[i].IsName)
            {
                return null;
            }

            string? previous = null;
            var name = tokens[i].Text;
            i++;
            while (Symbol(i, '.') && i + 1 < end && tokens[i + 1].IsName)
            {
                previous = name;
                name = tokens[i + 1].Text;
                i += 2;
            }

            return (previous, name);
        }

        private int SkipIfExists(int i) => Word(i, "IF") && Word(i + 1, "EXISTS") ? i + 2 : i;

        private int SkipParenthesized(int i)
        {
            if (!Symbol(i, '('))
            {
                return i < end && tokens[i].Kind == SqlTokenKind.Number ? i + 1 : i;
            }

            var depth = 0;
            for (; i < end; i++)
            {
                if (Symbol(i, '('))
                {
                    depth++;
                }
                else if (Symbol(i, ')') && --depth == 0)
                {
                    return i + 1;
                }
            }

            return end;
        }

        /// <summary>The index of the next top-level comma, or the statement's end.</summary>
        private int NextComma(int i)
        {
            var depth = 0;
            for (; i < end; i++)
            {
                if (Symbol(i, '('))
                {
                    depth++;
                }
                else if (Symbol(i, ')'))
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0 && Symbol(i, ','))
                {
                    return i;
                }
            }

            return end;
        }

        private bool Word(int i, string word) => i < end && tokens[i].IsWord(word);

        private bool Symbol(int i, char symbol) => i < end && tokens[i].IsSymbol(symbol);

        /// <summary>Temporary tables and variables are not data anybody keeps.</summary>
        private static bool IsPersistent(string name) => name.Length > 0 && name[0] is not ('#' or '@');

        private void Add(MigrationOperationKind kind, string? schema, string table, string? column = null, string? newSchema = null, string? newName = null)
            => operations.Add(new SqlOperation(kind, schema, table, column, newSchema, newName, Span));

        private static List<string> NameParts(string text)
        {
            var parts = new List<string>(3);
            foreach (var token in SqlLexer.Tokenize(text))
            {
                if (token.IsName)
                {
                    parts.Add(token.Text);
                }
            }

            return parts;
        }
    }
}

using System.Linq;
using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Sql;

/// <summary>
/// Recognizes what one SQL statement does to tables, columns and schemas, as the same <see cref="MigrationOperation"/>
/// records the builder calls give: <c>DROP TABLE</c>, <c>DROP SCHEMA</c>, <c>TRUNCATE</c>, <c>DELETE</c> without
/// <c>WHERE</c>, <c>ALTER TABLE ... DROP/ADD/RENAME</c>, <c>CREATE TABLE</c>, <c>INSERT INTO ... SELECT</c>,
/// <c>SELECT ... INTO</c>, <c>UPDATE ... SET</c>, <c>sp_rename</c> and MySQL's <c>RENAME TABLE</c>. Everything else is skipped.
/// </summary>
internal static class SqlStatementRecognizer
{
    private static readonly HashSet<string> NotColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "PERIOD", "SYSTEM", "PARTITION", "DEFAULT",
        "UNIQUE", "FULLTEXT", "SPATIAL", "COLUMNSTORE", "TRIGGER",
    };

    public static void Recognize(List<SqlToken> tokens, int start, int end, InvocationExpressionSyntax call, List<MigrationOperation> operations)
        => new Statement(tokens, start, end, call, operations).Recognize();

    private sealed class Statement(List<SqlToken> tokens, int start, int end, InvocationExpressionSyntax call, List<MigrationOperation> operations)
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
            var database = Word(i, "DATABASE");
            var schema = Word(i, "SCHEMA") || database;
            if (!Word(i, "TABLE") && !schema)
            {
                return;
            }

            var dropsContents = database || (schema && Enumerable.Range(i, Math.Max(0, end - i)).Any(k => Word(k, "CASCADE")));

            i = SkipIfExists(i + 1);
            while (ReadName(ref i) is var (nameSchema, name))
            {
                if (schema)
                {
                    AddSchemaDrop(name, dropsContents);
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
        {
            var target = new TableRef(schema, table, column);
            var destination = kind switch
            {
                MigrationOperationKind.RenameTable or MigrationOperationKind.CopyRows => new TableRef(newSchema, newName!),
                MigrationOperationKind.RenameColumn or MigrationOperationKind.CopyColumn => new TableRef(schema, table, newName),
                _ => null,
            };
            operations.Add(MigrationOperation.RawSql(kind, target, destination, droppedSchema: null, Span, call));
        }

        private void AddSchemaDrop(string schema, bool dropsContents)
            => operations.Add(MigrationOperation.RawSql(MigrationOperationKind.DropSchema, target: null, destination: null, schema, Span, call, dropsContents));

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

using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Sql;

/// <summary>
/// Reads SQL text into the <see cref="MigrationOperation"/>s of the statements that matter for data loss and for
/// telling a rebuild from a loss (<see cref="SqlStatementRecognizer"/>), statement by statement
/// (<see cref="SqlStatementSplitter"/>). Linear in the number of tokens; never throws.
/// </summary>
internal static class SqlStatementParser
{
    /// <summary>The operations of <paramref name="sql"/>, the text of <paramref name="call"/> (a <c>Sql(...)</c> call).</summary>
    public static List<MigrationOperation> Parse(string sql, InvocationExpressionSyntax call)
    {
        var tokens = SqlLexer.Tokenize(sql);
        var operations = new List<MigrationOperation>();
        foreach (var (start, end) in SqlStatementSplitter.Split(tokens))
        {
            SqlStatementRecognizer.Recognize(tokens, start, end, call, operations);
        }

        return operations;
    }
}

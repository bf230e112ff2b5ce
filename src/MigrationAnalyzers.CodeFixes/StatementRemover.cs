using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// Removes statements from method bodies and keeps the text around them tidy: a comment directly above a
/// removed statement goes with it; comments separated from it by a blank line, and preprocessor directives,
/// stay; no run of blank lines, and no blank line at the start or end of a block, is left behind.
/// </summary>
internal static class StatementRemover
{
    public static SyntaxNode Remove(SyntaxNode root, IEnumerable<StatementSyntax> statements)
    {
        var byBlock = statements.Where(s => s.Parent is BlockSyntax).GroupBy(s => (BlockSyntax)s.Parent!).ToDictionary(g => g.Key, g => new HashSet<StatementSyntax>(g));
        return root.ReplaceNodes(byBlock.Keys, (original, _) => Remove(original, byBlock[original]));
    }

    private static BlockSyntax Remove(BlockSyntax block, HashSet<StatementSyntax> removed)
    {
        var kept = new List<StatementSyntax>();
        var carried = new List<SyntaxTrivia>();
        var junction = false;
        foreach (var statement in block.Statements)
        {
            if (removed.Contains(statement))
            {
                carried.AddRange(Detached(statement.GetLeadingTrivia()));
                junction = true;
                continue;
            }

            var next = statement;
            if (junction)
            {
                next = statement.WithLeadingTrivia(Tidy(carried.Concat(statement.GetLeadingTrivia()), atStart: kept.Count == 0, atEnd: false));
                carried.Clear();
                junction = false;
            }

            kept.Add(next);
        }

        var close = block.CloseBraceToken;
        if (junction)
        {
            close = close.WithLeadingTrivia(Tidy(carried.Concat(close.LeadingTrivia), atStart: kept.Count == 0, atEnd: true));
        }

        return block.WithStatements(SyntaxFactory.List(kept)).WithCloseBraceToken(close);
    }

    /// <summary>The lines of a removed statement's leading trivia that do not belong to it (all but the comment lines right above it).</summary>
    private static IEnumerable<SyntaxTrivia> Detached(SyntaxTriviaList leading)
    {
        var lines = Lines(leading);

        // The last "line" is the statement's own indentation.
        var end = lines.Count - 1;
        while (end > 0 && IsCommentLine(lines[end - 1]))
        {
            end--;
        }

        return lines.Take(end).SelectMany(line => line);
    }

    private static SyntaxTriviaList Tidy(IEnumerable<SyntaxTrivia> trivia, bool atStart, bool atEnd)
    {
        var lines = Lines(SyntaxFactory.TriviaList(trivia));
        var indentation = lines[lines.Count - 1];
        var result = new List<List<SyntaxTrivia>>();
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var blank = IsBlank(lines[i]);
            if (blank && ((atStart && result.Count == 0) || (result.Count > 0 && IsBlank(result[result.Count - 1]))))
            {
                continue;
            }

            result.Add(lines[i]);
        }

        while (atEnd && result.Count > 0 && IsBlank(result[result.Count - 1]))
        {
            result.RemoveAt(result.Count - 1);
        }

        return SyntaxFactory.TriviaList(result.SelectMany(line => line).Concat(indentation));
    }

    /// <summary>Splits trivia into lines, each ending with its end of line; the last holds what follows the last end of line.</summary>
    private static List<List<SyntaxTrivia>> Lines(SyntaxTriviaList trivia)
    {
        var lines = new List<List<SyntaxTrivia>> { new() };
        foreach (var item in trivia)
        {
            lines[lines.Count - 1].Add(item);

            // A directive's trivia holds its own end of line.
            if (item.IsKind(SyntaxKind.EndOfLineTrivia) || item.IsDirective)
            {
                lines.Add(new List<SyntaxTrivia>());
            }
        }

        return lines;
    }

    private static bool IsBlank(List<SyntaxTrivia> line)
        => line.All(t => t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));

    private static bool IsCommentLine(List<SyntaxTrivia> line)
        => line.Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
           && line.All(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)
                            || t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia));
}

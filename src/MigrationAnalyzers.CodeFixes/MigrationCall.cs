using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// A <c>migrationBuilder</c> call a fix writes: the method, its type argument, its named arguments as source text, and
/// the argument lists of <c>.Annotation(...)</c> calls chained onto it. Written in EF's layout: one named argument per
/// line, each annotation on a line of its own, statements separated by a blank line.
/// </summary>
internal sealed class MigrationCall
{
    private readonly List<(string Name, string Value)> _arguments = new();

    private readonly List<string> _annotations = new();

    public MigrationCall(string method, string? typeArgument = null)
    {
        Method = method;
        TypeArgument = typeArgument;
    }

    public string Method { get; }

    public string? TypeArgument { get; }

    /// <summary>Adds <c>name: value</c>; nothing when <paramref name="value"/> is <see langword="null"/> (an argument EF leaves out).</summary>
    public MigrationCall With(string name, string? value)
    {
        if (value is not null)
        {
            _arguments.Add((name, value));
        }

        return this;
    }

    /// <summary>Chains <c>.Annotation(...)</c> calls with these argument lists, as written.</summary>
    public MigrationCall WithAnnotations(IEnumerable<ArgumentListSyntax> annotations)
    {
        _annotations.AddRange(annotations.Select(a => a.WithoutTrivia().ToString()));
        return this;
    }

    /// <summary>
    /// The statements that take <paramref name="original"/>'s place: its receiver, indentation and line ends; the first
    /// keeps its leading trivia (comments above it stay above), the last its trailing trivia.
    /// </summary>
    public static ImmutableArray<StatementSyntax> InPlaceOf(StatementSyntax original, InvocationExpressionSyntax call, IReadOnlyList<MigrationCall> calls)
    {
        var receiver = ((MemberAccessExpressionSyntax)call.Expression).Expression.WithoutTrivia().ToString();
        var indentation = original.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
        var endOfLine = original.DescendantTrivia().Concat(original.GetTrailingTrivia()).FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString();
        if (endOfLine.Length == 0)
        {
            endOfLine = "\n";
        }

        // A statement after the first: a blank line, then the indentation.
        var separated = SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(endOfLine));
        if (indentation.Length > 0)
        {
            separated = separated.Add(SyntaxFactory.Whitespace(indentation));
        }

        var statements = ImmutableArray.CreateBuilder<StatementSyntax>(calls.Count);
        for (var i = 0; i < calls.Count; i++)
        {
            var leading = i == 0 ? original.GetLeadingTrivia() : separated;
            var trailing = i == calls.Count - 1 ? original.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(endOfLine));
            statements.Add(SyntaxFactory.ParseStatement(calls[i].Text(receiver, indentation, endOfLine))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(trailing));
        }

        return statements.ToImmutable();
    }

    private string Text(string receiver, string indentation, string endOfLine)
    {
        var text = new StringBuilder();
        text.Append(receiver).Append('.').Append(Method);
        if (TypeArgument is not null)
        {
            text.Append('<').Append(TypeArgument).Append('>');
        }

        text.Append('(');
        for (var i = 0; i < _arguments.Count; i++)
        {
            text.Append(endOfLine).Append(indentation).Append("    ").Append(_arguments[i].Name).Append(": ").Append(_arguments[i].Value);
            text.Append(i == _arguments.Count - 1 ? ")" : ",");
        }

        if (_arguments.Count == 0)
        {
            text.Append(')');
        }

        foreach (var annotation in _annotations)
        {
            text.Append(endOfLine).Append(indentation).Append("    .Annotation").Append(annotation);
        }

        return text.Append(';').ToString();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// "Approve this drop": <c>[ApprovedDataLoss("table", Schema = ..., Column = ..., Reason = "...")]</c> on the migration
/// class (the partial in the document being fixed), and <c>using MigrationAnalyzers;</c> when the name does not bind.
/// </summary>
internal static class ApproveDrop
{
    /// <summary>What the reviewer replaces; a string, so that the code compiles as it is.</summary>
    public const string ReasonPlaceholder = "<why is this data loss intended?>";

    private const string Namespace = "MigrationAnalyzers";

    public static SyntaxNode Apply(SyntaxNode root, SemanticModel semanticModel, IEnumerable<DiagnosedDrop> drops, CancellationToken cancellationToken)
    {
        var byClass = new Dictionary<ClassDeclarationSyntax, List<(TableRef Target, NameScope Scope)>>();
        foreach (var drop in drops)
        {
            var target = drop.Operation.Kind == MigrationOperationKind.DropColumn ? drop.Target : drop.Target.TableOnly;
            if (!byClass.TryGetValue(drop.Migration, out var approvals))
            {
                approvals = new List<(TableRef, NameScope)>();
                byClass.Add(drop.Migration, approvals);
            }

            if (!approvals.Any(a => drop.Scope.Same(a.Target, target)))
            {
                approvals.Add((target, drop.Scope));
            }
        }

        if (byClass.Count == 0)
        {
            return root;
        }

        var position = byClass.Keys.First().SpanStart;
        var bound = semanticModel.GetSpeculativeTypeInfo(position, SyntaxFactory.ParseTypeName("ApprovedDataLossAttribute"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        var nameBinds = bound is not null && bound.TypeKind != TypeKind.Error && bound.ToDisplayString() == MigrationApprovals.AttributeFullName;
        var compilationUnit = root as CompilationUnitSyntax;
        var addUsing = !nameBinds && compilationUnit is { Usings.Count: > 0 };
        var attributeName = nameBinds || addUsing ? "ApprovedDataLoss" : Namespace + ".ApprovedDataLoss";
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol != default
            ? eol
            : SyntaxFactory.CarriageReturnLineFeed;

        root = root.ReplaceNodes(byClass.Keys, (original, _) =>
        {
            var existing = semanticModel.GetDeclaredSymbol(original, cancellationToken) is { } symbol ? MigrationApprovals.Of(symbol) : MigrationApprovals.None;
            var lists = byClass[original]
                .Where(a => !existing.Approves(a.Target, a.Scope))
                .Select(a => AttributeList(attributeName, a.Target))
                .ToList();
            return AddAttributeLists(original, lists, endOfLine);
        });

        return addUsing ? AddUsing((CompilationUnitSyntax)root, endOfLine) : root;
    }

    private static AttributeListSyntax AttributeList(string name, TableRef target)
    {
        var arguments = new List<string> { Literal(target.Table) };
        if (target.Schema is not null)
        {
            arguments.Add("Schema = " + Literal(target.Schema));
        }

        if (target.Column is not null)
        {
            arguments.Add("Column = " + Literal(target.Column));
        }

        arguments.Add("Reason = " + Literal(ReasonPlaceholder));
        var attribute = SyntaxFactory.Attribute(SyntaxFactory.ParseName(name), SyntaxFactory.ParseAttributeArgumentList("(" + string.Join(", ", arguments) + ")"));
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Each list on its own line after the class's attributes, or before the class keyword after its comments.</summary>
    private static ClassDeclarationSyntax AddAttributeLists(ClassDeclarationSyntax declaration, List<AttributeListSyntax> lists, SyntaxTrivia endOfLine)
    {
        if (lists.Count == 0)
        {
            return declaration;
        }

        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
        var formatted = lists.Select(l => l.WithLeadingTrivia(indentation).WithTrailingTrivia(endOfLine)).ToList();
        if (declaration.AttributeLists.Count > 0)
        {
            return declaration.WithAttributeLists(declaration.AttributeLists.AddRange(formatted));
        }

        // The comments above the class (/// <inheritdoc />) stay above the new attribute.
        formatted[0] = formatted[0].WithLeadingTrivia(leading);
        return declaration.WithLeadingTrivia(indentation).WithAttributeLists(SyntaxFactory.List(formatted));
    }

    /// <summary>Adds <c>using MigrationAnalyzers;</c> in order (System first, then ordinal).</summary>
    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, SyntaxTrivia endOfLine)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine);
        var usings = unit.Usings;
        var index = 0;
        while (index < usings.Count && Compare(usings[index], Namespace) < 0)
        {
            index++;
        }

        if (index == 0)
        {
            // The file's header comments stay at the top.
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int Compare(UsingDirectiveSyntax directive, string name)
    {
        if (directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None) || !directive.GlobalKeyword.IsKind(SyntaxKind.None))
        {
            return directive.GlobalKeyword.IsKind(SyntaxKind.None) ? 1 : -1;
        }

        var other = directive.Name?.ToString() ?? string.Empty;
        var otherIsSystem = other == "System" || other.StartsWith("System.", StringComparison.Ordinal);
        return otherIsSystem ? -1 : string.Compare(other, name, StringComparison.OrdinalIgnoreCase);
    }
}

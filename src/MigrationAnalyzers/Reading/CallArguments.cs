using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Reading;

/// <summary>
/// The arguments of a call read without a semantic model, each with the parameter it binds to: a named argument by
/// its name, the others by their position in the signature (<see cref="MigrationBuilderSignatures"/>).
/// </summary>
internal static class CallArguments
{
    /// <summary>Every argument with its parameter name, in source order; a positional argument past the signature is left out.</summary>
    public static ImmutableArray<(string Name, ExpressionSyntax Expression)> Bind(ArgumentListSyntax list, ImmutableArray<string> signature)
    {
        var bound = ImmutableArray.CreateBuilder<(string, ExpressionSyntax)>(list.Arguments.Count);
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            var argument = list.Arguments[i];
            var name = argument.NameColon?.Name.Identifier.ValueText ?? (i < signature.Length ? signature[i] : null);
            if (name is not null && argument.Expression is not null)
            {
                bound.Add((name, argument.Expression));
            }
        }

        return bound.ToImmutable();
    }

    /// <summary>Whether <see cref="Bind"/> leaves an argument of <paramref name="list"/> out: a positional one past <paramref name="signature"/>.</summary>
    public static bool LeavesOut(ArgumentListSyntax list, ImmutableArray<string> signature)
    {
        for (var i = signature.Length; i < list.Arguments.Count; i++)
        {
            if (list.Arguments[i].NameColon is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The argument of <paramref name="parameter"/>, named or by position; <see langword="null"/> when absent.</summary>
    public static ExpressionSyntax? Find(InvocationExpressionSyntax call, ImmutableArray<string> signature, string parameter)
    {
        foreach (var (name, expression) in Bind(call.ArgumentList, signature))
        {
            if (name == parameter)
            {
                return expression;
            }
        }

        return null;
    }

    /// <summary>
    /// The argument lists of the <c>.Annotation(...)</c> calls chained onto <paramref name="call"/>, in order;
    /// <see langword="null"/> when another method is chained onto it.
    /// </summary>
    public static ImmutableArray<ArgumentListSyntax>? ChainedAnnotations(InvocationExpressionSyntax call)
    {
        var annotations = ImmutableArray.CreateBuilder<ArgumentListSyntax>();
        ExpressionSyntax current = call;
        for (var depth = 0; depth < 64 && current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                            && access.Parent is InvocationExpressionSyntax outer && outer.Expression == access; depth++)
        {
            if (access.Name.Identifier.ValueText != "Annotation")
            {
                return null;
            }

            annotations.Add(outer.ArgumentList);
            current = outer;
        }

        return annotations.ToImmutable();
    }
}

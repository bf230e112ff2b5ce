using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Model;

/// <summary>
/// The type written in <c>[DbContext(typeof(X))]</c>, with what the file's syntax says about where a name binds: the
/// enclosing namespaces and the <c>using</c> directives in scope. Read from syntax only, so that it can be cached per
/// tree; <see cref="ContextResolver"/> binds it to a type of a compilation.
/// </summary>
internal sealed class ContextReference : IEquatable<ContextReference>
{
    private static readonly char[] Dot = { '.' };

    private ContextReference(string writtenName, string simpleName, ImmutableArray<string> enclosingNamespaces, ImmutableArray<string> usings, ImmutableArray<(string Alias, string Target)> aliases)
    {
        WrittenName = writtenName;
        SimpleName = simpleName;
        EnclosingNamespaces = enclosingNamespaces;
        Usings = usings;
        Aliases = aliases;
    }

    /// <summary>The name as written, dots kept, <c>global::</c> and whitespace removed: <c>AppDbContext</c>, <c>Billing.Data.AppDbContext</c>.</summary>
    public string WrittenName { get; }

    /// <summary>The last identifier of <see cref="WrittenName"/>: today's identity of a context that does not bind.</summary>
    public string SimpleName { get; }

    /// <summary>The namespaces the attribute is declared in, innermost first, each with its full name.</summary>
    public ImmutableArray<string> EnclosingNamespaces { get; }

    /// <summary>The namespaces of the <c>using</c> directives in scope (file and enclosing namespace declarations).</summary>
    public ImmutableArray<string> Usings { get; }

    /// <summary>The <c>using A = B.C;</c> directives in scope.</summary>
    public ImmutableArray<(string Alias, string Target)> Aliases { get; }

    public static ContextReference? From(TypeSyntax type, ClassDeclarationSyntax declaration)
    {
        var simple = TreeFacts.SimpleName(type);
        if (simple is null)
        {
            return null;
        }

        var written = Normalize(type.ToString());
        var namespaces = ImmutableArray.CreateBuilder<string>();
        var usings = ImmutableArray.CreateBuilder<string>();
        var aliases = ImmutableArray.CreateBuilder<(string, string)>();
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    namespaces.Add(Normalize(ns.Name.ToString()));
                    AddUsings(ns.Usings, usings, aliases);
                    break;
                case CompilationUnitSyntax unit:
                    AddUsings(unit.Usings, usings, aliases);
                    break;
            }
        }

        // C# looks a name up in the innermost namespace first, then in each containing one: A.B.C, A.B, A.
        namespaces.Reverse();
        var parts = string.Join(".", namespaces).Split(Dot, StringSplitOptions.RemoveEmptyEntries);
        var enclosing = ImmutableArray.CreateBuilder<string>(parts.Length);
        for (var length = parts.Length; length > 0; length--)
        {
            enclosing.Add(string.Join(".", parts, 0, length));
        }

        return new ContextReference(written, simple, enclosing.ToImmutable(), usings.ToImmutable(), aliases.ToImmutable());
    }

    private static void AddUsings(Microsoft.CodeAnalysis.SyntaxList<UsingDirectiveSyntax> directives, ImmutableArray<string>.Builder usings, ImmutableArray<(string, string)>.Builder aliases)
    {
        foreach (var directive in directives)
        {
            if (directive.Name is not { } name || directive.StaticKeyword.ValueText == "static")
            {
                continue;
            }

            if (directive.Alias is { } alias)
            {
                aliases.Add((alias.Name.Identifier.ValueText, Normalize(name.ToString())));
            }
            else
            {
                usings.Add(Normalize(name.ToString()));
            }
        }
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        var result = builder.ToString();
        return result.StartsWith("global::", StringComparison.Ordinal) ? result.Substring("global::".Length) : result;
    }

    public bool Equals(ContextReference? other)
        => other is not null
           && WrittenName == other.WrittenName
           && EnclosingNamespaces.SequenceEqual(other.EnclosingNamespaces, StringComparer.Ordinal)
           && Usings.SequenceEqual(other.Usings, StringComparer.Ordinal)
           && Aliases.SequenceEqual(other.Aliases);

    public override bool Equals(object? obj) => Equals(obj as ContextReference);

    public override int GetHashCode()
    {
        var hash = StringComparer.Ordinal.GetHashCode(WrittenName);
        foreach (var ns in EnclosingNamespaces)
        {
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(ns);
        }

        return (hash * 31) + Usings.Length;
    }
}

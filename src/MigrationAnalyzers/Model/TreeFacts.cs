using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MigrationAnalyzers.Infrastructure;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Model;

/// <summary>
/// The migration and snapshot classes declared in one syntax tree. Computed once per tree and shared by
/// every compilation that contains the tree: the IDE's next compilation after a keystroke in one file
/// reuses the facts of every other file.
/// </summary>
internal sealed class TreeFacts
{
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TreeFacts>.CreateValueCallback Create = Compute;

    private readonly Lazy<ImmutableArray<HistoryTableCall>> _historyTableCalls;

    private TreeFacts(SyntaxNode root, ImmutableArray<DeclaredClass> classes)
    {
        Tree = root.SyntaxTree;
        Classes = classes;

        // Designers and snapshots never configure the history table, and most files never name it: a plain text
        // search decides whether the tree is worth reading token by token.
        var holdsModels = classes.Any(c => c.ModelMethod is not null);
        HoldsModels = holdsModels;
        _historyTableCalls = new Lazy<ImmutableArray<HistoryTableCall>>(
            () => holdsModels || !SourceTextSearch.Contains(root.SyntaxTree.GetText(), "MigrationsHistoryTable")
                ? ImmutableArray<HistoryTableCall>.Empty
                : HistoryTableCall.Find(root),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public SyntaxTree Tree { get; }

    public ImmutableArray<DeclaredClass> Classes { get; }

    /// <summary>Whether the tree declares a designer or snapshot: generated model code, never the application's own mapping code.</summary>
    public bool HoldsModels { get; }

    /// <summary>The <c>MigrationsHistoryTable(...)</c> calls in the tree, read on first use.</summary>
    public ImmutableArray<HistoryTableCall> HistoryTableCalls => _historyTableCalls.Value;

    public static TreeFacts Get(SyntaxTree tree) => Cache.GetValue(tree, Create);

    private static TreeFacts Compute(SyntaxTree tree)
    {
        var classes = ImmutableArray.CreateBuilder<DeclaredClass>();
        var root = tree.GetRoot();
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or ClassDeclarationSyntax))
        {
            if (node is ClassDeclarationSyntax declaration && Describe(declaration) is { } described)
            {
                classes.Add(described);
            }
        }

        return new TreeFacts(root, classes.ToImmutable());
    }

    /// <summary>A class is of interest when an EF attribute, base type or method says it may be a migration or snapshot.</summary>
    private static DeclaredClass? Describe(ClassDeclarationSyntax declaration)
    {
        string? contextName = null;
        ContextReference? contextReference = null;
        string? migrationId = null;
        var hasAttribute = false;
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var arguments = attribute.ArgumentList?.Arguments;
                switch (AttributeName(attribute.Name))
                {
                    case "DbContext":
                        hasAttribute = true;
                        if (arguments is { Count: > 0 } && arguments.Value[0].Expression is TypeOfExpressionSyntax typeOf)
                        {
                            contextName = SimpleName(typeOf.Type);
                            contextReference = ContextReference.From(typeOf.Type, declaration);
                        }

                        break;
                    case "Migration":
                        hasAttribute = true;
                        if (arguments is { Count: > 0 } && arguments.Value[0].Expression is LiteralExpressionSyntax literal
                            && literal.IsKind(SyntaxKind.StringLiteralExpression))
                        {
                            migrationId = literal.Token.ValueText;
                        }

                        break;
                }
            }
        }

        var derivesFromMigration = false;
        var derivesFromSnapshot = false;
        if (declaration.BaseList is { } baseList)
        {
            foreach (var baseType in baseList.Types)
            {
                switch (SimpleName(baseType.Type))
                {
                    case "Migration":
                        derivesFromMigration = true;
                        break;
                    case "ModelSnapshot":
                        derivesFromSnapshot = true;
                        break;
                }
            }
        }

        var hasMigrationMethod = false;
        foreach (var member in declaration.Members)
        {
            if (member is MethodDeclarationSyntax { Identifier.ValueText: "BuildModel" or "BuildTargetModel" or "Up" or "Down" })
            {
                hasMigrationMethod = true;
                break;
            }
        }

        return hasAttribute || derivesFromMigration || derivesFromSnapshot || hasMigrationMethod
            ? new DeclaredClass(FullName(declaration), declaration, contextName, contextReference, migrationId, derivesFromMigration, derivesFromSnapshot)
            : null;
    }

    /// <summary>The namespace-qualified name of a class declaration, computed from syntax.</summary>
    public static string FullName(ClassDeclarationSyntax declaration)
    {
        var builder = new StringBuilder(declaration.Identifier.ValueText);
        if (declaration.TypeParameterList is { } typeParameters)
        {
            builder.Append('`').Append(typeParameters.Parameters.Count);
        }

        for (var parent = declaration.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case TypeDeclarationSyntax type:
                    builder.Insert(0, type.Identifier.ValueText + "+");
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    builder.Insert(0, RemoveWhitespace(ns.Name.ToString()) + ".");
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RemoveWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? AttributeName(NameSyntax name)
    {
        var simple = SimpleName(name);
        return simple is not null && simple.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? simple.Substring(0, simple.Length - "Attribute".Length)
            : simple;
    }

    internal static string? SimpleName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}

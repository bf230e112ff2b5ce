using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;

namespace MigrationAnalyzers.SourceMapping;

/// <summary>What a <c>ToTable</c> or <c>ToView</c> call of an entity builder says, read from syntax.</summary>
internal sealed class TableCall
{
    public TableCall(bool isView, string entity, string name, string? schema, ClassDeclarationSyntax owner, InvocationExpressionSyntax syntax)
    {
        IsView = isView;
        Entity = entity;
        Name = name;
        Schema = schema;
        Owner = owner;
        Syntax = syntax;
    }

    /// <summary><c>ToView</c>: the entity maps a view, so its DbSet names no table.</summary>
    public bool IsView { get; }

    /// <summary>The simple name of the entity type (<c>T</c> of <c>Entity&lt;T&gt;</c> or <c>EntityTypeBuilder&lt;T&gt;</c>).</summary>
    public string Entity { get; }

    public string Name { get; }

    public string? Schema { get; }

    /// <summary>The class whose <c>OnModelCreating</c> or <c>Configure</c> makes the call.</summary>
    public ClassDeclarationSyntax Owner { get; }

    public InvocationExpressionSyntax Syntax { get; }
}

/// <summary>
/// The places of one syntax tree that may map a table in the application's own code: <c>ToTable</c>/<c>ToView</c>
/// calls on entity builders, classes with a <c>[Table]</c> attribute, classes with <c>DbSet&lt;T&gt;</c> properties,
/// and <c>HasDefaultSchema</c> calls. Read from syntax once per tree and shared across compilations; a text search
/// first skips the trees that name none of them, and designers and snapshots are never read.
/// </summary>
internal sealed class MappingSyntax
{
    private static readonly MappingSyntax None = new(
        ImmutableArray<TableCall>.Empty,
        ImmutableArray<ClassDeclarationSyntax>.Empty,
        ImmutableArray<ClassDeclarationSyntax>.Empty,
        ImmutableArray<(ClassDeclarationSyntax, string)>.Empty,
        ImmutableArray<string>.Empty);

    private static readonly ConditionalWeakTable<SyntaxTree, MappingSyntax> Cache = new();

    private MappingSyntax(
        ImmutableArray<TableCall> tableCalls,
        ImmutableArray<ClassDeclarationSyntax> attributedClasses,
        ImmutableArray<ClassDeclarationSyntax> classesWithDbSets,
        ImmutableArray<(ClassDeclarationSyntax, string)> defaultSchemas,
        ImmutableArray<string> ignoredEntities)
    {
        IgnoredEntities = ignoredEntities;
        TableCalls = tableCalls;
        AttributedClasses = attributedClasses;
        ClassesWithDbSets = classesWithDbSets;
        DefaultSchemas = defaultSchemas;
    }

    public ImmutableArray<TableCall> TableCalls { get; }

    /// <summary>Classes with an attribute named <c>Table</c> (or <c>NotMapped</c>, which cancels a mapping).</summary>
    public ImmutableArray<ClassDeclarationSyntax> AttributedClasses { get; }

    /// <summary>Classes with a property whose type is written <c>DbSet&lt;T&gt;</c>.</summary>
    public ImmutableArray<ClassDeclarationSyntax> ClassesWithDbSets { get; }

    /// <summary><c>HasDefaultSchema("s")</c> calls with a constant schema, by the class that makes them.</summary>
    public ImmutableArray<(ClassDeclarationSyntax Owner, string Schema)> DefaultSchemas { get; }

    /// <summary>
    /// The entities of <c>modelBuilder.Ignore&lt;T&gt;()</c> and <c>Ignore(typeof(T))</c> calls: EF maps no table for them
    /// where the call runs, and whether it runs is not known here, so their mappings are not trusted.
    /// </summary>
    public ImmutableArray<string> IgnoredEntities { get; }

    public static MappingSyntax Get(SyntaxTree tree, bool holdsModels)
        => holdsModels ? None : Cache.GetValue(tree, static t => Read(t));

    private static MappingSyntax Read(SyntaxTree tree)
    {
        var text = tree.GetText();
        var mayCall = SourceTextSearch.Contains(text, "ToTable") || SourceTextSearch.Contains(text, "ToView") || SourceTextSearch.Contains(text, "HasDefaultSchema")
                      || SourceTextSearch.Contains(text, "Ignore");
        var mayAttribute = SourceTextSearch.Contains(text, "Table(") || SourceTextSearch.Contains(text, "NotMapped");
        var mayDeclareSets = SourceTextSearch.Contains(text, "DbSet<");
        if (!mayCall && !mayAttribute && !mayDeclareSets)
        {
            return None;
        }

        var calls = ImmutableArray.CreateBuilder<TableCall>();
        var attributed = ImmutableArray.CreateBuilder<ClassDeclarationSyntax>();
        var withSets = ImmutableArray.CreateBuilder<ClassDeclarationSyntax>();
        var defaultSchemas = ImmutableArray.CreateBuilder<(ClassDeclarationSyntax, string)>();
        var ignored = ImmutableArray.CreateBuilder<string>();
        // Attributes and DbSet properties are members of classes; only calls need the method bodies walked.
        var nodes = mayCall ? tree.GetRoot().DescendantNodes() : tree.GetRoot().DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ClassDeclarationSyntax declaration:
                    if (mayAttribute && declaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => AttributeName(a) is "Table" or "NotMapped"))
                    {
                        attributed.Add(declaration);
                    }

                    if (mayDeclareSets && declaration.Members.OfType<PropertyDeclarationSyntax>().Any(p => p.Type is GenericNameSyntax { Identifier.ValueText: "DbSet" }))
                    {
                        withSets.Add(declaration);
                    }

                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation when mayCall:
                    switch (access.Name.Identifier.ValueText)
                    {
                        case "ToTable" or "ToView" when ReadTableCall(invocation, access) is { } call:
                            calls.Add(call);
                            break;
                        case "HasDefaultSchema" when invocation.FirstAncestorOrSelf<ClassDeclarationSyntax>() is { } owner
                                                     && invocation.ArgumentList.Arguments.Count == 1
                                                     && SyntaxConstants.StringLiteral(invocation.ArgumentList.Arguments[0].Expression) is { } schema:
                            defaultSchemas.Add((owner, schema));
                            break;
                        case "Ignore" when IgnoredEntity(invocation, access) is { } entity:
                            ignored.Add(entity);
                            break;
                    }

                    break;
            }
        }

        return calls.Count + attributed.Count + withSets.Count + defaultSchemas.Count + ignored.Count == 0
            ? None
            : new MappingSyntax(calls.ToImmutable(), attributed.ToImmutable(), withSets.ToImmutable(), defaultSchemas.ToImmutable(), ignored.ToImmutable());
    }

    /// <summary><c>x.Ignore&lt;T&gt;()</c> or <c>x.Ignore(typeof(T))</c>; an entity builder's <c>Ignore(p =&gt; p.Property)</c> ignores a property.</summary>
    private static string? IgnoredEntity(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access)
        => access.Name switch
        {
            GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic when invocation.ArgumentList.Arguments.Count == 0
                => LastName(generic.TypeArgumentList.Arguments[0]),
            IdentifierNameSyntax when invocation.ArgumentList.Arguments.Count == 1 && invocation.ArgumentList.Arguments[0].Expression is TypeOfExpressionSyntax type
                => LastName(type.Type),
            _ => null,
        };

    /// <summary>
    /// <c>builder.ToTable("t"[, "s"][, ...])</c> where <c>builder</c> is an entity builder: the parameter of
    /// <c>Configure(EntityTypeBuilder&lt;T&gt;)</c>, the parameter of a lambda passed to <c>Entity&lt;T&gt;(...)</c>, or
    /// <c>Entity&lt;T&gt;()</c> itself with calls chained after it. Owned types' builders and non-constant names are skipped.
    /// </summary>
    private static TableCall? ReadTableCall(InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0 || arguments[0].NameColon is { Name.Identifier.ValueText: not ("name" or "tableName" or "viewName") }
            || SyntaxConstants.StringLiteral(arguments[0].Expression) is not { Length: > 0 } name
            || invocation.FirstAncestorOrSelf<ClassDeclarationSyntax>() is not { } owner
            || EntityOf(access.Expression) is not { } entity)
        {
            return null;
        }

        string? schema = null;
        for (var i = 1; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if ((argument.NameColon is null && i == 1) || argument.NameColon?.Name.Identifier.ValueText == "schema")
            {
                var value = SyntaxConstants.Evaluate(argument.Expression);
                if (!value.IsKnown && argument.Expression is not LambdaExpressionSyntax)
                {
                    return null;
                }

                schema = value.IsKnown ? value.Value : schema;
            }
        }

        return new TableCall(access.Name.Identifier.ValueText == "ToView", entity, name, schema, owner, invocation);
    }

    /// <summary>The entity type name of an entity builder expression; <see langword="null"/> when it is not one.</summary>
    private static string? EntityOf(ExpressionSyntax builder)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            switch (builder)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Entity", TypeArgumentList.Arguments.Count: 1 } entity } }:
                    return LastName(entity.TypeArgumentList.Arguments[0]);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner } when !StartsOtherBuilder(inner.Name.Identifier.ValueText):
                    // A chained configuration call (HasNoKey(), HasComment(...)) returns the same builder.
                    builder = inner.Expression;
                    continue;
                case IdentifierNameSyntax identifier:
                    return EntityOfParameter(identifier);
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Calls whose result configures something else: an owned or complex type, a key, an index, a relationship.</summary>
    private static bool StartsOtherBuilder(string method)
        => method.StartsWith("Owns", StringComparison.Ordinal) || method.StartsWith("Complex", StringComparison.Ordinal)
           || method is "HasOne" or "HasMany" or "HasKey" or "HasIndex" or "Property" or "Navigation" or "SplitToTable" or "HasData";

    private static string? EntityOfParameter(IdentifierNameSyntax identifier)
    {
        foreach (var ancestor in identifier.Ancestors())
        {
            switch (ancestor)
            {
                case SimpleLambdaExpressionSyntax lambda when lambda.Parameter.Identifier.ValueText == identifier.Identifier.ValueText:
                    return EntityOfLambda(lambda);
                case ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } lambda
                    when lambda.ParameterList.Parameters[0].Identifier.ValueText == identifier.Identifier.ValueText:
                    return EntityOfLambda(lambda);
                case MethodDeclarationSyntax { Identifier.ValueText: "Configure", ParameterList.Parameters.Count: 1 } method
                    when method.ParameterList.Parameters[0] is { Type: GenericNameSyntax { Identifier.ValueText: "EntityTypeBuilder", TypeArgumentList.Arguments.Count: 1 } type } parameter
                         && parameter.Identifier.ValueText == identifier.Identifier.ValueText:
                    return LastName(type.TypeArgumentList.Arguments[0]);
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The entity of <c>Entity&lt;T&gt;(b =&gt; ...)</c>; an <c>OwnsOne</c>/<c>OwnsMany</c> lambda configures an owned type.</summary>
    private static string? EntityOfLambda(LambdaExpressionSyntax lambda)
        => lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
           && invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Entity", TypeArgumentList.Arguments.Count: 1 } entity }
            ? LastName(entity.TypeArgumentList.Arguments[0])
            : null;

    private static string? LastName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}

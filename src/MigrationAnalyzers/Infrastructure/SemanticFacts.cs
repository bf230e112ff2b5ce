using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Infrastructure;

/// <summary>The few questions the analyzers and fixes ask of the semantic model, in one place.</summary>
internal static class SemanticFacts
{
    /// <summary>The assembly of <c>Migration</c>, which every project with migrations references.</summary>
    public const string RelationalAssemblyName = "Microsoft.EntityFrameworkCore.Relational";

    /// <summary>The assembly of <c>DbContext</c>.</summary>
    public const string EntityFrameworkCoreAssemblyName = "Microsoft.EntityFrameworkCore";

    private const string MigrationsNamespace = "Microsoft.EntityFrameworkCore.Migrations";
    private const string InfrastructureNamespace = "Microsoft.EntityFrameworkCore.Infrastructure";
    private const string EntityFrameworkCoreNamespace = "Microsoft.EntityFrameworkCore";

    /// <summary>
    /// Whether <paramref name="compilation"/> references (or is) the assembly named <paramref name="assemblyName"/>, judged
    /// by the references' file names (or a project reference's assembly name). Asked at compilation start, where
    /// <c>GetTypeByMetadataName</c> or <c>ReferencedAssemblyNames</c> would make the compiler bind every reference
    /// before any of its own work needs them.
    /// </summary>
    public static bool References(Compilation compilation, string assemblyName)
    {
        if (compilation.AssemblyName == assemblyName)
        {
            return true;
        }

        foreach (var reference in compilation.References)
        {
            var name = reference switch
            {
                PortableExecutableReference { FilePath: { } path } => Path.GetFileNameWithoutExtension(path),
                CompilationReference project => project.Compilation.AssemblyName,
                _ => null,
            };
            if (string.Equals(name, assemblyName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="assembly"/> can declare a DbContext: it is EF Core, or references it.</summary>
    public static bool MayDeclareContexts(IAssemblySymbol assembly)
    {
        if (assembly.Name == EntityFrameworkCoreAssemblyName)
        {
            return true;
        }

        foreach (var module in assembly.Modules)
        {
            foreach (var reference in module.ReferencedAssemblies)
            {
                if (reference.Name == EntityFrameworkCoreAssemblyName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> derives from EF Core's <c>Migration</c>.</summary>
    public static bool IsMigration(INamedTypeSymbol type) => DerivesFrom(type, MigrationsNamespace, "Migration");

    /// <summary>Whether <paramref name="type"/> derives from EF Core's <c>ModelSnapshot</c>.</summary>
    public static bool IsModelSnapshot(INamedTypeSymbol type) => DerivesFrom(type, InfrastructureNamespace, "ModelSnapshot");

    /// <summary>Whether <paramref name="type"/> derives from EF Core's <c>DbContext</c>.</summary>
    public static bool IsDbContext(INamedTypeSymbol type) => DerivesFrom(type, EntityFrameworkCoreNamespace, "DbContext");

    /// <summary>Whether a base type of <paramref name="type"/> is the non-generic, non-nested <paramref name="name"/> of <paramref name="namespaceName"/>.</summary>
    private static bool DerivesFrom(INamedTypeSymbol type, string namespaceName, string name)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == name && current.Arity == 0 && current.ContainingType is null && IsNamespace(current.ContainingNamespace, namespaceName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> is the namespace <paramref name="dottedName"/>, compared part by part from the innermost.</summary>
    private static bool IsNamespace(INamespaceSymbol? symbol, string dottedName)
    {
        var end = dottedName.Length;
        for (var current = symbol; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var part = current.Name;
            var start = end - part.Length;
            if (start < 0 || string.CompareOrdinal(dottedName, start, part, 0, part.Length) != 0 || (start > 0 && dottedName[start - 1] != '.'))
            {
                return false;
            }

            end = start - 1;
        }

        return end == -1;
    }

    /// <summary>Resolves string constants the syntax alone cannot (const fields, constant interpolations) through <paramref name="semanticModel"/>.</summary>
    public static Func<ExpressionSyntax, ConstantString> ConstantResolver(SemanticModel semanticModel, CancellationToken cancellationToken)
        => expression =>
        {
            var constant = semanticModel.GetConstantValue(expression, cancellationToken);
            return constant.HasValue && constant.Value is null or string ? ConstantString.Of((string?)constant.Value) : ConstantString.Unknown;
        };
}

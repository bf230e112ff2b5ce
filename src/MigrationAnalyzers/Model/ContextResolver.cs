using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Model;

/// <summary>
/// What a compilation says about the context a <see cref="ContextReference"/> names: its full name, whether it is
/// abstract, and the provider its source configures. Equal identities of two compilations mean the index built for
/// one holds for the other.
/// </summary>
internal sealed class ContextIdentity : IEquatable<ContextIdentity>
{
    public ContextIdentity(string key, string simpleName, bool isBound, bool isAbstract, DatabaseProvider sourceProvider, MySqlPackage sourceMySqlPackage)
    {
        Key = key;
        SimpleName = simpleName;
        IsBound = isBound;
        IsAbstract = isAbstract;
        SourceProvider = sourceProvider;
        SourceMySqlPackage = sourceMySqlPackage;
    }

    /// <summary>The full metadata name of the type, or the simple name where the type does not bind.</summary>
    public string Key { get; }

    public string SimpleName { get; }

    /// <summary>Whether the name bound to a type of the compilation or its references.</summary>
    public bool IsBound { get; }

    /// <summary>An abstract class: EF cannot create it, so nothing applies its history again.</summary>
    public bool IsAbstract { get; }

    /// <summary>The one provider the context's source (and its base classes' source) configures with a <c>UseXxx</c> call; unknown when none or several.</summary>
    public DatabaseProvider SourceProvider { get; }

    public MySqlPackage SourceMySqlPackage { get; }

    public static ContextIdentity Unbound(string simpleName) => new(simpleName, simpleName, false, false, DatabaseProvider.Unknown, MySqlPackage.Unknown);

    public bool Equals(ContextIdentity? other)
        => other is not null && Key == other.Key && IsBound == other.IsBound && IsAbstract == other.IsAbstract
           && SourceProvider == other.SourceProvider && SourceMySqlPackage == other.SourceMySqlPackage;

    public override bool Equals(object? obj) => Equals(obj as ContextIdentity);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);
}

/// <summary>
/// Binds the type of <c>[DbContext(typeof(X))]</c> to a type of the compilation, as C# would: the enclosing namespaces
/// innermost first, then the <c>using</c> directives, then the global namespace; then any one type of that name in the
/// compilation's source. Only the declaration tables are consulted (no semantic model). Without a compilation, or when
/// the name binds to nothing or to several types, the simple name is the identity, as it was before contexts were told
/// apart by symbol.
/// </summary>
internal sealed class ContextResolver
{
    private static readonly ConditionalWeakTable<ClassDeclarationSyntax, SourceProviders> ProvidersByDeclaration = new();

    private readonly Compilation? _compilation;
    private readonly Dictionary<ContextReference, ContextIdentity> _resolved = new();

    // The referenced assemblies that can declare a context, found on the first binding (under the lock of Resolve).
    private List<IAssemblySymbol>? _contextAssemblies;

    public ContextResolver(Compilation? compilation) => _compilation = compilation;

    /// <summary>Whether identities come from symbols; without a compilation every identity is the written simple name.</summary>
    public bool BindsSymbols => _compilation is not null;

    public ContextIdentity Resolve(ContextReference reference)
    {
        lock (_resolved)
        {
            if (!_resolved.TryGetValue(reference, out var identity))
            {
                identity = _compilation is { } compilation && Bind(compilation, _contextAssemblies ??= ContextAssemblies(compilation), reference) is { } type
                    ? IdentityOf(type, reference.SimpleName)
                    : ContextIdentity.Unbound(reference.SimpleName);
                _resolved.Add(reference, identity);
            }

            return identity;
        }
    }

    /// <summary>A context derives from DbContext, so only EF Core and the assemblies that reference it can declare one.</summary>
    private static List<IAssemblySymbol> ContextAssemblies(Compilation compilation)
    {
        var assemblies = new List<IAssemblySymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SemanticFacts.MayDeclareContexts(assembly))
            {
                assemblies.Add(assembly);
            }
        }

        return assemblies;
    }

    private static INamedTypeSymbol? Bind(Compilation compilation, List<IAssemblySymbol> contextAssemblies, ContextReference reference)
    {
        var written = reference.WrittenName;
        var generic = written.IndexOf('<');
        if (generic >= 0)
        {
            return null;
        }

        // Where no referenced assembly declares a type of that name, only the compilation's own types can be meant,
        // and they are found by name without asking every reference (GetTypeByMetadataName) at each step below.
        var lookup = new TypeLookup(compilation, contextAssemblies, reference.SimpleName);

        foreach (var (alias, target) in reference.Aliases)
        {
            if (written == alias)
            {
                return compilation.GetTypeByMetadataName(target);
            }

            if (written.StartsWith(alias + ".", StringComparison.Ordinal))
            {
                written = target + written.Substring(alias.Length);
                break;
            }
        }

        foreach (var ns in reference.EnclosingNamespaces)
        {
            if (lookup.Find(ns + "." + written) is { } inNamespace)
            {
                return inNamespace;
            }
        }

        INamedTypeSymbol? fromUsing = null;
        foreach (var ns in reference.Usings)
        {
            if (lookup.Find(ns + "." + written) is { } imported)
            {
                if (fromUsing is not null && !SymbolEqualityComparer.Default.Equals(fromUsing, imported))
                {
                    return null;
                }

                fromUsing = imported;
            }
        }

        if (fromUsing is not null)
        {
            return fromUsing;
        }

        if (lookup.Find(written) is { } global)
        {
            return global;
        }

        // A global using in another file, or a nested class: the one source type of that name, if there is one.
        INamedTypeSymbol? only = null;
        foreach (var symbol in compilation.GetSymbolsWithName(reference.SimpleName, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol { TypeKind: TypeKind.Class } type)
            {
                if (only is not null)
                {
                    return null;
                }

                only = type;
            }
        }

        return only;
    }

    /// <summary>Types by metadata name, the compilation's own first; the references are asked only where one declares the simple name.</summary>
    private sealed class TypeLookup
    {
        private readonly Compilation _compilation;
        private readonly bool _referencesMayDeclare;
        private readonly List<INamedTypeSymbol> _sourceTypes = new();

        public TypeLookup(Compilation compilation, List<IAssemblySymbol> contextAssemblies, string simpleName)
        {
            _compilation = compilation;
            foreach (var assembly in contextAssemblies)
            {
                if (assembly.TypeNames.Contains(simpleName))
                {
                    _referencesMayDeclare = true;
                    return;
                }
            }

            foreach (var symbol in compilation.GetSymbolsWithName(simpleName, SymbolFilter.Type))
            {
                if (symbol is INamedTypeSymbol type)
                {
                    _sourceTypes.Add(type);
                }
            }
        }

        public INamedTypeSymbol? Find(string metadataName)
        {
            if (_referencesMayDeclare)
            {
                return _compilation.GetTypeByMetadataName(metadataName);
            }

            foreach (var type in _sourceTypes)
            {
                if (type.ContainingType is null && QualifiedName(type) == metadataName)
                {
                    return type;
                }
            }

            return null;
        }

        private static string QualifiedName(INamedTypeSymbol type)
            => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
    }

    private static ContextIdentity IdentityOf(INamedTypeSymbol type, string simpleName)
    {
        var providers = new SourceProviders();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is ClassDeclarationSyntax declaration)
                {
                    providers.Add(ProvidersByDeclaration.GetValue(declaration, SourceProviders.Read));
                }
            }

            // The nearest class that configures a provider decides (a derived context overrides OnConfiguring).
            if (providers.Provider != DatabaseProvider.Unknown || providers.IsAmbiguous)
            {
                break;
            }
        }

        return new ContextIdentity(
            MetadataName(type),
            simpleName,
            isBound: true,
            type.IsAbstract,
            providers.IsAmbiguous ? DatabaseProvider.Unknown : providers.Provider,
            providers.IsAmbiguous ? MySqlPackage.Unknown : providers.MySqlPackage);
    }

    /// <summary>Namespace-qualified, nested types with <c>+</c>, as <see cref="TreeFacts.FullName"/> writes class names.</summary>
    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }

    /// <summary>The providers a class declaration configures: <c>UseSqlServer(...)</c>, <c>UseNpgsql(...)</c>, ... anywhere in its members.</summary>
    private sealed class SourceProviders
    {
        public DatabaseProvider Provider { get; private set; }

        public MySqlPackage MySqlPackage { get; private set; }

        public bool IsAmbiguous { get; private set; }

        public static SourceProviders Read(ClassDeclarationSyntax declaration)
        {
            var found = new SourceProviders();
            foreach (var node in declaration.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access })
                {
                    var (provider, package) = DatabaseProviderFacts.FromConfigurationMethod(access.Name.Identifier.ValueText);
                    found.Note(provider, package);
                }
            }

            return found;
        }

        public void Add(SourceProviders other)
        {
            IsAmbiguous |= other.IsAmbiguous;
            Note(other.Provider, other.MySqlPackage);
        }

        private void Note(DatabaseProvider provider, MySqlPackage package)
        {
            if (provider == DatabaseProvider.Unknown)
            {
                return;
            }

            if (Provider != DatabaseProvider.Unknown && (Provider != provider || (MySqlPackage != package)))
            {
                IsAmbiguous = true;
                return;
            }

            Provider = provider;
            MySqlPackage = package;
        }
    }
}

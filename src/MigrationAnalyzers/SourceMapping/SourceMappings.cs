using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.SourceMapping;

/// <summary>One place the application's code maps a table.</summary>
internal sealed class SourceMapping
{
    public SourceMapping(TableRef table, string? ownerDefaultSchema, string owner, string how, Location location, bool isInDbContext = true, string? ownerContext = null)
    {
        IsInDbContext = isInDbContext;
        OwnerContext = ownerContext;
        Table = table;
        OwnerDefaultSchema = ownerDefaultSchema;
        Owner = owner;
        How = how;
        Location = location;
    }

    /// <summary>The table as the code names it; an absent schema is the owner's default.</summary>
    public TableRef Table { get; }

    /// <summary>The <c>HasDefaultSchema</c> of the DbContext that declares the mapping, where the source shows one.</summary>
    public string? OwnerDefaultSchema { get; }

    /// <summary>The class that maps the table: a configuration, a DbContext, or the entity with <c>[Table]</c>.</summary>
    public string Owner { get; }

    /// <summary>"ToTable", "[Table]" or "DbSet Devices", as the message shows it.</summary>
    public string How { get; }

    /// <summary>Declared by a DbContext (its <c>OnModelCreating</c> or a DbSet), or an attribute; not an <c>IEntityTypeConfiguration</c>.</summary>
    public bool IsInDbContext { get; }

    /// <summary>The full name of the DbContext whose <c>OnModelCreating</c> or DbSet maps the table; <see langword="null"/> for a configuration or an attribute.</summary>
    public string? OwnerContext { get; }

    /// <summary>The call, attribute or property; <see cref="Location.None"/> for a referenced assembly's.</summary>
    public Location Location { get; }
}

/// <summary>
/// Every table the compilation's own code maps, read semantically: <c>ToTable</c> on an entity builder in
/// <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c> or <c>DbContext.OnModelCreating</c>, <c>[Table]</c> on a class, and
/// a <c>DbSet&lt;T&gt;</c> property of a DbContext whose entity has no explicit table name (EF names the table after the
/// property). Referenced assemblies are seen as metadata: their <c>[Table]</c> attributes, and the DbSets of their
/// contexts that do not override <c>OnModelCreating</c> (whose <c>ToTable</c> calls are compiled code). Built once per
/// compilation, only when a drop that no model explains asks for it; the syntax is read once per tree.
/// </summary>
internal sealed class SourceMappings
{
    public const string DbContextTypeName = "Microsoft.EntityFrameworkCore.DbContext";
    private const string DbSetTypeName = "Microsoft.EntityFrameworkCore.DbSet`1";
    private const string ConfigurationTypeName = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1";
    private const string TableAttributeName = "System.ComponentModel.DataAnnotations.Schema.TableAttribute";
    private const string NotMappedAttributeName = "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute";

    private readonly Dictionary<string, List<SourceMapping>> _byTable = new(StringComparer.OrdinalIgnoreCase);

    private SourceMappings()
    {
    }

    /// <summary>The mappings of the table <paramref name="target"/> names, compared in <paramref name="scope"/> (the dropping migration's).</summary>
    public SourceMapping? Find(TableRef target, NameScope scope)
    {
        if (!_byTable.TryGetValue(target.Table, out var mappings))
        {
            return null;
        }

        foreach (var mapping in mappings)
        {
            var mappingScope = new NameScope(scope.Provider, mapping.OwnerDefaultSchema ?? scope.DefaultSchema);
            if (NameScope.SameTable(target.TableOnly, scope, mapping.Table, mappingScope))
            {
                return mapping;
            }
        }

        return null;
    }

    /// <summary>
    /// The mappings of <paramref name="compilation"/>'s code; <paramref name="trees"/> says which trees hold designers or
    /// snapshots (never read here); <paramref name="historyContexts"/> are the full names of the contexts the migrations
    /// and snapshots name, whose assemblies are read even when they are strong-named.
    /// </summary>
    public static SourceMappings Build(
        Compilation compilation, IEnumerable<(SyntaxTree Tree, bool HoldsModels)> trees, IEnumerable<string> historyContexts, CancellationToken cancellationToken)
    {
        var mappings = new SourceMappings();
        var dbContext = compilation.GetTypeByMetadataName(DbContextTypeName);
        var dbSet = compilation.GetTypeByMetadataName(DbSetTypeName);
        var configuration = compilation.GetTypeByMetadataName(ConfigurationTypeName);
        if (dbContext is null)
        {
            return mappings;
        }

        var syntax = new List<MappingSyntax>();
        foreach (var (tree, holdsModels) in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = MappingSyntax.Get(tree, holdsModels);
            if (!facts.TableCalls.IsEmpty || !facts.AttributedClasses.IsEmpty || !facts.ClassesWithDbSets.IsEmpty || !facts.IgnoredEntities.IsEmpty)
            {
                syntax.Add(facts);
            }
        }

        var symbols = new SymbolLookup(compilation);
        var defaultSchemas = new Dictionary<ClassDeclarationSyntax, string>();
        foreach (var (owner, schema) in syntax.SelectMany(s => s.DefaultSchemas))
        {
            defaultSchemas[owner] = schema;
        }

        // Entities whose table the code names, or that map a view: their DbSets name no table. Ignored entities map nothing sure.
        var named = new HashSet<string>(StringComparer.Ordinal);
        var ignored = new HashSet<string>(syntax.SelectMany(s => s.IgnoredEntities), StringComparer.Ordinal);
        foreach (var call in syntax.SelectMany(s => s.TableCalls))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ignored.Contains(call.Entity) || symbols.Of(call.Owner) is not { } owner)
            {
                continue;
            }

            var inContext = DerivesFrom(owner, dbContext);
            if (!inContext && (configuration is null || !Implements(owner, configuration)))
            {
                continue;
            }

            named.Add(call.Entity);
            if (!call.IsView)
            {
                defaultSchemas.TryGetValue(call.Owner, out var ownerSchema);
                mappings.Add(new SourceMapping(
                    new TableRef(call.Schema, call.Name), ownerSchema, owner.Name, "ToTable", call.Syntax.GetLocation(), inContext, inContext ? owner.ToDisplayString() : null));
            }
        }

        foreach (var declaration in syntax.SelectMany(s => s.AttributedClasses))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbols.Of(declaration) is { } entity && !ignored.Contains(entity.Name) && TableAttribute(entity) is { } table)
            {
                named.Add(entity.Name);
                var attribute = table.Attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? declaration.Identifier.GetLocation();
                mappings.Add(new SourceMapping(table.Table, null, entity.Name, "[Table]", attribute));
            }
        }

        foreach (var declaration in syntax.SelectMany(s => s.ClassesWithDbSets))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbols.Of(declaration) is { } context && DerivesFrom(context, dbContext) && dbSet is not null)
            {
                defaultSchemas.TryGetValue(declaration, out var contextSchema);
                foreach (var (property, entity) in DbSets(context, dbSet))
                {
                    if (!named.Contains(entity.Name) && !ignored.Contains(entity.Name) && !IsNotMapped(entity) && TableAttribute(entity) is null
                        && property.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                    {
                        mappings.Add(new SourceMapping(new TableRef(null, property.Name), contextSchema, context.Name, "DbSet " + property.Name, location, ownerContext: context.ToDisplayString()));
                    }
                }
            }
        }

        if (dbSet is not null)
        {
            mappings.AddReferencedContexts(compilation, dbContext, dbSet, historyContexts, cancellationToken);
        }

        return mappings;
    }

    /// <summary>
    /// The contexts of the referenced assemblies that may hold the application's model: what their metadata shows.
    /// Those are the assemblies that reference EF Core and are not strong-named, and those that hold a context of the
    /// history. Strong-named assemblies that reference EF Core are published libraries (EF Core itself, providers,
    /// ASP.NET Core Identity): thousands of types, and every context of theirs configures its tables in code.
    /// </summary>
    private void AddReferencedContexts(
        Compilation compilation, INamedTypeSymbol dbContext, INamedTypeSymbol dbSet, IEnumerable<string> historyContexts, CancellationToken cancellationToken)
    {
        var holdingHistoryContexts = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        foreach (var name in historyContexts)
        {
            if (compilation.GetTypeByMetadataName(name) is { ContainingAssembly: { } holder } && !SymbolEqualityComparer.Default.Equals(holder, compilation.Assembly))
            {
                holdingHistoryContexts.Add(holder);
            }
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!holdingHistoryContexts.Contains(assembly)
                && (assembly.Identity.HasPublicKey || !SemanticFacts.MayDeclareContexts(assembly)))
            {
                continue;
            }

            foreach (var type in Types(assembly.GlobalNamespace, cancellationToken))
            {
                if (!DerivesFrom(type, dbContext))
                {
                    continue;
                }

                // ToTable calls in a compiled OnModelCreating cannot be read: a DbSet name may then name no table.
                var configuresInCode = !type.GetMembers("OnModelCreating").IsEmpty;
                foreach (var (property, entity) in DbSets(type, dbSet))
                {
                    if (IsNotMapped(entity))
                    {
                        continue;
                    }

                    if (TableAttribute(entity) is { } table)
                    {
                        Add(new SourceMapping(table.Table, null, entity.Name, "[Table]", Location.None));
                    }
                    else if (!configuresInCode)
                    {
                        Add(new SourceMapping(new TableRef(null, property.Name), null, type.Name, "DbSet " + property.Name, Location.None, ownerContext: type.ToDisplayString()));
                    }
                }
            }
        }
    }

    private void Add(SourceMapping mapping)
    {
        if (!_byTable.TryGetValue(mapping.Table.Table, out var list))
        {
            list = new List<SourceMapping>(1);
            _byTable.Add(mapping.Table.Table, list);
        }

        list.Add(mapping);
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type)
                {
                    yield return type;
                    pending.Push(type);
                }
            }
        }
    }

    private static IEnumerable<(IPropertySymbol Property, INamedTypeSymbol Entity)> DbSets(INamedTypeSymbol context, INamedTypeSymbol dbSet)
    {
        for (var type = context; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { TypeArguments.Length: 1 } set } property
                    && SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, dbSet)
                    && set.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    yield return (property, entity);
                }
            }
        }
    }

    private static (TableRef Table, AttributeData Attribute)? TableAttribute(INamedTypeSymbol entity)
    {
        foreach (var attribute in entity.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == TableAttributeName
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
            {
                var schema = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Schema").Value.Value as string;
                return (new TableRef(schema, name), attribute);
            }
        }

        return null;
    }

    private static bool IsNotMapped(INamedTypeSymbol entity)
        => entity.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == NotMappedAttributeName);

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol openInterface)
        => type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, openInterface));

    /// <summary>The symbol a class declaration declares, found through the compilation's declarations (no semantic model is made).</summary>
    private sealed class SymbolLookup(Compilation compilation)
    {
        private readonly Dictionary<ClassDeclarationSyntax, INamedTypeSymbol?> _found = new();

        public INamedTypeSymbol? Of(ClassDeclarationSyntax declaration)
        {
            if (_found.TryGetValue(declaration, out var known))
            {
                return known;
            }

            INamedTypeSymbol? symbol = null;
            var name = declaration.Identifier.ValueText;
            foreach (var candidate in compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>())
            {
                if (candidate.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && r.Span == declaration.Span))
                {
                    symbol = candidate;
                    break;
                }
            }

            _found.Add(declaration, symbol);
            return symbol;
        }
    }
}

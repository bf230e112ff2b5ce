using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Every DbContext, snapshot and migration of a compilation, built from the per-tree <see cref="TreeFacts"/>.
/// <see cref="Build(Compilation, CancellationToken)"/> reuses the previous compilation's index where it can (<see cref="ModelIndexReuse"/>).
/// </summary>
internal sealed class ModelIndex
{
    private readonly IReadOnlyDictionary<string, MigrationInfo> _migrations;

    public ModelIndex(
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<TreeFacts> facts,
        IReadOnlyDictionary<string, MigrationInfo> migrations,
        string? onlyContext,
        ImmutableArray<ContextModel> contexts,
        ImmutableArray<HistoryTableCall> historyTableCalls,
        bool bindsSymbols,
        IReadOnlyDictionary<ContextReference, ContextIdentity> identities)
    {
        BindsSymbols = bindsSymbols;
        Identities = identities;
        Trees = trees;
        Facts = facts;
        _migrations = migrations;
        OnlyContext = onlyContext;
        Contexts = contexts;
        HistoryTableCalls = historyTableCalls;
    }

    /// <summary>The compilation's trees, in its order.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The facts of each of <see cref="Trees"/>.</summary>
    public ImmutableArray<TreeFacts> Facts { get; }

    /// <summary>Migrations by full name.</summary>
    public IReadOnlyDictionary<string, MigrationInfo> Migrations => _migrations;

    /// <summary>The context every migration and snapshot without <c>[DbContext]</c> belongs to, when there is only one.</summary>
    public string? OnlyContext { get; }

    public ImmutableArray<ContextModel> Contexts { get; }

    /// <summary>Every <c>MigrationsHistoryTable(...)</c> call of the compilation.</summary>
    public ImmutableArray<HistoryTableCall> HistoryTableCalls { get; }

    /// <summary>Whether this index bound the contexts' names to symbols (it was built with a compilation).</summary>
    public bool BindsSymbols { get; }

    /// <summary>What each <c>[DbContext(typeof(X))]</c> of the index bound to; another compilation may reuse the index only if it binds them alike.</summary>
    public IReadOnlyDictionary<ContextReference, ContextIdentity> Identities { get; }

    public MigrationInfo? FindMigration(string fullName) => _migrations.TryGetValue(fullName, out var migration) ? migration : null;

    /// <summary>The context of <paramref name="migration"/>: its <c>[DbContext]</c>, or the only context there is.</summary>
    public ContextModel? ContextOf(MigrationInfo migration)
    {
        var key = migration.ContextKey ?? OnlyContext;
        foreach (var context in Contexts)
        {
            if (context.Key == key)
            {
                return context;
            }
        }

        return null;
    }

    /// <summary>The index of <paramref name="compilationTrees"/>: the previous compilation's, updated, where that is possible.</summary>
    /// <remarks>Contexts are told apart by their written simple name: without a compilation nothing binds.</remarks>
    public static ModelIndex Build(IEnumerable<SyntaxTree> compilationTrees, CancellationToken cancellationToken)
        => Build(compilationTrees, new ContextResolver(null), cancellationToken);

    /// <summary>The index of <paramref name="compilation"/>, its contexts told apart by the types their <c>[DbContext]</c> binds to.</summary>
    public static ModelIndex Build(Compilation compilation, CancellationToken cancellationToken)
        => Build(compilation.SyntaxTrees, new ContextResolver(compilation), cancellationToken);

    private static ModelIndex Build(IEnumerable<SyntaxTree> compilationTrees, ContextResolver resolver, CancellationToken cancellationToken)
    {
        var trees = compilationTrees.ToImmutableArray();
        var index = ModelIndexReuse.UpdatePrevious(trees, resolver, cancellationToken) ?? BuildFrom(trees, resolver, cancellationToken);
        ModelIndexReuse.Remember(index);
        return index;
    }

    private static ModelIndex BuildFrom(ImmutableArray<SyntaxTree> trees, ContextResolver resolver, CancellationToken cancellationToken)
    {
        var allFacts = ImmutableArray.CreateBuilder<TreeFacts>(trees.Length);
        var partsByClass = new Dictionary<string, List<DeclaredClass>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = TreeFacts.Get(tree);
            allFacts.Add(facts);
            foreach (var declared in facts.Classes)
            {
                if (!partsByClass.TryGetValue(declared.FullName, out var parts))
                {
                    parts = new List<DeclaredClass>(2);
                    partsByClass.Add(declared.FullName, parts);
                }

                parts.Add(declared);
            }
        }

        var migrations = new Dictionary<string, MigrationInfo>(StringComparer.Ordinal);
        var snapshotsByContext = new Dictionary<string, List<DeclaredClass>>(StringComparer.Ordinal);
        var unattributedSnapshots = new List<DeclaredClass>();
        var contextNames = new HashSet<string>(StringComparer.Ordinal);
        var identities = new Dictionary<ContextReference, ContextIdentity>();
        var identitiesByKey = new Dictionary<string, ContextIdentity>(StringComparer.Ordinal);
        foreach (var pair in partsByClass)
        {
            var parts = pair.Value;
            var reference = parts.Select(p => p.ContextReference).FirstOrDefault(n => n is not null);
            string? contextName = null;
            if (reference is not null)
            {
                var identity = resolver.Resolve(reference);
                identities[reference] = identity;
                contextName = identity.Key;
                contextNames.Add(contextName);
                identitiesByKey[contextName] = identity;
            }

            var snapshot = parts.FirstOrDefault(p => p.IsSnapshotModel);
            if (snapshot is not null || parts.Any(p => p.DerivesFromModelSnapshot))
            {
                if (snapshot is null)
                {
                    continue;
                }

                if (contextName is null)
                {
                    unattributedSnapshots.Add(snapshot);
                }
                else
                {
                    Add(snapshotsByContext, contextName, snapshot);
                }

                continue;
            }

            if (parts.Any(p => p.DerivesFromMigration || p.MigrationId is not null || (p.ModelMethod is not null && !p.IsSnapshotModel)))
            {
                var id = parts.Select(p => p.MigrationId).FirstOrDefault(i => i is not null);
                migrations.Add(pair.Key, new MigrationInfo(pair.Key, parts[0].Name, id, contextName, parts));
            }
        }

        // With one context, a snapshot or migration without [DbContext] belongs to it.
        var onlyContext = contextNames.Count == 1 ? contextNames.First() : null;
        if (onlyContext is not null)
        {
            foreach (var snapshot in unattributedSnapshots)
            {
                Add(snapshotsByContext, onlyContext, snapshot);
            }
        }
        else if (contextNames.Count == 0 && unattributedSnapshots.Count > 0)
        {
            onlyContext = unattributedSnapshots[0].Name;
            contextNames.Add(onlyContext);
            foreach (var snapshot in unattributedSnapshots)
            {
                Add(snapshotsByContext, onlyContext, snapshot);
            }
        }

        var migrationsByContext = new Dictionary<string, List<MigrationInfo>>(StringComparer.Ordinal);
        foreach (var migration in migrations.Values)
        {
            if ((migration.ContextKey ?? onlyContext) is { } contextName && migration.Id is not null)
            {
                Add(migrationsByContext, contextName, migration);
            }
        }

        // Messages name a context by its simple name, by its full name where two contexts share the simple name.
        var simpleNameCounts = contextNames
            .GroupBy(key => identitiesByKey.TryGetValue(key, out var identity) ? identity.SimpleName : key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var contexts = ImmutableArray.CreateBuilder<ContextModel>(contextNames.Count);
        foreach (var contextName in contextNames.OrderBy(n => n, StringComparer.Ordinal))
        {
            var contextIdentity = identitiesByKey.TryGetValue(contextName, out var known) ? known : ContextIdentity.Unbound(contextName);
            var displayName = simpleNameCounts[contextIdentity.SimpleName] > 1 ? contextIdentity.Key : contextIdentity.SimpleName;
            cancellationToken.ThrowIfCancellationRequested();
            var ownMigrations = migrationsByContext.TryGetValue(contextName, out var own)
                ? own.OrderBy(m => m.Id, StringComparer.Ordinal).ToImmutableArray()
                : ImmutableArray<MigrationInfo>.Empty;
            var snapshotClasses = snapshotsByContext.TryGetValue(contextName, out var declared)
                ? declared.ToImmutableArray()
                : ImmutableArray<DeclaredClass>.Empty;
            contexts.Add(new ContextModel(contextIdentity, displayName, snapshotClasses, ownMigrations));
        }

        var factsArray = allFacts.MoveToImmutable();
        return new ModelIndex(
            trees, factsArray, migrations, onlyContext, contexts.MoveToImmutable(), CollectHistoryTableCalls(factsArray, cancellationToken), resolver.BindsSymbols, identities);
    }

    public static ImmutableArray<HistoryTableCall> CollectHistoryTableCalls(ImmutableArray<TreeFacts> facts, CancellationToken cancellationToken)
    {
        var calls = ImmutableArray.CreateBuilder<HistoryTableCall>();
        foreach (var tree in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            calls.AddRange(tree.HistoryTableCalls);
        }

        return calls.ToImmutable();
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<T>(1);
            map.Add(key, list);
        }

        list.Add(value);
    }
}

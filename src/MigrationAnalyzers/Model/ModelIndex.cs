using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Every DbContext, snapshot and migration of a compilation. Built once per compilation from the
/// per-tree <see cref="TreeFacts"/>, which later compilations share.
/// </summary>
internal sealed class ModelIndex
{
    private readonly Dictionary<string, MigrationInfo> _migrations;

    private ModelIndex(Dictionary<string, MigrationInfo> migrations, ImmutableArray<ContextModel> contexts)
    {
        _migrations = migrations;
        Contexts = contexts;
    }

    public ImmutableArray<ContextModel> Contexts { get; }

    public MigrationInfo? FindMigration(string fullName) => _migrations.TryGetValue(fullName, out var migration) ? migration : null;

    public static ModelIndex Build(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var partsByClass = new Dictionary<string, List<DeclaredClass>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var declared in TreeFacts.Get(tree).Classes)
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
        foreach (var pair in partsByClass)
        {
            var parts = pair.Value;
            var contextName = parts.Select(p => p.ContextName).FirstOrDefault(n => n is not null);
            if (contextName is not null)
            {
                contextNames.Add(contextName);
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

        var contexts = ImmutableArray.CreateBuilder<ContextModel>(contextNames.Count);
        foreach (var contextName in contextNames.OrderBy(n => n, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ownMigrations = migrations.Values
                .Where(m => (m.ContextName ?? onlyContext) == contextName && m.Id is not null)
                .OrderBy(m => m.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            var snapshots = snapshotsByContext.TryGetValue(contextName, out var declared)
                ? declared.Select(d => d.Model!).ToImmutableArray()
                : ImmutableArray<MappedModel>.Empty;
            var context = new ContextModel(contextName, snapshots, ownMigrations, ScopeOf(snapshots, ownMigrations));
            foreach (var migration in migrations.Values)
            {
                if ((migration.ContextName ?? onlyContext) == contextName)
                {
                    migration.Context = context;
                }
            }

            contexts.Add(context);
        }

        return new ModelIndex(migrations, contexts.ToImmutable());
    }

    /// <summary>The provider and default schema from the snapshot, else from the newest designer.</summary>
    private static SchemaScope ScopeOf(ImmutableArray<MappedModel> snapshots, ImmutableArray<MigrationInfo> migrations)
    {
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Provider != DatabaseProvider.Unknown || snapshot.DefaultSchema is not null)
            {
                return new SchemaScope(snapshot.Provider, snapshot.DefaultSchema);
            }
        }

        // Only the newest designer: reading every designer of a long history to learn nothing new would be costly.
        return migrations.Length > 0 && migrations[migrations.Length - 1].TargetModel is { } target
            ? new SchemaScope(target.Provider, target.DefaultSchema)
            : new SchemaScope(DatabaseProvider.Unknown, null);
    }

    private static void Add(Dictionary<string, List<DeclaredClass>> map, string key, DeclaredClass value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<DeclaredClass>(1);
            map.Add(key, list);
        }

        list.Add(value);
    }
}

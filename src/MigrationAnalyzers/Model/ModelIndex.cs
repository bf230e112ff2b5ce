using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Every DbContext, snapshot and migration of a compilation, built from the per-tree <see cref="TreeFacts"/>.
/// The IDE makes a new compilation on every keystroke, sharing every tree but the edited one: when the
/// previous compilation's index was built from the same trees but a few edited ones, and the edits left
/// every class in the same part (same names, ids, contexts, base types), that index is updated instead of rebuilt.
/// </summary>
internal sealed class ModelIndex
{
    /// <summary>More edited trees than this in one step (a refactoring, a branch switch) rebuild the index.</summary>
    private const int MaxEditedTrees = 4;

    /// <summary>The newest index built from a tree, on the first trees of its sources, where the next compilation looks for it.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, NewestIndex> NewestBySourceTree = new();

    private readonly ImmutableArray<TreeFacts> _sources;
    private readonly Dictionary<string, MigrationInfo> _migrations;
    private readonly string? _onlyContext;

    private ModelIndex(ImmutableArray<TreeFacts> sources, Dictionary<string, MigrationInfo> migrations, string? onlyContext, ImmutableArray<ContextModel> contexts)
    {
        _sources = sources;
        _migrations = migrations;
        _onlyContext = onlyContext;
        Contexts = contexts;
    }

    public ImmutableArray<ContextModel> Contexts { get; }

    public MigrationInfo? FindMigration(string fullName) => _migrations.TryGetValue(fullName, out var migration) ? migration : null;

    /// <summary>The context of <paramref name="migration"/>: its <c>[DbContext]</c>, or the only context there is.</summary>
    public ContextModel? ContextOf(MigrationInfo migration)
    {
        var name = migration.ContextName ?? _onlyContext;
        foreach (var context in Contexts)
        {
            if (context.Name == name)
            {
                return context;
            }
        }

        return null;
    }

    public static ModelIndex Build(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var sources = ImmutableArray.CreateBuilder<TreeFacts>();
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var facts = TreeFacts.Get(tree);
            if (!facts.Classes.IsEmpty)
            {
                sources.Add(facts);
            }
        }

        var sourceArray = sources.ToImmutable();
        var index = FindNewest(sourceArray)?.UpdatedTo(sourceArray, cancellationToken) ?? BuildFrom(sourceArray, cancellationToken);
        for (var i = 0; i < Math.Min(2, sourceArray.Length); i++)
        {
            NewestBySourceTree.GetValue(sourceArray[i].Tree, static _ => new NewestIndex()).Index = index;
        }

        return index;
    }

    /// <summary>The newest index built from sources that start like <paramref name="sources"/>: either of the first two trees may be the edited one.</summary>
    private static ModelIndex? FindNewest(ImmutableArray<TreeFacts> sources)
    {
        for (var i = 0; i < Math.Min(2, sources.Length); i++)
        {
            if (NewestBySourceTree.TryGetValue(sources[i].Tree, out var newest) && newest.Index is { } index && index._sources.Length == sources.Length)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>
    /// This index for <paramref name="sources"/>, where at most <see cref="MaxEditedTrees"/> trees differ from this
    /// index's and declare the same classes in the same shape; <see langword="null"/> when it must be rebuilt.
    /// </summary>
    private ModelIndex? UpdatedTo(ImmutableArray<TreeFacts> sources, CancellationToken cancellationToken)
    {
        var replacedClasses = new Dictionary<DeclaredClass, DeclaredClass>();
        var editedTrees = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = _sources[i].Classes;
            var after = sources[i].Classes;
            if (ReferenceEquals(_sources[i], sources[i]))
            {
                continue;
            }

            if (++editedTrees > MaxEditedTrees || before.Length != after.Length)
            {
                return null;
            }

            for (var j = 0; j < before.Length; j++)
            {
                if (!before[j].HasSameShapeAs(after[j]))
                {
                    return null;
                }

                replacedClasses.Add(before[j], after[j]);
            }
        }

        if (editedTrees == 0)
        {
            return this;
        }

        var migrations = new Dictionary<string, MigrationInfo>(_migrations, StringComparer.Ordinal);
        var replacedMigrations = new Dictionary<MigrationInfo, MigrationInfo>();
        foreach (var replaced in replacedClasses.Keys)
        {
            if (_migrations.TryGetValue(replaced.FullName, out var migration) && !replacedMigrations.ContainsKey(migration))
            {
                var parts = migration.Parts.Select(p => replacedClasses.TryGetValue(p, out var after) ? after : p).ToList();
                var updated = new MigrationInfo(migration.FullName, migration.Name, migration.Id, migration.ContextName, parts);
                replacedMigrations.Add(migration, updated);
                migrations[migration.FullName] = updated;
            }
        }

        var contexts = ImmutableArray.CreateBuilder<ContextModel>(Contexts.Length);
        foreach (var context in Contexts)
        {
            var snapshotClasses = context.SnapshotClasses.Select(c => replacedClasses.TryGetValue(c, out var after) ? after : c).ToImmutableArray();
            var ownReplacements = replacedMigrations.Where(pair => ContextOf(pair.Key) == context).ToDictionary(pair => pair.Key, pair => pair.Value);
            contexts.Add(ownReplacements.Count == 0 && snapshotClasses.SequenceEqual(context.SnapshotClasses)
                ? context
                : context.WithReplacements(snapshotClasses, ownReplacements, ScopeOf));
        }

        return new ModelIndex(sources, migrations, _onlyContext, contexts.MoveToImmutable());
    }

    private static ModelIndex BuildFrom(ImmutableArray<TreeFacts> sources, CancellationToken cancellationToken)
    {
        var partsByClass = new Dictionary<string, List<DeclaredClass>>(StringComparer.Ordinal);
        foreach (var facts in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
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

        var migrationsByContext = new Dictionary<string, List<MigrationInfo>>(StringComparer.Ordinal);
        foreach (var migration in migrations.Values)
        {
            if ((migration.ContextName ?? onlyContext) is { } contextName && migration.Id is not null)
            {
                if (!migrationsByContext.TryGetValue(contextName, out var list))
                {
                    list = new List<MigrationInfo>();
                    migrationsByContext.Add(contextName, list);
                }

                list.Add(migration);
            }
        }

        var contexts = ImmutableArray.CreateBuilder<ContextModel>(contextNames.Count);
        foreach (var contextName in contextNames.OrderBy(n => n, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ownMigrations = migrationsByContext.TryGetValue(contextName, out var own)
                ? own.OrderBy(m => m.Id, StringComparer.Ordinal).ToImmutableArray()
                : ImmutableArray<MigrationInfo>.Empty;
            var snapshotClasses = snapshotsByContext.TryGetValue(contextName, out var declared)
                ? declared.ToImmutableArray()
                : ImmutableArray<DeclaredClass>.Empty;
            contexts.Add(new ContextModel(contextName, snapshotClasses, ownMigrations, ScopeOf(snapshotClasses, ownMigrations)));
        }

        return new ModelIndex(sources, migrations, onlyContext, contexts.MoveToImmutable());
    }

    /// <summary>The provider and default schema from the snapshot, else from the newest designer.</summary>
    private static SchemaScope ScopeOf(ImmutableArray<DeclaredClass> snapshots, ImmutableArray<MigrationInfo> migrations)
    {
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Model is { } model && (model.Provider != DatabaseProvider.Unknown || model.DefaultSchema is not null))
            {
                return new SchemaScope(model.Provider, model.DefaultSchema);
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

    private sealed class NewestIndex
    {
        private volatile ModelIndex? _index;

        public ModelIndex? Index
        {
            get => _index;
            set => _index = value;
        }
    }
}

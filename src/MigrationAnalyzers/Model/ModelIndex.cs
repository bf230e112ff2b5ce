using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Manifest;

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

    /// <summary>The newest index, on the first two trees of its compilation, where the next compilation looks for it.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, NewestIndex> NewestByTree = new();

    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly ImmutableArray<TreeFacts> _facts;
    private readonly Dictionary<string, MigrationInfo> _migrations;
    private readonly string? _onlyContext;

    private ModelIndex(
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<TreeFacts> facts,
        Dictionary<string, MigrationInfo> migrations,
        string? onlyContext,
        ImmutableArray<ContextModel> contexts,
        ImmutableArray<HistoryTableCall> historyTableCalls)
    {
        _trees = trees;
        _facts = facts;
        _migrations = migrations;
        _onlyContext = onlyContext;
        Contexts = contexts;
        HistoryTableCalls = historyTableCalls;
    }

    public ImmutableArray<ContextModel> Contexts { get; }

    /// <summary>Every <c>MigrationsHistoryTable(...)</c> call of the compilation.</summary>
    public ImmutableArray<HistoryTableCall> HistoryTableCalls { get; }

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

    public static ModelIndex Build(IEnumerable<SyntaxTree> compilationTrees, CancellationToken cancellationToken)
    {
        var trees = compilationTrees.ToImmutableArray();
        var index = FindNewest(trees)?.UpdatedTo(trees, cancellationToken) ?? BuildFrom(trees, cancellationToken);
        for (var i = 0; i < Math.Min(2, trees.Length); i++)
        {
            NewestByTree.GetValue(trees[i], static _ => new NewestIndex()).Index = index;
        }

        return index;
    }

    /// <summary>The newest index built from as many trees that start with the same ones: either of the first two may be the edited one.</summary>
    private static ModelIndex? FindNewest(ImmutableArray<SyntaxTree> trees)
    {
        for (var i = 0; i < Math.Min(2, trees.Length); i++)
        {
            if (NewestByTree.TryGetValue(trees[i], out var newest) && newest.Index is { } index && index._trees.Length == trees.Length)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>
    /// This index for <paramref name="trees"/>, where at most <see cref="MaxEditedTrees"/> trees differ from this
    /// index's and declare the same classes in the same shape; <see langword="null"/> when it must be rebuilt.
    /// </summary>
    private ModelIndex? UpdatedTo(ImmutableArray<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var edited = new List<int>(1);
        for (var i = 0; i < trees.Length; i++)
        {
            if (ReferenceEquals(trees[i], _trees[i]))
            {
                continue;
            }

            if (edited.Count == MaxEditedTrees)
            {
                return null;
            }

            edited.Add(i);
        }

        if (edited.Count == 0)
        {
            return this;
        }

        var facts = _facts.ToBuilder();
        var replacedClasses = new Dictionary<DeclaredClass, DeclaredClass>();
        var historyTableCallsChanged = false;
        foreach (var position in edited)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = _facts[position];
            var after = TreeFacts.Get(trees[position]);
            facts[position] = after;
            if (before.Classes.Length != after.Classes.Length)
            {
                return null;
            }

            for (var j = 0; j < before.Classes.Length; j++)
            {
                if (!before.Classes[j].HasSameShapeAs(after.Classes[j]))
                {
                    return null;
                }

                replacedClasses.Add(before.Classes[j], after.Classes[j]);
            }

            historyTableCallsChanged |= !before.HistoryTableCalls.IsEmpty || !after.HistoryTableCalls.IsEmpty;
        }

        var allFacts = facts.MoveToImmutable();
        var historyTableCalls = historyTableCallsChanged ? CollectHistoryTableCalls(allFacts, cancellationToken) : HistoryTableCalls;
        if (replacedClasses.Count == 0)
        {
            return new ModelIndex(trees, allFacts, _migrations, _onlyContext, Contexts, historyTableCalls);
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
                : context.WithReplacements(snapshotClasses, ownReplacements));
        }

        return new ModelIndex(trees, allFacts, migrations, _onlyContext, contexts.MoveToImmutable(), historyTableCalls);
    }

    private static ModelIndex BuildFrom(ImmutableArray<SyntaxTree> trees, CancellationToken cancellationToken)
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
                Add(migrationsByContext, contextName, migration);
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
            contexts.Add(new ContextModel(contextName, snapshotClasses, ownMigrations));
        }

        var factsArray = allFacts.MoveToImmutable();
        return new ModelIndex(trees, factsArray, migrations, onlyContext, contexts.MoveToImmutable(), CollectHistoryTableCalls(factsArray, cancellationToken));
    }

    private static ImmutableArray<HistoryTableCall> CollectHistoryTableCalls(ImmutableArray<TreeFacts> facts, CancellationToken cancellationToken)
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

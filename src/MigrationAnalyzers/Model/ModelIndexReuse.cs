using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Reuse of a <see cref="ModelIndex"/> across compilations. The IDE makes a new compilation on every keystroke, sharing
/// every tree but the edited one. The newest index is kept on the first two trees of its compilation (either may be
/// the edited one); the next compilation with as many trees finds it there, compares the trees by reference, and when
/// at most <see cref="MaxEditedTrees"/> changed and every class in them kept its shape (names, ids, contexts, base
/// types; <see cref="DeclaredClass.HasSameShapeAs"/>), updates only the migrations and contexts those classes belong
/// to. A context keeps its index of creations when the edited <c>Up()</c> still creates the same things. Anything
/// else (a file added, a class renamed, a branch switched) rebuilds the index. Two analyzers asking for the index of
/// the same compilation get the same one.
/// </summary>
internal static class ModelIndexReuse
{
    /// <summary>More edited trees than this in one step (a refactoring, a branch switch) rebuild the index.</summary>
    private const int MaxEditedTrees = 4;

    private static readonly ConditionalWeakTable<SyntaxTree, NewestIndex> NewestByTree = new();

    /// <summary>The previous compilation's index updated to <paramref name="trees"/>; <see langword="null"/> when there is none or it must be rebuilt.</summary>
    public static ModelIndex? UpdatePrevious(ImmutableArray<SyntaxTree> trees, ContextResolver resolver, CancellationToken cancellationToken)
        => FindNewest(trees) is { } previous && BindsAlike(previous, resolver) ? UpdatedTo(previous, trees, cancellationToken) : null;

    /// <summary>
    /// Whether <paramref name="resolver"/> (of the new compilation) binds every context reference of <paramref name="previous"/>
    /// to the same identity: an edit elsewhere (a context made abstract, renamed, moved, its provider changed) rebuilds.
    /// A few lookups in the declaration tables per distinct reference; no tree is walked.
    /// </summary>
    private static bool BindsAlike(ModelIndex previous, ContextResolver resolver)
    {
        if (previous.BindsSymbols != resolver.BindsSymbols)
        {
            return false;
        }

        foreach (var pair in previous.Identities)
        {
            if (!resolver.Resolve(pair.Key).Equals(pair.Value))
            {
                return false;
            }
        }

        return true;
    }

    public static void Remember(ModelIndex index)
    {
        for (var i = 0; i < Math.Min(2, index.Trees.Length); i++)
        {
            NewestByTree.GetValue(index.Trees[i], static _ => new NewestIndex()).Index = index;
        }
    }

    private static ModelIndex? FindNewest(ImmutableArray<SyntaxTree> trees)
    {
        for (var i = 0; i < Math.Min(2, trees.Length); i++)
        {
            if (NewestByTree.TryGetValue(trees[i], out var newest) && newest.Index is { } index && index.Trees.Length == trees.Length)
            {
                return index;
            }
        }

        return null;
    }

    private static ModelIndex? UpdatedTo(ModelIndex previous, ImmutableArray<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var edited = new List<int>(1);
        for (var i = 0; i < trees.Length; i++)
        {
            if (ReferenceEquals(trees[i], previous.Trees[i]))
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
            return previous;
        }

        var facts = previous.Facts.ToBuilder();
        var replacedClasses = new Dictionary<DeclaredClass, DeclaredClass>();
        var historyTableCallsChanged = false;
        foreach (var position in edited)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = previous.Facts[position];
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
        var historyTableCalls = historyTableCallsChanged ? ModelIndex.CollectHistoryTableCalls(allFacts, cancellationToken) : previous.HistoryTableCalls;
        if (replacedClasses.Count == 0)
        {
            return new ModelIndex(trees, allFacts, previous.Migrations, previous.OnlyContext, previous.Contexts, historyTableCalls, previous.BindsSymbols, previous.Identities);
        }

        var migrations = new Dictionary<string, MigrationInfo>(previous.Migrations.Count, StringComparer.Ordinal).With(previous.Migrations);
        var replacedMigrations = new Dictionary<MigrationInfo, MigrationInfo>();
        foreach (var replaced in replacedClasses.Keys)
        {
            if (previous.Migrations.TryGetValue(replaced.FullName, out var migration) && !replacedMigrations.ContainsKey(migration))
            {
                var parts = migration.Parts.Select(p => replacedClasses.TryGetValue(p, out var after) ? after : p).ToList();
                var updated = new MigrationInfo(migration.FullName, migration.Name, migration.Id, migration.ContextKey, parts);
                replacedMigrations.Add(migration, updated);
                migrations[migration.FullName] = updated;
            }
        }

        var contexts = ImmutableArray.CreateBuilder<ContextModel>(previous.Contexts.Length);
        foreach (var context in previous.Contexts)
        {
            var snapshotClasses = context.SnapshotClasses.Select(c => replacedClasses.TryGetValue(c, out var after) ? after : c).ToImmutableArray();
            var ownReplacements = replacedMigrations.Where(pair => previous.ContextOf(pair.Key) == context).ToList();
            contexts.Add(ownReplacements.Count == 0 && snapshotClasses.SequenceEqual(context.SnapshotClasses)
                ? context
                : WithReplacements(context, snapshotClasses, ownReplacements));
        }

        return new ModelIndex(trees, allFacts, migrations, previous.OnlyContext, contexts.MoveToImmutable(), historyTableCalls, previous.BindsSymbols, previous.Identities);
    }

    /// <summary>
    /// <paramref name="context"/> after an edit that re-declared some of its classes with the same shape. The index of
    /// creations is kept when the replaced migrations' <c>Up()</c> creates exactly what it created before.
    /// </summary>
    private static ContextModel WithReplacements(
        ContextModel context, ImmutableArray<DeclaredClass> snapshotClasses, List<KeyValuePair<MigrationInfo, MigrationInfo>> replaced)
    {
        var migrations = context.Migrations;
        var creations = context.BuiltCreations;
        foreach (var pair in replaced)
        {
            var position = context.IndexOf(pair.Key);
            if (position < 0)
            {
                continue;
            }

            migrations = migrations.SetItem(position, pair.Value);
            if (creations is not null && !CreationIndex.SameCreations(pair.Key, pair.Value))
            {
                creations = null;
            }
        }

        return new ContextModel(context.Identity, context.Name, snapshotClasses, migrations, creations);
    }

    private static Dictionary<string, MigrationInfo> With(this Dictionary<string, MigrationInfo> target, IReadOnlyDictionary<string, MigrationInfo> source)
    {
        foreach (var pair in source)
        {
            target.Add(pair.Key, pair.Value);
        }

        return target;
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

using System;
using System.Collections.Immutable;
using System.Threading;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>One DbContext as its snapshot and migrations describe it.</summary>
internal sealed class ContextModel
{
    private readonly Lazy<CreationIndex> _creations;

    /// <summary>A context; <paramref name="creations"/> is the index of creations when it is known to be what <paramref name="migrations"/> would give.</summary>
    public ContextModel(string name, ImmutableArray<DeclaredClass> snapshotClasses, ImmutableArray<MigrationInfo> migrations, CreationIndex? creations = null)
    {
        Name = name;
        SnapshotClasses = snapshotClasses;
        Snapshots = ImmutableArray.CreateRange(snapshotClasses, static c => c.Model!);
        Migrations = migrations;
        Scope = ScopeOf(snapshotClasses, migrations);
        _creations = creations is null
            ? new Lazy<CreationIndex>(() => CreationIndex.Build(Migrations), LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<CreationIndex>(() => creations, LazyThreadSafetyMode.PublicationOnly);
    }

    public string Name { get; }

    /// <summary>The snapshot classes whose models <see cref="Snapshots"/> holds.</summary>
    public ImmutableArray<DeclaredClass> SnapshotClasses { get; }

    /// <summary>Usually one; two when a merge or a copy left two snapshot classes for this context.</summary>
    public ImmutableArray<MappedModel> Snapshots { get; }

    /// <summary>The context's migrations with an id, in id order (the order EF applies them).</summary>
    public ImmutableArray<MigrationInfo> Migrations { get; }

    /// <summary>How the names of this context's migrations and models resolve and compare.</summary>
    public NameScope Scope { get; }

    /// <summary>The index of creations if a question has built it already; an update after an edit may keep it.</summary>
    public CreationIndex? BuiltCreations => _creations.IsValueCreated ? _creations.Value : null;

    /// <summary>The migration applied just before <paramref name="migration"/>, if any.</summary>
    public MigrationInfo? Previous(MigrationInfo migration)
    {
        var index = IndexOf(migration);
        return index > 0 ? Migrations[index - 1] : null;
    }

    /// <summary>The provider and default schema from the snapshot, else from the newest designer.</summary>
    private static NameScope ScopeOf(ImmutableArray<DeclaredClass> snapshots, ImmutableArray<MigrationInfo> migrations)
    {
        foreach (var snapshot in snapshots)
        {
            if (snapshot.Model is { } model && (model.Provider != DatabaseProvider.Unknown || model.DefaultSchema is not null))
            {
                return new NameScope(model.Provider, model.DefaultSchema);
            }
        }

        // Only the newest designer: reading every designer of a long history to learn nothing new would be costly.
        return migrations.Length > 0 && migrations[migrations.Length - 1].TargetModel is { } target
            ? new NameScope(target.Provider, target.DefaultSchema)
            : new NameScope(DatabaseProvider.Unknown, null);
    }

    /// <summary>The position of <paramref name="migration"/> in <see cref="Migrations"/>, found by its id: the array is in id order.</summary>
    public int IndexOf(MigrationInfo migration)
    {
        if (migration.Id is null)
        {
            return -1;
        }

        int low = 0, high = Migrations.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(Migrations[middle].Id, migration.Id);
            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        // low is the first migration with this id; ids may repeat when a migration was copied.
        for (var i = low; i < Migrations.Length && Migrations[i].Id == migration.Id; i++)
        {
            if (ReferenceEquals(Migrations[i], migration))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a migration after <paramref name="migrationId"/> (any migration with an id when it is not known)
    /// creates <paramref name="target"/> (a table, or a column of it) in its <c>Up()</c>.
    /// </summary>
    public bool IsCreatedAfter(string? migrationId, TableRef target) => _creations.Value.IsCreatedAfter(migrationId, target, Scope);

    /// <summary>The operation of an earlier migration's <c>Up()</c> (by id) that creates <paramref name="target"/>, if any.</summary>
    public MigrationOperation? CreatedBefore(string migrationId, TableRef target) => _creations.Value.CreatedBefore(migrationId, target, Scope);
}

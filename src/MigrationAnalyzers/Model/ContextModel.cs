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

    // Read on first use: most compilations analyze no drop that needs a snapshot, and a snapshot is a large file.
    private readonly Lazy<ImmutableArray<MappedModel>> _snapshots;
    private readonly Lazy<NameScope> _scope;

    /// <summary>A context; <paramref name="creations"/> is the index of creations when it is known to be what <paramref name="migrations"/> would give.</summary>
    public ContextModel(ContextIdentity identity, string name, ImmutableArray<DeclaredClass> snapshotClasses, ImmutableArray<MigrationInfo> migrations, CreationIndex? creations = null)
    {
        Identity = identity;
        Name = name;
        SnapshotClasses = snapshotClasses;
        Migrations = migrations;
        _snapshots = new Lazy<ImmutableArray<MappedModel>>(() => ImmutableArray.CreateRange(snapshotClasses, static c => c.Model!), LazyThreadSafetyMode.PublicationOnly);
        _scope = new Lazy<NameScope>(() => ScopeOf(snapshotClasses, migrations), LazyThreadSafetyMode.PublicationOnly);
        _creations = creations is null
            ? new Lazy<CreationIndex>(() => CreationIndex.Build(Migrations), LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<CreationIndex>(() => creations, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The name messages show: the simple name, the full name where two contexts share a simple name.</summary>
    public string Name { get; }

    /// <summary>What the compilation says about the context's type.</summary>
    public ContextIdentity Identity { get; }

    /// <summary>The identity of the context: the full name of its type, the written simple name where it does not bind.</summary>
    public string Key => Identity.Key;

    /// <summary>
    /// The history of an abstract context: EF cannot create the context, so nothing applies these migrations again.
    /// Its snapshot is no evidence, and its migrations are not analyzed.
    /// </summary>
    public bool IsDead => Identity.IsAbstract;

    /// <summary>
    /// The database provider: the snapshot's (else the newest designer's), else the one <c>UseXxx</c> call of the
    /// context's source; <see cref="DatabaseProvider.Unknown"/> where neither tells.
    /// </summary>
    public DatabaseProvider Provider => Scope.Provider != DatabaseProvider.Unknown ? Scope.Provider : Identity.SourceProvider;

    /// <summary>Whether <paramref name="name"/> (from configuration) names this context: its simple name or its full name.</summary>
    public bool IsNamed(string name)
        => string.Equals(name, Identity.SimpleName, StringComparison.Ordinal) || string.Equals(name, Key, StringComparison.Ordinal)
           || string.Equals(name, Name, StringComparison.Ordinal);

    /// <summary>
    /// Whether this context and <paramref name="other"/> are known to use different databases: both providers are known
    /// and differ. Where one is unknown they may share one.
    /// </summary>
    public bool HasOtherProviderThan(ContextModel other)
        => Provider != DatabaseProvider.Unknown && other.Provider != DatabaseProvider.Unknown && Provider != other.Provider;

    /// <summary>The snapshot classes whose models <see cref="Snapshots"/> holds.</summary>
    public ImmutableArray<DeclaredClass> SnapshotClasses { get; }

    /// <summary>Usually one; two when a merge or a copy left two snapshot classes for this context.</summary>
    public ImmutableArray<MappedModel> Snapshots => _snapshots.Value;

    /// <summary>The context's migrations with an id, in id order (the order EF applies them).</summary>
    public ImmutableArray<MigrationInfo> Migrations { get; }

    /// <summary>How the names of this context's migrations and models resolve and compare.</summary>
    public NameScope Scope => _scope.Value;

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

    /// <summary>
    /// The first migration (in id order) whose <c>Up()</c> creates the table <paramref name="target"/>, written in
    /// <paramref name="targetScope"/> (another context's migration, compared as <see cref="NameScope"/> compares across
    /// scopes); <see langword="null"/> when none does, or when two migrations share that id. The index of creations may
    /// come from an earlier compilation: read the operations from the migration returned, which is this compilation's.
    /// </summary>
    public MigrationInfo? FirstCreationOf(TableRef target, NameScope targetScope)
    {
        if (_creations.Value.FirstCreation(target, targetScope, Scope) is not { } id)
        {
            return null;
        }

        MigrationInfo? found = null;
        foreach (var migration in Migrations)
        {
            if (migration.Id == id)
            {
                if (found is not null)
                {
                    return null;
                }

                found = migration;
            }
        }

        return found;
    }

    /// <summary>Whether a migration after <paramref name="migrationId"/> creates <paramref name="target"/>, written in <paramref name="targetScope"/>.</summary>
    public bool IsCreatedAfter(string migrationId, TableRef target, NameScope targetScope) => _creations.Value.IsCreatedAfter(migrationId, target, targetScope, Scope);

    /// <summary>The operation of an earlier migration's <c>Up()</c> (by id) that creates <paramref name="target"/>, if any.</summary>
    public MigrationOperation? CreatedBefore(string migrationId, TableRef target) => _creations.Value.CreatedBefore(migrationId, target, Scope);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>One DbContext as its snapshot and migrations describe it.</summary>
internal sealed class ContextModel
{
    private readonly Lazy<Dictionary<string, List<Creation>>> _creations;

    public ContextModel(string name, ImmutableArray<DeclaredClass> snapshotClasses, ImmutableArray<MigrationInfo> migrations)
        : this(name, snapshotClasses, migrations, creations: null)
    {
    }

    private ContextModel(
        string name,
        ImmutableArray<DeclaredClass> snapshotClasses,
        ImmutableArray<MigrationInfo> migrations,
        Dictionary<string, List<Creation>>? creations)
    {
        Name = name;
        SnapshotClasses = snapshotClasses;
        Snapshots = ImmutableArray.CreateRange(snapshotClasses, static c => c.Model!);
        Migrations = migrations;
        Scope = ScopeOf(snapshotClasses, migrations);
        _creations = creations is null
            ? new Lazy<Dictionary<string, List<Creation>>>(IndexCreations, LazyThreadSafetyMode.ExecutionAndPublication)
            : new Lazy<Dictionary<string, List<Creation>>>(() => creations, LazyThreadSafetyMode.PublicationOnly);
    }

    public string Name { get; }

    /// <summary>The snapshot classes whose models <see cref="Snapshots"/> holds.</summary>
    public ImmutableArray<DeclaredClass> SnapshotClasses { get; }

    /// <summary>Usually one; two when a merge or a copy left two snapshot classes for this context.</summary>
    public ImmutableArray<MappedModel> Snapshots { get; }

    /// <summary>The context's migrations with an id, in id order (the order EF applies them).</summary>
    public ImmutableArray<MigrationInfo> Migrations { get; }

    public SchemaScope Scope { get; }

    /// <summary>The migration applied just before <paramref name="migration"/>, if any.</summary>
    public MigrationInfo? Previous(MigrationInfo migration)
    {
        var index = IndexOf(migration);
        return index > 0 ? Migrations[index - 1] : null;
    }

    /// <summary>
    /// This context after an edit that re-declared some of its classes with the same shape: <paramref name="replaced"/>
    /// maps each old migration to its new one. The index of creations is kept when the replaced migrations' <c>Up()</c>
    /// creates exactly what it created before, which is what most keystrokes leave unchanged.
    /// </summary>
    public ContextModel WithReplacements(
        ImmutableArray<DeclaredClass> snapshotClasses, IReadOnlyDictionary<MigrationInfo, MigrationInfo> replaced)
    {
        var migrations = Migrations;
        var creationsUnchanged = _creations.IsValueCreated;
        foreach (var pair in replaced)
        {
            var position = IndexOf(pair.Key);
            if (position < 0)
            {
                continue;
            }

            migrations = migrations.SetItem(position, pair.Value);
            creationsUnchanged = creationsUnchanged && SameCreations(pair.Key, pair.Value);
        }

        return new ContextModel(Name, snapshotClasses, migrations, creationsUnchanged ? _creations.Value : null);
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

    /// <summary>The position of <paramref name="migration"/> in <see cref="Migrations"/>, found by its id: the array is in id order.</summary>
    private int IndexOf(MigrationInfo migration)
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
    /// Whether a migration after <paramref name="migrationId"/> (any other migration when the id is not
    /// known) creates the table, or the column when one is given, in its <c>Up()</c>.
    /// </summary>
    public bool IsCreatedAfter(string? migrationId, string? schema, string table, string? column)
    {
        if (!_creations.Value.TryGetValue(table, out var creations))
        {
            return false;
        }

        foreach (var creation in creations)
        {
            if ((migrationId is null ? creation.MigrationId is not null : string.CompareOrdinal(creation.MigrationId, migrationId) > 0)
                && (column is null ? creation.CreatesTable : creation.Creates(column))
                && SchemaScope.SameSchema(schema, Scope, creation.Schema, Scope))
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<string, List<Creation>> IndexCreations()
    {
        var creations = new Dictionary<string, List<Creation>>(StringComparer.OrdinalIgnoreCase);
        foreach (var migration in Migrations)
        {
            foreach (var operation in migration.UpOperations)
            {
                if (CreationOf(migration, operation) is not { } creation)
                {
                    continue;
                }

                if (!creations.TryGetValue(creation.Table, out var list))
                {
                    list = new List<Creation>();
                    creations.Add(creation.Table, list);
                }

                list.Add(creation);
            }
        }

        return creations;
    }

    private static bool SameCreations(MigrationInfo before, MigrationInfo after)
    {
        var old = Creations(before);
        var current = Creations(after);
        if (old.Count != current.Count)
        {
            return false;
        }

        for (var i = 0; i < old.Count; i++)
        {
            if (!old[i].SameAs(current[i]))
            {
                return false;
            }
        }

        return true;

        static List<Creation> Creations(MigrationInfo migration)
        {
            var creations = new List<Creation>();
            foreach (var operation in migration.UpOperations)
            {
                if (CreationOf(migration, operation) is { } creation)
                {
                    creations.Add(creation);
                }
            }

            return creations;
        }
    }

    private static Creation? CreationOf(MigrationInfo migration, MigrationOperation operation) => operation.Kind switch
    {
        MigrationOperationKind.CreateTable => new Creation(migration.Id, operation.Schema, operation.Table, operation.CreatedColumns, allColumns: false),
        MigrationOperationKind.RenameTable => new Creation(migration.Id, operation.ResultingSchema, operation.ResultingTable, ImmutableArray<string>.Empty, allColumns: true),
        MigrationOperationKind.AddColumn => new Creation(migration.Id, operation.Schema, operation.Table, ImmutableArray.Create(operation.Column!), allColumns: false, columnOnly: true),
        MigrationOperationKind.RenameColumn => new Creation(migration.Id, operation.Schema, operation.Table, ImmutableArray.Create(operation.NewName!), allColumns: false, columnOnly: true),
        _ => null,
    };

    private sealed class Creation
    {
        private readonly ImmutableArray<string> _columns;
        private readonly bool _allColumns;

        public Creation(string? migrationId, string? schema, string table, ImmutableArray<string> columns, bool allColumns, bool columnOnly = false)
        {
            MigrationId = migrationId;
            Schema = schema;
            Table = table;
            _columns = columns;
            _allColumns = allColumns;
            CreatesTable = !columnOnly;
        }

        public string? MigrationId { get; }

        public string? Schema { get; }

        public string Table { get; }

        public bool CreatesTable { get; }

        public bool SameAs(Creation other)
            => MigrationId == other.MigrationId
               && Schema == other.Schema
               && Table == other.Table
               && _allColumns == other._allColumns
               && CreatesTable == other.CreatesTable
               && _columns.SequenceEqual(other._columns, StringComparer.Ordinal);

        public bool Creates(string column)
        {
            if (_allColumns)
            {
                return true;
            }

            foreach (var created in _columns)
            {
                if (string.Equals(created, column, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}

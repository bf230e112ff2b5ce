using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>One DbContext as its snapshot and migrations describe it.</summary>
internal sealed class ContextModel
{
    private readonly Lazy<Dictionary<string, List<Creation>>> _creations;

    public ContextModel(string name, ImmutableArray<MappedModel> snapshots, ImmutableArray<MigrationInfo> migrations, SchemaScope scope)
    {
        Name = name;
        Snapshots = snapshots;
        Migrations = migrations;
        Scope = scope;
        _creations = new Lazy<Dictionary<string, List<Creation>>>(IndexCreations, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    /// <summary>Usually one; two when a merge or a copy left two snapshot classes for this context.</summary>
    public ImmutableArray<MappedModel> Snapshots { get; }

    /// <summary>The context's migrations with an id, in id order (the order EF applies them).</summary>
    public ImmutableArray<MigrationInfo> Migrations { get; }

    public SchemaScope Scope { get; }

    /// <summary>The migration applied just before <paramref name="migration"/>, if any.</summary>
    public MigrationInfo? Previous(MigrationInfo migration)
    {
        var index = Migrations.IndexOf(migration);
        return index > 0 ? Migrations[index - 1] : null;
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
                var creation = operation.Kind switch
                {
                    MigrationOperationKind.CreateTable => new Creation(migration.Id, operation.Schema, operation.Table, operation.CreatedColumns, allColumns: false),
                    MigrationOperationKind.RenameTable => new Creation(migration.Id, operation.ResultingSchema, operation.ResultingTable, ImmutableArray<string>.Empty, allColumns: true),
                    MigrationOperationKind.AddColumn => new Creation(migration.Id, operation.Schema, operation.Table, ImmutableArray.Create(operation.Column!), allColumns: false, columnOnly: true),
                    MigrationOperationKind.RenameColumn => new Creation(migration.Id, operation.Schema, operation.Table, ImmutableArray.Create(operation.NewName!), allColumns: false, columnOnly: true),
                    _ => null,
                };
                if (creation is null)
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

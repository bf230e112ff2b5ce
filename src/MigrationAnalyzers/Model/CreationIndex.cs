using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>What the <c>Up()</c> of each migration of one context creates, by table name, so that "is it created again later?" is a lookup.</summary>
internal sealed class CreationIndex
{
    private readonly Dictionary<string, List<(string? MigrationId, MigrationOperation Operation)>> _byTable;

    private CreationIndex(Dictionary<string, List<(string?, MigrationOperation)>> byTable) => _byTable = byTable;

    public static CreationIndex Build(ImmutableArray<MigrationInfo> migrations)
    {
        // Case-insensitive keys find every candidate; Creations.Creates then applies the scope's own rules.
        var byTable = new Dictionary<string, List<(string?, MigrationOperation)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var migration in migrations)
        {
            foreach (var operation in migration.UpCreations)
            {
                var table = operation.Created!.Table;
                if (!byTable.TryGetValue(table, out var list))
                {
                    list = new List<(string?, MigrationOperation)>();
                    byTable.Add(table, list);
                }

                list.Add((migration.Id, operation));
            }
        }

        return new CreationIndex(byTable);
    }

    /// <summary>
    /// Whether a migration after <paramref name="migrationId"/> (any migration with an id when it is not known)
    /// creates <paramref name="target"/> in its <c>Up()</c>.
    /// </summary>
    public bool IsCreatedAfter(string? migrationId, TableRef target, NameScope scope)
    {
        if (!_byTable.TryGetValue(target.Table, out var creations))
        {
            return false;
        }

        foreach (var (id, operation) in creations)
        {
            if ((migrationId is null ? id is not null : string.CompareOrdinal(id, migrationId) > 0) && operation.Creates(target, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first operation of a migration before <paramref name="migrationId"/> whose <c>Up()</c> creates
    /// <paramref name="target"/>: the history says it existed (drops in between are not looked at).
    /// </summary>
    public MigrationOperation? CreatedBefore(string migrationId, TableRef target, NameScope scope)
    {
        if (!_byTable.TryGetValue(target.Table, out var creations))
        {
            return null;
        }

        foreach (var (id, operation) in creations)
        {
            if (id is not null && string.CompareOrdinal(id, migrationId) < 0 && operation.Creates(target, scope))
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>
    /// The id of the first migration (in id order) whose <c>Up()</c> creates the table <paramref name="target"/>, written in
    /// <paramref name="targetScope"/> (another context's migration) while this context's names resolve in <paramref name="scope"/>.
    /// </summary>
    public string? FirstCreation(TableRef target, NameScope targetScope, NameScope scope)
    {
        if (!_byTable.TryGetValue(target.Table, out var creations))
        {
            return null;
        }

        foreach (var (id, operation) in creations)
        {
            if (id is not null && operation.Creates(scope, target, targetScope))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Whether a migration after <paramref name="migrationId"/> creates <paramref name="target"/>, written in <paramref name="targetScope"/>.</summary>
    public bool IsCreatedAfter(string migrationId, TableRef target, NameScope targetScope, NameScope scope)
    {
        if (!_byTable.TryGetValue(target.Table, out var creations))
        {
            return false;
        }

        foreach (var (id, operation) in creations)
        {
            if (string.CompareOrdinal(id, migrationId) > 0 && operation.Creates(scope, target, targetScope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two versions of a migration (before and after an edit) create exactly the same things.</summary>
    public static bool SameCreations(MigrationInfo before, MigrationInfo after)
        => before.UpCreations.SequenceEqual(after.UpCreations, SameCreation.Instance);

    private sealed class SameCreation : IEqualityComparer<MigrationOperation>
    {
        public static readonly SameCreation Instance = new();

        public bool Equals(MigrationOperation? x, MigrationOperation? y)
            => x is not null && y is not null && x.Kind == y.Kind
               && x.Created!.ToString() == y.Created!.ToString()
               && x.Columns.SequenceEqual(y.Columns, StringComparer.Ordinal);

        public int GetHashCode(MigrationOperation obj) => obj.Kind.GetHashCode();
    }
}

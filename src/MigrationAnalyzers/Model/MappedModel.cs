using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Model;

/// <summary>What one model (a snapshot's <c>BuildModel</c> or a designer's <c>BuildTargetModel</c>) maps.</summary>
internal sealed class MappedModel
{
    public static readonly MappedModel Empty = new(null, DatabaseProvider.Unknown, ImmutableArray<MappedTable>.Empty);

    private readonly Dictionary<string, List<MappedTable>> _tablesByName;

    public MappedModel(string? defaultSchema, DatabaseProvider provider, ImmutableArray<MappedTable> tables)
    {
        DefaultSchema = defaultSchema;
        Provider = provider;
        Tables = tables;
        _tablesByName = new Dictionary<string, List<MappedTable>>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            if (!_tablesByName.TryGetValue(table.Name, out var list))
            {
                list = new List<MappedTable>(1);
                _tablesByName.Add(table.Name, list);
            }

            list.Add(table);
        }
    }

    /// <summary>The schema set with <c>HasDefaultSchema</c>, if any.</summary>
    public string? DefaultSchema { get; }

    public DatabaseProvider Provider { get; }

    public ImmutableArray<MappedTable> Tables { get; }

    /// <summary>How this model's names resolve: its own provider and default schema, the provider of <paramref name="contextScope"/> where it has none.</summary>
    public NameScope ScopeWithin(NameScope contextScope)
        => new(Provider != DatabaseProvider.Unknown ? Provider : contextScope.Provider, DefaultSchema);

    /// <summary>The tables whose name may be <paramref name="name"/> (compared case-insensitively: the caller applies its scope).</summary>
    public IReadOnlyList<MappedTable> TablesNamed(string name)
        => _tablesByName.TryGetValue(name, out var list) ? list : Array.Empty<MappedTable>();
}

/// <summary>A table a model maps, with the columns it maps in it.</summary>
internal sealed class MappedTable
{
    public MappedTable(string? schema, string name, bool isExcludedFromMigrations, SyntaxNode syntax, IReadOnlyDictionary<string, SyntaxNode> columns)
    {
        Schema = schema;
        Name = name;
        IsExcludedFromMigrations = isExcludedFromMigrations;
        Syntax = syntax;
        Columns = columns;
    }

    /// <summary>The schema written in the model, or <see langword="null"/> for the model's default schema.</summary>
    public string? Schema { get; }

    public string Name { get; }

    /// <summary>Mapped with <c>ExcludeFromMigrations()</c>: the context uses the table but another owner manages it.</summary>
    public bool IsExcludedFromMigrations { get; }

    /// <summary>The <c>ToTable(...)</c> call (or equivalent) that maps the table.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>Column name to the property call that maps it; names compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, SyntaxNode> Columns { get; }

    public TableRef Reference => new(Schema, Name);

    /// <summary>The property call that maps <paramref name="column"/> (written in <paramref name="columnScope"/>; this model's names in <paramref name="modelScope"/>).</summary>
    public SyntaxNode? FindColumn(string column, NameScope columnScope, NameScope modelScope)
    {
        if (!Columns.TryGetValue(column, out var syntax))
        {
            return null;
        }

        if (!columnScope.IsCaseSensitive && !modelScope.IsCaseSensitive)
        {
            return syntax;
        }

        foreach (var pair in Columns)
        {
            if (NameScope.SameName(pair.Key, modelScope, column, columnScope))
            {
                return pair.Value;
            }
        }

        return null;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Model;

/// <summary>
/// Turns the blocks read from a model into tables and columns, applying EF Core's naming conventions that
/// generated models leave implicit: TPH-derived types share the root's table, table-split owned and complex
/// types prefix their columns with the navigation name, a JSON-mapped type is one column.
/// </summary>
internal sealed class ModelTableResolver
{
    private const int MaxDepth = 32;

    private readonly Dictionary<string, ModelBlock> _entities;
    private readonly Dictionary<(string Schema, string Name), TableBuilder> _tables = new();

    private readonly NameScope _scope;

    private ModelTableResolver(Dictionary<string, ModelBlock> entities, NameScope scope)
    {
        _entities = entities;
        _scope = scope;
    }

    public static MappedModel Resolve(Dictionary<string, ModelBlock> entities, string? defaultSchema, DatabaseProvider provider)
    {
        var resolver = new ModelTableResolver(entities, new NameScope(provider, defaultSchema));
        foreach (var entity in entities.Values)
        {
            resolver.AddEntity(entity);
        }

        var tables = ImmutableArray.CreateBuilder<MappedTable>(resolver._tables.Count);
        foreach (var table in resolver._tables.Values)
        {
            tables.Add(table.Build());
        }

        return new MappedModel(defaultSchema, provider, tables.MoveToImmutable());
    }

    private void AddEntity(ModelBlock entity)
    {
        var table = TableOf(entity, 0);
        if (table is null)
        {
            return;
        }

        var ownsTable = entity.TableName is not null;
        var split = new HashSet<string>(StringComparer.Ordinal);
        foreach (var splitTable in entity.SplitTables)
        {
            var splitBuilder = GetTable(splitTable.Schema, splitTable.Name, splitTable.Syntax, table.IsExcluded);
            foreach (var pair in splitTable.Properties)
            {
                split.Add(pair.Key);
                var syntax = entity.Properties.TryGetValue(pair.Key, out var property) ? property.Syntax : splitTable.Syntax;
                splitBuilder.AddColumn(pair.Value ?? property?.Column ?? pair.Key, syntax);
            }

            AddKeyColumns(entity, splitBuilder);
        }

        foreach (var property in entity.Properties.Values)
        {
            if (!split.Contains(property.Name) || entity.KeyProperties.Contains(property.Name))
            {
                table.AddColumn(property.Column, property.Syntax);
            }
        }

        if (ownsTable && entity.BaseTypeName is not null)
        {
            AddInheritedColumns(entity, table);
        }

        foreach (var history in entity.TemporalHistoryTables)
        {
            GetTable(history.Schema, history.Name, history.Syntax, table.IsExcluded);
        }

        AddNested(entity, table);
    }

    /// <summary>A TPT-derived table holds the key; a TPC table holds every inherited column.</summary>
    private void AddInheritedColumns(ModelBlock entity, TableBuilder table)
    {
        var ancestors = new List<ModelBlock>();
        var strategy = MappingStrategy.Unspecified;
        for (var current = Base(entity); current is not null && ancestors.Count < MaxDepth; current = Base(current))
        {
            ancestors.Add(current);
            if (current.Strategy != MappingStrategy.Unspecified)
            {
                strategy = current.Strategy;
            }
        }

        foreach (var ancestor in ancestors)
        {
            if (strategy == MappingStrategy.Tpc)
            {
                foreach (var property in ancestor.Properties.Values)
                {
                    table.AddColumn(property.Column, property.Syntax);
                }

                AddNested(ancestor, table);
            }
            else
            {
                AddKeyColumns(ancestor, table);
            }
        }
    }

    private void AddNested(ModelBlock block, TableBuilder table)
    {
        foreach (var owned in block.Owned.Values)
        {
            AddOwned(owned, table, prefix: "", depth: 0);
        }

        foreach (var complex in block.Complex.Values)
        {
            AddComplex(complex, table, prefix: "", depth: 0);
        }
    }

    private static void AddKeyColumns(ModelBlock block, TableBuilder table)
    {
        foreach (var key in block.KeyProperties)
        {
            if (block.Properties.TryGetValue(key, out var property))
            {
                table.AddColumn(property.Column, property.Syntax);
            }
        }
    }

    private void AddOwned(ModelBlock owned, TableBuilder ownerTable, string prefix, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (owned.IsJson)
        {
            var jsonTable = owned.TableName is not null && !_scope.SameTable(ownerTable.Reference, new TableRef(owned.TableSchema, owned.TableName))
                ? GetTable(owned.TableSchema, owned.TableName, owned.TableSyntax ?? ownerTable.Syntax, ownerTable.IsExcluded)
                : ownerTable;
            jsonTable.AddColumn(owned.JsonColumnName ?? prefix + owned.Name, owned.JsonSyntax ?? ownerTable.Syntax);
            return;
        }

        var ownTableName = owned.TableName ?? (owned.IsCollection && owned.OwnedTypeName is not null ? ModelReader.OwnedTableName(owned.OwnedTypeName) : null);
        if (ownTableName is not null && !_scope.SameTable(ownerTable.Reference, new TableRef(owned.TableSchema, ownTableName)))
        {
            var table = GetTable(owned.TableSchema, ownTableName, owned.TableSyntax ?? ownerTable.Syntax, owned.IsExcludedFromMigrations || ownerTable.IsExcluded);
            foreach (var property in owned.Properties.Values)
            {
                table.AddColumn(property.Column, property.Syntax);
            }

            foreach (var nested in owned.Owned.Values)
            {
                AddOwned(nested, table, prefix: "", depth + 1);
            }

            foreach (var complex in owned.Complex.Values)
            {
                AddComplex(complex, table, prefix: "", depth + 1);
            }

            return;
        }

        var nestedPrefix = prefix + owned.Name + "_";
        foreach (var property in owned.Properties.Values)
        {
            if (owned.KeyProperties.Contains(property.Name) || owned.OwnerKeyProperties.Contains(property.Name))
            {
                continue;
            }

            ownerTable.AddColumn(property.ColumnName ?? nestedPrefix + property.Name, property.Syntax);
        }

        foreach (var nested in owned.Owned.Values)
        {
            AddOwned(nested, ownerTable, nestedPrefix, depth + 1);
        }

        foreach (var complex in owned.Complex.Values)
        {
            AddComplex(complex, ownerTable, nestedPrefix, depth + 1);
        }
    }

    private static void AddComplex(ModelBlock complex, TableBuilder table, string prefix, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (complex.IsJson)
        {
            table.AddColumn(complex.JsonColumnName ?? prefix + complex.Name, complex.JsonSyntax ?? table.Syntax);
            return;
        }

        var nestedPrefix = prefix + complex.Name + "_";
        foreach (var property in complex.Properties.Values)
        {
            table.AddColumn(property.ColumnName ?? nestedPrefix + property.Name, property.Syntax);
        }

        foreach (var nested in complex.Complex.Values)
        {
            AddComplex(nested, table, nestedPrefix, depth + 1);
        }
    }

    private TableBuilder? TableOf(ModelBlock entity, int depth)
    {
        if (entity.TableName is not null)
        {
            return GetTable(entity.TableSchema, entity.TableName, entity.TableSyntax!, entity.IsExcludedFromMigrations);
        }

        if (entity.MapsNoTable || depth > MaxDepth)
        {
            return null;
        }

        // A derived type without its own ToTable is TPH: it lives in its root's table.
        return Base(entity) is { } baseEntity ? TableOf(baseEntity, depth + 1) : null;
    }

    private ModelBlock? Base(ModelBlock entity)
        => entity.BaseTypeName is not null && _entities.TryGetValue(entity.BaseTypeName, out var baseEntity) && baseEntity != entity
            ? baseEntity
            : null;

    private TableBuilder GetTable(string? schema, string name, SyntaxNode syntax, bool isExcluded)
    {
        var key = (schema?.ToUpperInvariant() ?? string.Empty, name.ToUpperInvariant());
        if (!_tables.TryGetValue(key, out var table))
        {
            table = new TableBuilder(schema, name, syntax, isExcluded);
            _tables.Add(key, table);
        }
        else if (!isExcluded)
        {
            table.IsExcluded = false;
        }

        return table;
    }

    private sealed class TableBuilder
    {
        private readonly Dictionary<string, SyntaxNode> _columns = new(StringComparer.OrdinalIgnoreCase);

        public TableBuilder(string? schema, string name, SyntaxNode syntax, bool isExcluded)
        {
            Schema = schema;
            Name = name;
            Syntax = syntax;
            IsExcluded = isExcluded;
        }

        public string? Schema { get; }

        public string Name { get; }

        public SyntaxNode Syntax { get; }

        public bool IsExcluded { get; set; }

        public TableRef Reference => new(Schema, Name);

        public void AddColumn(string column, SyntaxNode syntax)
        {
            if (!_columns.ContainsKey(column))
            {
                _columns.Add(column, syntax);
            }
        }

        public MappedTable Build() => new(Schema, Name, IsExcluded, Syntax, _columns);
    }
}

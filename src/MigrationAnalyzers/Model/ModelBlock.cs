using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Model;

internal enum MappingStrategy
{
    Unspecified = 0,
    Tph,
    Tpt,
    Tpc,
}

/// <summary>
/// What one builder lambda of a model says: an entity (possibly spread over several <c>Entity(...)</c>
/// blocks), an owned type, or a complex property. Filled by <see cref="ModelReader"/>, resolved by
/// <see cref="ModelTableResolver"/>.
/// </summary>
internal sealed class ModelBlock
{
    public ModelBlock(string name) => Name = name;

    /// <summary>Entity type name, or the navigation name for owned and complex blocks.</summary>
    public string Name { get; }

    public string? TableName { get; set; }

    public string? TableSchema { get; set; }

    public SyntaxNode? TableSyntax { get; set; }

    /// <summary><c>ToTable((string)null)</c>: explicitly mapped to no table.</summary>
    public bool MapsNoTable { get; set; }

    public bool IsExcludedFromMigrations { get; set; }

    public string? BaseTypeName { get; set; }

    public MappingStrategy Strategy { get; set; }

    public bool IsJson { get; set; }

    public string? JsonColumnName { get; set; }

    public SyntaxNode? JsonSyntax { get; set; }

    public bool IsCollection { get; set; }

    /// <summary>For owned blocks, the owned CLR type name (its short name names an OwnsMany table by default).</summary>
    public string? OwnedTypeName { get; set; }

    public List<string> KeyProperties { get; } = new();

    /// <summary>Properties that hold the owner's key in an owned block: they share the owner's key column.</summary>
    public List<string> OwnerKeyProperties { get; } = new();

    public Dictionary<string, ModelProperty> Properties { get; } = new();

    public List<SplitTable> SplitTables { get; } = new();

    public List<TemporalHistoryTable> TemporalHistoryTables { get; } = new();

    public Dictionary<string, ModelBlock> Owned { get; } = new();

    public Dictionary<string, ModelBlock> Complex { get; } = new();

    public ModelProperty GetOrAddProperty(string name, SyntaxNode syntax)
    {
        if (!Properties.TryGetValue(name, out var property))
        {
            property = new ModelProperty(name, syntax);
            Properties.Add(name, property);
        }

        return property;
    }

    public static ModelBlock GetOrAdd(Dictionary<string, ModelBlock> blocks, string name)
    {
        if (!blocks.TryGetValue(name, out var block))
        {
            block = new ModelBlock(name);
            blocks.Add(name, block);
        }

        return block;
    }
}

internal sealed class ModelProperty
{
    public ModelProperty(string name, SyntaxNode syntax)
    {
        Name = name;
        Syntax = syntax;
    }

    public string Name { get; }

    public string? ColumnName { get; set; }

    /// <summary>The call that declares it; a location is made from it only when a diagnostic needs one.</summary>
    public SyntaxNode Syntax { get; }

    public string Column => ColumnName ?? Name;
}

/// <summary>A <c>SplitToTable(...)</c> of an entity: the listed properties live in another table.</summary>
internal sealed class SplitTable
{
    public SplitTable(string name, string? schema, SyntaxNode syntax)
    {
        Name = name;
        Schema = schema;
        Syntax = syntax;
    }

    public string Name { get; }

    public string? Schema { get; }

    /// <summary>The call that declares it; a location is made from it only when a diagnostic needs one.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>Property name to the column name configured inside the split lambda, if any.</summary>
    public Dictionary<string, string?> Properties { get; } = new();
}

/// <summary>The history table of a temporal table, named inside the <c>IsTemporal</c> lambda.</summary>
internal sealed class TemporalHistoryTable
{
    public TemporalHistoryTable(string name, string? schema, SyntaxNode syntax)
    {
        Name = name;
        Schema = schema;
        Syntax = syntax;
    }

    public string Name { get; }

    public string? Schema { get; }

    /// <summary>The call that declares it; a location is made from it only when a diagnostic needs one.</summary>
    public SyntaxNode Syntax { get; }
}

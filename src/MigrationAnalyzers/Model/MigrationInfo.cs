using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>A migration class, merged over its partial declarations (the migration file and its designer).</summary>
internal sealed class MigrationInfo
{
    private readonly IReadOnlyList<DeclaredClass> _parts;

    public MigrationInfo(string fullName, string name, string? id, string? contextKey, IReadOnlyList<DeclaredClass> parts)
    {
        FullName = fullName;
        Name = name;
        Id = id;
        ContextKey = contextKey;
        _parts = parts;
    }

    public string FullName { get; }

    /// <summary>The class name, as the messages show it.</summary>
    public string Name { get; }

    public string? Id { get; }

    /// <summary>The <see cref="ContextModel.Key"/> of the context its <c>[DbContext]</c> names.</summary>
    public string? ContextKey { get; }

    /// <summary>The partial declarations, in the order of the compilation's trees.</summary>
    public IReadOnlyList<DeclaredClass> Parts => _parts;

    /// <summary>The model after this migration (its designer's <c>BuildTargetModel</c>), if it has one.</summary>
    public MappedModel? TargetModel
    {
        get
        {
            foreach (var part in _parts)
            {
                if (part.ModelMethod is not null && !part.IsSnapshotModel)
                {
                    return part.Model;
                }
            }

            return null;
        }
    }

    /// <summary>Whether the migration has a designer with a target model (found without reading the model).</summary>
    public bool HasTargetModel
    {
        get
        {
            foreach (var part in _parts)
            {
                if (part.ModelMethod is not null && !part.IsSnapshotModel)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The target model when it may map (<paramref name="table"/>[, <paramref name="column"/>]); <see langword="null"/>
    /// when the designer's text does not even contain those names as the model would write them. Most drops are of
    /// things the model no longer has, and this spares reading the designer (large: a full copy of the model) for each
    /// of them.
    /// </summary>
    public MappedModel? TargetModelThatMayMap(string table, string? column)
    {
        foreach (var part in _parts)
        {
            if (part.ModelMethod is null || part.IsSnapshotModel)
            {
                continue;
            }

            var text = part.Syntax.SyntaxTree.GetText();
            return MayName(text, table, column) ? part.Model : null;
        }

        return null;
    }

    /// <summary>
    /// Whether a model's text may map the table and column: a table's name is a string literal (<c>ToTable("Orders")</c>,
    /// or the end of an owned type's name for the table EF names after it, <c>"Shop.OrderLine"</c>); a column's name is
    /// a literal (<c>HasColumnName</c>, a property's name) or ends with one (<c>Address_PostCode</c>: an owned or
    /// complex property's column is the navigation's name, <c>_</c>, and the property's). Case is ignored.
    /// </summary>
    internal static bool MayName(SourceText text, string table, string? column)
    {
        if (!SourceTextSearch.Contains(text, "\"" + table + "\"", ignoreCase: true)
            && !SourceTextSearch.Contains(text, "." + table + "\"", ignoreCase: true)
            && !SourceTextSearch.Contains(text, "#" + table + "\"", ignoreCase: true))
        {
            return false;
        }

        if (column is null || SourceTextSearch.Contains(text, "\"" + column + "\"", ignoreCase: true))
        {
            return true;
        }

        for (var separator = column.IndexOf('_'); separator >= 0 && separator + 1 < column.Length; separator = column.IndexOf('_', separator + 1))
        {
            if (SourceTextSearch.Contains(text, "\"" + column.Substring(separator + 1) + "\"", ignoreCase: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operations of <c>Up()</c> that create a table or column (<see cref="DeclaredClass.UpCreations"/>).</summary>
    public ImmutableArray<MigrationOperation> UpCreations
    {
        get
        {
            foreach (var part in _parts)
            {
                if (part.UpMethod is not null)
                {
                    return part.UpCreations;
                }
            }

            return ImmutableArray<MigrationOperation>.Empty;
        }
    }
}

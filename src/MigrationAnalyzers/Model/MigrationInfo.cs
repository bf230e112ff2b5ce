using System.Collections.Generic;
using System.Collections.Immutable;
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
    /// when the designer's text does not even contain those names. Most drops are of things the model no longer
    /// has, and this spares reading the designer (large: a full copy of the model) for each of them.
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
            if (!SourceTextSearch.Contains(text, table, ignoreCase: true))
            {
                return null;
            }

            if (column is not null)
            {
                // A derived column name (Navigation_Property) is spelled in parts.
                foreach (var segment in column.Split('_'))
                {
                    if (segment.Length > 0 && !SourceTextSearch.Contains(text, segment, ignoreCase: true))
                    {
                        return null;
                    }
                }
            }

            return part.Model;
        }

        return null;
    }

    public ImmutableArray<MigrationOperation> UpOperations
    {
        get
        {
            foreach (var part in _parts)
            {
                if (part.UpMethod is not null)
                {
                    return part.UpOperations;
                }
            }

            return ImmutableArray<MigrationOperation>.Empty;
        }
    }
}

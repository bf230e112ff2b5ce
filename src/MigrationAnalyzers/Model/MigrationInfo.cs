using System.Collections.Generic;
using System.Collections.Immutable;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Model;

/// <summary>A migration class, merged over its partial declarations (the migration file and its designer).</summary>
internal sealed class MigrationInfo
{
    private readonly IReadOnlyList<DeclaredClass> _parts;

    public MigrationInfo(string fullName, string name, string? id, string? contextName, IReadOnlyList<DeclaredClass> parts)
    {
        FullName = fullName;
        Name = name;
        Id = id;
        ContextName = contextName;
        _parts = parts;
    }

    public string FullName { get; }

    /// <summary>The class name, as the messages show it.</summary>
    public string Name { get; }

    public string? Id { get; }

    public string? ContextName { get; }

    public ContextModel? Context { get; internal set; }

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

using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>Which model still maps a table or column, and where.</summary>
internal sealed class MappingEvidence
{
    private MappingEvidence(string modelDescription, Location location, bool isExcludedFromMigrations)
    {
        ModelDescription = modelDescription;
        Location = location;
        IsExcludedFromMigrations = isExcludedFromMigrations;
    }

    /// <summary>Completes "which … still maps", e.g. "the snapshot of AppDbContext".</summary>
    public string ModelDescription { get; }

    /// <summary>The <c>ToTable(...)</c> or property line that maps it.</summary>
    public Location Location { get; }

    public bool IsExcludedFromMigrations { get; }

    /// <summary>
    /// The strongest evidence that dropping (<paramref name="schema"/>, <paramref name="table"/>[, <paramref name="column"/>])
    /// loses data something still maps. In <c>Up()</c>: the migration's own target model; its context's snapshot
    /// unless a later migration creates it again; another context's snapshot. In <c>Down()</c>: the previous
    /// migration's target model, then the snapshots likewise.
    /// </summary>
    public static MappingEvidence? Find(MigrationUnderAnalysis migration, string? schema, string table, string? column)
    {
        var context = migration.Context;
        if (migration.Direction == MigrationDirection.Up)
        {
            if (migration.Migration?.TargetModelThatMayMap(table, column) is { } target && Maps(target, context, schema, table, column) is { } inTarget)
            {
                return new MappingEvidence("this migration's target model", inTarget.Location, inTarget.Table.IsExcludedFromMigrations);
            }
        }
        else if (migration.Migration is { } current && context?.Previous(current) is { } previous
                 && previous.TargetModelThatMayMap(table, column) is { } previousModel
                 && Maps(previousModel, context, schema, table, column) is { } inPrevious)
        {
            return new MappingEvidence(
                $"the target model of the previous migration '{previous.Name}'",
                inPrevious.Location,
                inPrevious.Table.IsExcludedFromMigrations);
        }

        if (context is not null && !context.IsCreatedAfter(migration.Migration?.Id, schema, table, column))
        {
            foreach (var snapshot in context.Snapshots)
            {
                if (Maps(snapshot, context, schema, table, column) is { } inSnapshot)
                {
                    return new MappingEvidence($"the snapshot of {context.Name}", inSnapshot.Location, inSnapshot.Table.IsExcludedFromMigrations);
                }
            }
        }

        foreach (var other in migration.Index.Contexts)
        {
            if (other == context)
            {
                continue;
            }

            foreach (var snapshot in other.Snapshots)
            {
                if (Maps(snapshot, context, schema, table, column, other.Scope) is { } inOther)
                {
                    return new MappingEvidence($"the snapshot of {other.Name}", inOther.Location, inOther.Table.IsExcludedFromMigrations);
                }
            }
        }

        return null;
    }

    private static (MappedTable Table, Location Location)? Maps(
        MappedModel model, ContextModel? operationContext, string? schema, string table, string? column, SchemaScope? modelContextScope = null)
    {
        var modelScope = SchemaScope.Of(model, modelContextScope ?? operationContext?.Scope ?? default);

        // A migration without a known context resolves its absent schema the way the model does.
        var operationScope = operationContext?.Scope ?? modelScope;
        foreach (var mapped in model.TablesNamed(table))
        {
            if (!SchemaScope.SameSchema(schema, operationScope, mapped.Schema, modelScope))
            {
                continue;
            }

            if (column is null)
            {
                return (mapped, mapped.Syntax.GetLocation());
            }

            if (mapped.Columns.TryGetValue(column, out var syntax))
            {
                return (mapped, syntax.GetLocation());
            }
        }

        return null;
    }
}

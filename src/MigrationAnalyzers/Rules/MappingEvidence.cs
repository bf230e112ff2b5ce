using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>Which model still maps a table or column, and where.</summary>
internal sealed class MappingEvidence
{
    private MappingEvidence(string modelDescription, Location location, bool isExcludedFromMigrations, string? otherContext = null)
    {
        OtherContext = otherContext;
        ModelDescription = modelDescription;
        Location = location;
        IsExcludedFromMigrations = isExcludedFromMigrations;
    }

    /// <summary>Completes "which … still maps", e.g. "the snapshot of AppDbContext".</summary>
    public string ModelDescription { get; }

    /// <summary>The <c>ToTable(...)</c> or property line that maps it.</summary>
    public Location Location { get; }

    public bool IsExcludedFromMigrations { get; }

    /// <summary>The name of the other context whose snapshot maps it (clause (c)); <see langword="null"/> for the migration's own models.</summary>
    public string? OtherContext { get; }

    /// <summary>
    /// The strongest evidence that dropping <paramref name="target"/> (a table, or a column of it) loses data something
    /// still maps. In <c>Up()</c>: the migration's own target model; its context's snapshot unless a later migration
    /// creates it again; another context's snapshot, of a context that may share the database (<see cref="RuleContext.MayShareDatabaseWith"/>). In <c>Down()</c>: the previous migration's target model, then
    /// the snapshots likewise.
    /// </summary>
    public static MappingEvidence? Find(RuleContext rule, TableRef target)
    {
        var context = rule.Context;

        // A migration without a known context resolves its absent schema the way each model does.
        NameScope? targetScope = context is null ? null : rule.Scope;

        // Down() returns to the previous migration's model: where that model is known and lacks the target, the drop
        // restores it (Up() may have created the target in a way the analyzer does not see, such as SQL in a procedure),
        // and the context's own snapshot, which describes the newest model, is no evidence.
        var restoresPreviousModel = false;
        if (rule.Direction == MigrationDirection.Up)
        {
            if (rule.Migration?.TargetModelThatMayMap(target.Table, target.Column) is { } model && Maps(model, rule.Scope, target, targetScope) is { } inTarget)
            {
                return new MappingEvidence("this migration's target model", inTarget.Location, inTarget.Table.IsExcludedFromMigrations);
            }
        }
        else if (rule.Migration is { } current && context?.Previous(current) is { } previous)
        {
            if (previous.TargetModelThatMayMap(target.Table, target.Column) is { } previousModel
                && Maps(previousModel, rule.Scope, target, targetScope) is { } inPrevious)
            {
                return new MappingEvidence(
                    $"the target model of the previous migration '{previous.Name}'",
                    inPrevious.Location,
                    inPrevious.Table.IsExcludedFromMigrations);
            }

            restoresPreviousModel = previous.HasTargetModel;
        }

        if (context is not null && !restoresPreviousModel && !context.IsCreatedAfter(rule.Migration?.Id, target))
        {
            foreach (var snapshot in context.Snapshots)
            {
                if (Maps(snapshot, context.Scope, target, targetScope) is { } inSnapshot)
                {
                    return new MappingEvidence($"the snapshot of {context.Name}", inSnapshot.Location, inSnapshot.Table.IsExcludedFromMigrations);
                }
            }
        }

        foreach (var other in rule.Index.Contexts)
        {
            if (other == context || !rule.MayShareDatabaseWith(other))
            {
                continue;
            }

            foreach (var snapshot in other.Snapshots)
            {
                if (Maps(snapshot, other.Scope, target, targetScope) is { } inOther)
                {
                    return new MappingEvidence($"the snapshot of {other.Name}", inOther.Location, inOther.Table.IsExcludedFromMigrations, other.Name);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A table in <paramref name="schema"/> that a model still maps, for a statement that drops the schema with its
    /// tables: the migration's target model (in <c>Up()</c>), its context's snapshot, or the snapshot of a context that
    /// may share the database. A table whose schema is not known (no schema and no known default) is not counted.
    /// </summary>
    public static MappingEvidence? FindInSchema(RuleContext rule, string schema)
    {
        var context = rule.Context;
        if (rule.Direction == MigrationDirection.Up && rule.Migration?.TargetModel is { } target
            && InSchema(target, rule.Scope, schema, rule.Scope) is { } inTarget)
        {
            return new MappingEvidence($"this migration's target model (table '{inTarget.Reference}')", inTarget.Syntax.GetLocation(), inTarget.IsExcludedFromMigrations);
        }

        foreach (var candidate in rule.Index.Contexts)
        {
            var own = candidate == context;
            if (!own && !rule.MayShareDatabaseWith(candidate))
            {
                continue;
            }

            foreach (var snapshot in candidate.Snapshots)
            {
                if (InSchema(snapshot, candidate.Scope, schema, rule.Scope) is { } table)
                {
                    return new MappingEvidence(
                        $"the snapshot of {candidate.Name} (table '{table.Reference}')", table.Syntax.GetLocation(), table.IsExcludedFromMigrations, own ? null : candidate.Name);
                }
            }
        }

        return null;
    }

    private static MappedTable? InSchema(MappedModel model, NameScope modelContextScope, string schema, NameScope schemaScope)
    {
        var modelScope = model.ScopeWithin(modelContextScope);
        foreach (var table in model.Tables)
        {
            if ((table.Schema ?? modelScope.DefaultSchema) is { Length: > 0 } resolved && NameScope.SameName(schema, schemaScope, resolved, modelScope))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>
    /// Evidence that <paramref name="target"/> existed and was mapped just before the migration of <paramref name="rule"/>:
    /// the previous migration's target model maps it; where that migration has no designer, an earlier migration of the
    /// context creates it (the history of the snapshot). Together with the columns the previous model maps in the
    /// target table, where it has one.
    /// </summary>
    public static (MappingEvidence Evidence, MappedTable? Table)? FindBefore(RuleContext rule, TableRef target)
    {
        if (rule.Migration is not { Id: { } id } current || rule.Context is not { } context)
        {
            return null;
        }

        var previous = context.Previous(current);
        if (previous?.TargetModel is not null)
        {
            return previous.TargetModelThatMayMap(target.Table, target.Column) is { } model && Maps(model, rule.Scope, target, rule.Scope) is { } mapped
                ? (new MappingEvidence($"the target model of the previous migration '{previous.Name}'", mapped.Location, mapped.Table.IsExcludedFromMigrations), mapped.Table)
                : null;
        }

        return context.CreatedBefore(id, target) is { } creation
            ? (new MappingEvidence("the migrations before it", creation.Syntax.GetLocation(), isExcludedFromMigrations: false), null)
            : null;
    }

    /// <summary>
    /// The table of <paramref name="model"/> (of a context whose names resolve in <paramref name="modelContextScope"/>)
    /// that is <paramref name="target"/>'s table (written in <paramref name="targetScope"/>, the model's own where
    /// <see langword="null"/>), and where it maps the target.
    /// </summary>
    private static (MappedTable Table, Location Location)? Maps(MappedModel model, NameScope modelContextScope, TableRef target, NameScope? targetScope)
    {
        var modelScope = model.ScopeWithin(modelContextScope);
        var ownScope = targetScope ?? modelScope;
        foreach (var mapped in model.TablesNamed(target.Table))
        {
            if (!NameScope.SameTable(target, ownScope, mapped.Reference, modelScope))
            {
                continue;
            }

            if (target.Column is null)
            {
                return (mapped, mapped.Syntax.GetLocation());
            }

            if (mapped.FindColumn(target.Column, ownScope, modelScope) is { } syntax)
            {
                return (mapped, syntax.GetLocation());
            }
        }

        return null;
    }
}

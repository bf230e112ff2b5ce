using System;

namespace MigrationAnalyzers.Model;

/// <summary>How names without an explicit schema resolve in one context or model.</summary>
internal readonly struct SchemaScope
{
    public SchemaScope(DatabaseProvider provider, string? defaultSchema)
    {
        Provider = provider;
        DefaultSchema = defaultSchema ?? DatabaseProviderFacts.DefaultSchema(provider);
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The schema an absent schema means; <see langword="null"/> where that is not known.</summary>
    public string? DefaultSchema { get; }

    public static SchemaScope Of(MappedModel model, SchemaScope fallback)
        => new(model.Provider != DatabaseProvider.Unknown ? model.Provider : fallback.Provider, model.DefaultSchema);

    /// <summary>
    /// Whether two possibly absent schemas name the same schema. SQLite ignores schemas; where a default is
    /// not known, an absent schema matches any schema. Names compare case-insensitively.
    /// </summary>
    public static bool SameSchema(string? schema, SchemaScope scope, string? otherSchema, SchemaScope otherScope)
    {
        if (scope.Provider == DatabaseProvider.Sqlite || otherScope.Provider == DatabaseProvider.Sqlite)
        {
            return true;
        }

        var resolved = schema ?? scope.DefaultSchema;
        var otherResolved = otherSchema ?? otherScope.DefaultSchema;
        return resolved is null || otherResolved is null
               || string.Equals(resolved, otherResolved, StringComparison.OrdinalIgnoreCase);
    }
}

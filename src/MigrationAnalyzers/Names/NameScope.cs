using System;

namespace MigrationAnalyzers.Names;

/// <summary>
/// How names resolve and compare where they were written: the database provider and the schema an absent schema
/// means (the context's <c>HasDefaultSchema</c>, else the provider's default). This is the one equality of
/// <see cref="TableRef"/>s that every rule, approval, manifest lookup and code fix uses.
/// </summary>
/// <remarks>
/// Identifiers compare case-insensitively, as SQL Server, SQLite and MySQL (default collations) do, except on
/// PostgreSQL, where EF Core quotes every identifier, so that <c>"users"</c> and <c>"Users"</c> are two tables.
/// SQLite has no schemas to speak of. Where the default schema is not known, an absent schema matches any schema.
/// </remarks>
internal readonly struct NameScope
{
    private readonly bool _asWritten;

    public NameScope(DatabaseProvider provider, string? defaultSchema)
    {
        Provider = provider;
        DefaultSchema = defaultSchema ?? DatabaseProviderFacts.DefaultSchema(provider);
        _asWritten = false;
    }

    private NameScope(bool asWritten)
    {
        Provider = DatabaseProvider.Unknown;
        DefaultSchema = null;
        _asWritten = asWritten;
    }

    /// <summary>Nothing known: names compare case-insensitively and an absent schema matches any.</summary>
    public static NameScope Unknown => default;

    /// <summary>
    /// Names are the same only when written alike: character for character, an absent schema only with an absent one.
    /// What is the same here is the same in every scope; the analyzer uses it to settle a method before it knows the
    /// method's own scope.
    /// </summary>
    public static NameScope AsWritten { get; } = new(asWritten: true);

    public DatabaseProvider Provider { get; }

    /// <summary>The schema an absent schema means; <see langword="null"/> where that is not known.</summary>
    public string? DefaultSchema { get; }

    public bool IsCaseSensitive => Provider == DatabaseProvider.PostgreSql || _asWritten;

    /// <summary>Whether two identifiers written in this scope name the same object.</summary>
    public bool SameName(string? name, string? other) => SameName(name, this, other, this);

    /// <summary>Whether two references written in this scope name the same table (their columns are not compared).</summary>
    public bool SameTable(TableRef reference, TableRef other) => SameTable(reference, this, other, this);

    /// <summary>Whether two references written in this scope name the same table, or the same column of it.</summary>
    public bool Same(TableRef reference, TableRef other) => Same(reference, this, other, this);

    public bool SameSchema(string? schema, string? otherSchema) => SameSchema(schema, this, otherSchema, this);

    /// <summary>Whether <paramref name="reference"/> (written in <paramref name="scope"/>) and <paramref name="other"/> (in <paramref name="otherScope"/>) name the same table, or the same column of it.</summary>
    public static bool Same(TableRef reference, NameScope scope, TableRef other, NameScope otherScope)
        => SameTable(reference, scope, other, otherScope)
           && (reference.Column is null ? other.Column is null : other.Column is not null && SameName(reference.Column, scope, other.Column, otherScope));

    /// <summary>Whether two references, each written in its own scope, name the same table (their columns are not compared).</summary>
    public static bool SameTable(TableRef reference, NameScope scope, TableRef other, NameScope otherScope)
        => SameName(reference.Table, scope, other.Table, otherScope) && SameSchema(reference.Schema, scope, other.Schema, otherScope);

    /// <summary>
    /// Whether two possibly absent schemas name the same schema: each resolves to its scope's default. SQLite ignores
    /// schemas; where a default is not known, an absent schema matches any schema.
    /// </summary>
    public static bool SameSchema(string? schema, NameScope scope, string? otherSchema, NameScope otherScope)
    {
        if (scope._asWritten || otherScope._asWritten)
        {
            return string.Equals(schema, otherSchema, StringComparison.Ordinal);
        }

        if (scope.Provider == DatabaseProvider.Sqlite || otherScope.Provider == DatabaseProvider.Sqlite)
        {
            return true;
        }

        var resolved = schema ?? scope.DefaultSchema;
        var otherResolved = otherSchema ?? otherScope.DefaultSchema;
        return resolved is null || otherResolved is null || SameName(resolved, scope, otherResolved, otherScope);
    }

    /// <summary>Whether two identifiers, each written in its own scope, name the same object.</summary>
    public static bool SameName(string? name, NameScope scope, string? other, NameScope otherScope)
        => string.Equals(name, other, scope.IsCaseSensitive || otherScope.IsCaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}

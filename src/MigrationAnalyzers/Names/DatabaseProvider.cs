namespace MigrationAnalyzers.Names;

/// <summary>The database provider a model was scaffolded for, as far as its generated code tells.</summary>
internal enum DatabaseProvider
{
    Unknown = 0,
    SqlServer,
    PostgreSql,
    Sqlite,
    MySql,
}

internal static class DatabaseProviderFacts
{
    /// <summary>
    /// Recognizes a provider from an annotation name, a provider extension class name, or the value of
    /// <c>Relational:MaxIdentifierLength</c>; returns <see cref="DatabaseProvider.Unknown"/> otherwise.
    /// </summary>
    public static DatabaseProvider FromAnnotationOrTypeName(string text)
    {
        if (text.StartsWith("SqlServer", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.SqlServer;
        }

        if (text.StartsWith("Npgsql", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.PostgreSql;
        }

        if (text.StartsWith("Sqlite", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.Sqlite;
        }

        if (text.StartsWith("MySql", System.StringComparison.Ordinal) || text.StartsWith("Pomelo", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.MySql;
        }

        return DatabaseProvider.Unknown;
    }

    public static DatabaseProvider FromMaxIdentifierLength(int length) => length switch
    {
        128 => DatabaseProvider.SqlServer,
        63 => DatabaseProvider.PostgreSql,
        64 => DatabaseProvider.MySql,
        _ => DatabaseProvider.Unknown,
    };

    /// <summary>
    /// The schema a table without an explicit schema lands in: <c>""</c> where the provider has no schemas
    /// to speak of, <see langword="null"/> where it is not known.
    /// </summary>
    public static string? DefaultSchema(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.SqlServer => "dbo",
        DatabaseProvider.PostgreSql => "public",
        DatabaseProvider.MySql => "",
        DatabaseProvider.Sqlite => "",
        _ => null,
    };
}

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

/// <summary>Which of the two MySQL providers: they differ in what <c>DropSchema</c> does.</summary>
internal enum MySqlPackage
{
    Unknown = 0,

    /// <summary>Pomelo.EntityFrameworkCore.MySql: <c>UseMySql</c>, <c>MySql:</c> annotations; <c>DropSchema</c> generates nothing.</summary>
    Pomelo,

    /// <summary>Oracle's MySql.EntityFrameworkCore: <c>UseMySQL</c>, <c>MySQL:</c> annotations; <c>DropSchema</c> generates <c>DROP SCHEMA</c>, which is <c>DROP DATABASE</c>.</summary>
    Oracle,
}

internal static class DatabaseProviderFacts
{
    /// <summary>
    /// The provider a <c>DbContextOptionsBuilder</c> extension method configures (<c>UseSqlServer</c>, <c>UseAzureSql</c>,
    /// <c>UseAzureSynapse</c>, <c>UseNpgsql</c>, <c>UseSqlite</c>, Pomelo's <c>UseMySql</c>, Oracle's <c>UseMySQL</c>).
    /// </summary>
    public static (DatabaseProvider Provider, MySqlPackage Package) FromConfigurationMethod(string methodName) => methodName switch
    {
        "UseSqlServer" or "UseAzureSql" or "UseAzureSynapse" => (DatabaseProvider.SqlServer, MySqlPackage.Unknown),
        "UseNpgsql" => (DatabaseProvider.PostgreSql, MySqlPackage.Unknown),
        "UseSqlite" => (DatabaseProvider.Sqlite, MySqlPackage.Unknown),
        "UseMySql" => (DatabaseProvider.MySql, MySqlPackage.Pomelo),
        "UseMySQL" => (DatabaseProvider.MySql, MySqlPackage.Oracle),
        _ => (DatabaseProvider.Unknown, MySqlPackage.Unknown),
    };

    /// <summary>
    /// A provider from a store type that only one provider's models write (see tests/Fixtures/ProviderFingerprints/FINDINGS.md):
    /// SQLite's upper-case affinities, SQL Server's <c>nvarchar</c>, PostgreSQL's <c>character varying</c>, MySQL's <c>longtext</c>.
    /// Types several providers write (<c>int</c>, <c>bigint</c>, <c>decimal(18,2)</c>) give nothing.
    /// </summary>
    public static DatabaseProvider FromStoreType(string storeType)
    {
        switch (storeType)
        {
            case "INTEGER" or "TEXT" or "REAL" or "BLOB":
                return DatabaseProvider.Sqlite;
            case "datetime2" or "datetimeoffset" or "uniqueidentifier" or "nvarchar(max)" or "varbinary(max)" or "rowversion" or "ntext":
                return DatabaseProvider.SqlServer;
            case "boolean" or "uuid" or "bytea" or "timestamp with time zone" or "timestamp without time zone" or "double precision" or "jsonb":
                return DatabaseProvider.PostgreSql;
            case "longtext" or "longblob" or "tinyint(1)" or "char(36)" or "datetime(6)" or "mediumtext":
                return DatabaseProvider.MySql;
        }

        if (storeType.StartsWith("nvarchar(", System.StringComparison.Ordinal) || storeType.StartsWith("nchar(", System.StringComparison.Ordinal) || storeType.StartsWith("datetime2(", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.SqlServer;
        }

        if (storeType.StartsWith("character varying", System.StringComparison.Ordinal) || storeType.StartsWith("numeric(", System.StringComparison.Ordinal))
        {
            return DatabaseProvider.PostgreSql;
        }

        return DatabaseProvider.Unknown;
    }

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

        // Pomelo writes MySql:CharSet and MySqlModelBuilderExtensions; Oracle's MySql.EntityFrameworkCore MySQL:Charset.
        if (text.StartsWith("MySql", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("Pomelo", System.StringComparison.Ordinal))
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

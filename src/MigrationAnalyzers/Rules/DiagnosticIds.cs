using MigrationAnalyzers.Infrastructure;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// Rule ids. MIG1xxx: data loss (a migration destroys data something still uses).
/// MIG2xxx: configuration and approvals.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A migration drops a table that a model still maps.</summary>
    public const string DropTableOfMappedTable = "MIG1001";

    /// <summary>A migration drops a column that a model still maps.</summary>
    public const string DropColumnOfMappedColumn = "MIG1002";

    /// <summary>A migration drops, renames or alters a table that an exclusion manifest protects.</summary>
    public const string ChangeOfProtectedTable = "MIG1003";

    /// <summary>Raw SQL in a migration drops, truncates or empties a table (or drops a column or schema) that is still in use.</summary>
    public const string RawSqlDataLoss = "MIG1004";

    /// <summary>A migration drops a column or table and adds one that looks like it renamed: the values are lost.</summary>
    public const string RenamedAsDropAndAdd = "MIG1006";

    /// <summary>A migration drops a table that no migration model maps but the application's code still does.</summary>
    public const string DropTableMappedBySource = "MIG1007";

    /// <summary>A line of an exclusion manifest cannot be read.</summary>
    public const string InvalidManifestLine = "MIG2001";

    /// <summary>Configuration that cannot be right: a name in <c>migration_analyzers.isolated_contexts</c> or a baseline that matches nothing.</summary>
    public const string InvalidConfiguration = "MIG2003";
    /// <summary>A migration drops a table or column without an <c>[ApprovedDataLoss]</c> (off by default).</summary>
    public const string DropWithoutApproval = "MIG1005";

    /// <summary>An <c>[ApprovedDataLoss]</c> matches nothing its migration drops or renames.</summary>
    public const string StaleApproval = "MIG2002";

    /// <summary>The project has DbContext types but no migrations: the package belongs in the project that holds them.</summary>
    public const string NoMigrationsInProject = "MIG2004";

    /// <summary>Where the rule pages of every version are: <see cref="HelpLink"/> adds the ref and the page.</summary>
    public const string DocsRepository = "https://github.com/migration-analyzers/MigrationAnalyzers/blob/";

    /// <summary>
    /// The page that documents a rule, in the version of the docs this build comes with:
    /// <c>https://github.com/migration-analyzers/MigrationAnalyzers/blob/{DocsRef}/docs/rules/{id}.md</c>, where
    /// <see cref="BuildInfo.DocsRef"/> is the commit the build comes from, else the tag <c>v{Version}</c>
    /// (src/DocsRef.targets generates it; README.md, "Help links").
    /// </summary>
    public static string HelpLink(string id) => $"{DocsRepository}{BuildInfo.DocsRef}/docs/rules/{id}.md";
}

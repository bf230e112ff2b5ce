using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Rules;

/// <summary>Every diagnostic the package reports, in one place.</summary>
internal static class Descriptors
{
    private const string DataLoss = "DataLoss";
    private const string Configuration = "Configuration";

    /// <summary>MIG1001: a migration drops a table that a model still maps.</summary>
    public static readonly DiagnosticDescriptor Mig1001_DropTableOfMappedTable = new(
        DiagnosticIds.DropTableOfMappedTable,
        title: "Migration drops a table that a model still maps",
        messageFormat: "Migration '{0}' drops table '{1}'{2}, which {3} still maps{4}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The migration drops a table that is still mapped by its own target model, by the snapshot of its DbContext, or by another DbContext's snapshot. Applying it deletes rows the application still reads.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DropTableOfMappedTable));

    /// <summary>MIG1002: a migration drops a column that a model still maps.</summary>
    public static readonly DiagnosticDescriptor Mig1002_DropColumnOfMappedColumn = new(
        DiagnosticIds.DropColumnOfMappedColumn,
        title: "Migration drops a column that a model still maps",
        messageFormat: "Migration '{0}' drops column '{1}'{2}, which {3} still maps{4}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The migration drops a column that is still mapped by its own target model, by the snapshot of its DbContext, or by another DbContext's snapshot. Applying it deletes values the application still reads.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DropColumnOfMappedColumn));

    /// <summary>MIG1003: a migration drops, renames or alters a table that an exclusion manifest protects.</summary>
    public static readonly DiagnosticDescriptor Mig1003_ChangeOfProtectedTable = new(
        DiagnosticIds.ChangeOfProtectedTable,
        title: "Migration changes a table managed outside EF Core",
        messageFormat: "Migration '{0}' {1} '{2}'{3}, which is protected by {4}{5}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The migration drops or renames a table, a column of it, or its schema, although an exclusion manifest (MigrationExclusions.txt), one of its presets, or EF Core's own migrations history table says that something other than this migration history manages it.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ChangeOfProtectedTable));

    /// <summary>MIG1004: raw SQL in a migration destroys data that a model maps or a manifest protects.</summary>
    public static readonly DiagnosticDescriptor Mig1004_RawSqlDataLoss = new(
        DiagnosticIds.RawSqlDataLoss,
        title: "Raw SQL in a migration destroys data that is still in use",
        messageFormat: "Migration '{0}' runs SQL that {1} '{2}'{3}, which {4}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A constant SQL string passed to migrationBuilder.Sql(...) drops, truncates or deletes every row of a table, or drops a column or schema, that a model still maps or an exclusion manifest protects.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawSqlDataLoss));

    /// <summary>MIG2001: a line of an exclusion manifest cannot be read.</summary>
    public static readonly DiagnosticDescriptor Mig2001_InvalidManifestLine = new(
        DiagnosticIds.InvalidManifestLine,
        title: "Exclusion manifest line cannot be read",
        messageFormat: "This exclusion manifest line is ignored: {0}",
        category: Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A line of MigrationExclusions.txt names an unknown preset, has an empty or invalid pattern, or an unterminated quote. The line protects nothing; the rest of the file still applies.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.InvalidManifestLine));

    /// <summary>MIG2003: an analyzer option names something the compilation does not have.</summary>
    public static readonly DiagnosticDescriptor Mig2003_InvalidConfiguration = new(
        DiagnosticIds.InvalidConfiguration,
        title: "Analyzer configuration matches nothing in the compilation",
        messageFormat: "{0} = {1}: {2}",
        category: Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A migration_analyzers option in .editorconfig or a .globalconfig names a DbContext (isolated_contexts) or a migration id (baseline) that the compilation does not have. The option then does nothing, silently. Reported once per compilation.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.InvalidConfiguration),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
    /// <summary>MIG1005: a migration drops a table or column without an approval (off by default).</summary>
    public static readonly DiagnosticDescriptor Mig1005_DropWithoutApproval = new(
        DiagnosticIds.DropWithoutApproval,
        title: "Migration drops a table or column without an approval",
        messageFormat: "Migration '{0}' drops {1} without an [ApprovedDataLoss] approval",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: "Every DropTable and DropColumn in a migration's Up() needs an [ApprovedDataLoss] on the migration class, whether or not a model still maps it. Enable this rule to reject unreviewed drops in CI.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DropWithoutApproval));

    /// <summary>MIG1006: a migration drops a column or table and adds one that looks like it renamed.</summary>
    public static readonly DiagnosticDescriptor Mig1006_RenamedAsDropAndAdd = new(
        DiagnosticIds.RenamedAsDropAndAdd,
        title: "Migration drops and adds what looks like a renamed column or table",
        messageFormat: "Migration '{0}' drops {1} '{2}' and adds '{3}'{4}: {5}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "EF Core scaffolds a renamed property whose store type, length or nullability also changed, or a renamed entity class, as a drop and an add. Up() drops a column (or table) the previous model maps and adds one of the same table with a related name or a moved index (or a table with the same columns). If it is a rename, applying the migration loses every value; RenameColumn (RenameTable) keeps them.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RenamedAsDropAndAdd));

    /// <summary>MIG1007: a migration drops a table that no migration model maps but the application's code still does.</summary>
    public static readonly DiagnosticDescriptor Mig1007_DropTableMappedBySource = new(
        DiagnosticIds.DropTableMappedBySource,
        title: "Migration drops a table that the application's code still maps",
        messageFormat: "Migration '{0}' drops table '{1}', which no migration model maps but {2} still does ({3}): {4}",
        category: DataLoss,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The migration drops a table that neither its target model nor any snapshot maps, but the compilation's own code does: a ToTable in an IEntityTypeConfiguration or OnModelCreating, a [Table] attribute, or a DbSet property of a DbContext. Typically the configuration is no longer applied, or the entity moved to a DbContext that has no migrations. Applying the migration deletes rows that code still reads.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DropTableMappedBySource));

    /// <summary>MIG2002: an approval matches nothing its migration drops or renames.</summary>
    public static readonly DiagnosticDescriptor Mig2002_StaleApproval = new(
        DiagnosticIds.StaleApproval,
        title: "Approval matches no drop in its migration",
        messageFormat: "[ApprovedDataLoss] approves dropping '{0}', but migration '{1}' neither drops nor renames it",
        category: "Approvals",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An [ApprovedDataLoss] that matches no DropTable, DropColumn, rename or raw-SQL drop in its migration approves nothing today, and would silently approve the next real drop of that table or column. Remove it or correct its names.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.StaleApproval));

    /// <summary>MIG2004: the project has DbContext types but no migrations (Info).</summary>
    public static readonly DiagnosticDescriptor Mig2004_NoMigrationsInProject = new(
        DiagnosticIds.NoMigrationsInProject,
        title: "The package is installed where there are no migrations",
        messageFormat: "'{0}' is a DbContext, but this project holds no migrations: MigrationAnalyzers checks the project that contains them (the context's MigrationsAssembly), so install the package there",
        category: Configuration,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The project declares DbContext types but no migration and no model snapshot, so no rule has anything to check. When the migrations live in another project (MigrationsAssembly), add the package to that project.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NoMigrationsInProject),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}

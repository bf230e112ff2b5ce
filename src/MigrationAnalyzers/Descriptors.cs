using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers;

/// <summary>Every diagnostic the package reports, in one place.</summary>
internal static class Descriptors
{
    private const string DataLoss = "DataLoss";

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
}

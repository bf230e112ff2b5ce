namespace MigrationAnalyzers.Rules;

/// <summary>Pieces of the data-loss messages that several rules share.</summary>
internal static class MessageParts
{
    public static string Model(MappingEvidence evidence)
        => evidence.IsExcludedFromMigrations
            ? evidence.ModelDescription + " (as a table excluded from its migrations)"
            : evidence.ModelDescription;

    /// <summary>
    /// After "still maps" when another context's snapshot is the evidence: how to say that the two contexts use
    /// different databases, e.g. " (if ReportingDbContext uses another database, list it in migration_analyzers.isolated_contexts)".
    /// </summary>
    public static string IsolationHint(MappingEvidence evidence)
        => evidence.OtherContext is { } other
            ? $" (if {other} uses another database, list it in {Configuration.IsolatedContexts.OptionName})"
            : string.Empty;
}

namespace MigrationAnalyzers.Rules;

/// <summary>Pieces of the data-loss messages that several rules share.</summary>
internal static class MessageParts
{
    public static string Model(MappingEvidence evidence)
        => evidence.IsExcludedFromMigrations
            ? evidence.ModelDescription + " (as a table excluded from its migrations)"
            : evidence.ModelDescription;
}

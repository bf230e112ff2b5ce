namespace TableRenameHistories.Model;

/// <summary>
/// Design-time switches read from environment variables (set by regenerate.sh): FIXTURE_STEP selects the model
/// version (1 or 2), FIXTURE_VARIANT how step 2 renames the tables, FIXTURE_PROVIDER the provider.
/// </summary>
public static class FixtureSettings
{
    public const int LatestStep = 2;

    public static int Step =>
        int.TryParse(Environment.GetEnvironmentVariable("FIXTURE_STEP"), out var step) ? step : LatestStep;

    /// <summary>
    /// <c>Scaffolded</c>: step 2 renames the classes with their tables (EF scaffolds DropTable + CreateTable);
    /// <c>Renamed</c>: step 2 renames only the tables (EF scaffolds its RenameTable block).
    /// </summary>
    public static string Variant =>
        Environment.GetEnvironmentVariable("FIXTURE_VARIANT") is { Length: > 0 } v ? v : "Scaffolded";

    public static string Provider =>
        Environment.GetEnvironmentVariable("FIXTURE_PROVIDER") is { Length: > 0 } p ? p : "SqlServer";
}

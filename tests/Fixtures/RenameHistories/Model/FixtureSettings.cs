namespace RenameHistories.Model;

/// <summary>
/// Design-time switches read from environment variables (set by regenerate.sh).
/// FIXTURE_STEP selects the model version (1..15); FIXTURE_PROVIDER selects the provider.
/// </summary>
public static class FixtureSettings
{
    public const int LatestStep = 15;

    public static int Step =>
        int.TryParse(Environment.GetEnvironmentVariable("FIXTURE_STEP"), out var step) ? step : LatestStep;

    public static string Provider =>
        Environment.GetEnvironmentVariable("FIXTURE_PROVIDER") is { Length: > 0 } p ? p : "SqlServer";
}

namespace TopologyHistories;

/// <summary>
/// FIXTURE_STEP (set by regenerate.sh) selects the model version of a scenario; each scenario numbers its own
/// steps from 1. Without the variable every scenario is at its latest step.
/// </summary>
public static class FixtureSettings
{
    public static int Step =>
        int.TryParse(Environment.GetEnvironmentVariable("FIXTURE_STEP"), out var step) ? step : int.MaxValue;
}

namespace TopologyHistories.SameSimpleName.Model;

/// <summary>
/// FIXTURE_STEP (set by regenerate.sh) selects the model version; the scenario numbers its steps from 1.
/// Without the variable the model is at its latest step.
/// </summary>
public static class FixtureSettings
{
    public static int Step =>
        int.TryParse(Environment.GetEnvironmentVariable("FIXTURE_STEP"), out var step) ? step : int.MaxValue;
}

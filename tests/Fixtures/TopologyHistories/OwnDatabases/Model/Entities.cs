namespace TopologyHistories.OwnDatabases.Model;

public class Project
{
    public int Id { get; set; }
    public string Title { get; set; }
    public List<WorkItem> WorkItems { get; set; } = new();
}

public class WorkItem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; }
    public string Summary { get; set; }
    public bool Done { get; set; }
}

public class FeatureFlag
{
    public int Id { get; set; }
    public string Name { get; set; }
    public bool Enabled { get; set; }
}

/// <summary>Mapped by AppDataContext at step 1, by SettingsContext from step 2 on: the table moved to settings.db.</summary>
public class UserPreference
{
    public int Id { get; set; }
    public string UserName { get; set; }
    public string Theme { get; set; }
}

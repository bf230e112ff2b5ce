using Microsoft.EntityFrameworkCore;

namespace TopologyHistories.OwnDatabases.Model;

/// <summary>The application's data, in its own SQLite file app.db.</summary>
public class AppDataContext : DbContext
{
    public DbSet<Project> Projects { get; set; }
    public DbSet<WorkItem> WorkItems { get; set; }
    public DbSet<UserPreference> UserPreferences { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlite("Data Source=app.db");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // UserPreference: moved to SettingsContext (settings.db) at step 2.
        if (FixtureSettings.Step >= 2)
        {
            modelBuilder.Ignore<UserPreference>();
        }
    }
}

using Microsoft.EntityFrameworkCore;

namespace TopologyHistories.OwnDatabases.Model;

/// <summary>Settings, in a SQLite file of their own, settings.db: no table of it is a table of app.db.</summary>
public class SettingsContext : DbContext
{
    public DbSet<FeatureFlag> FeatureFlags { get; set; }
    public DbSet<UserPreference> UserPreferences { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlite("Data Source=settings.db");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // UserPreference: taken over from AppDataContext at step 2.
        if (FixtureSettings.Step < 2)
        {
            modelBuilder.Ignore<UserPreference>();
        }
    }
}

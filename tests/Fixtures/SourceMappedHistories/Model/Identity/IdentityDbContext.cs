using Microsoft.EntityFrameworkCore;

namespace SourceMappedHistories.Model.Identity;

/// <summary>
/// Split out of AppDbContext in v2. It has NO migrations: <see cref="Initialize"/> creates its tables
/// with EnsureCreated. So no snapshot or Designer maps its tables; only this source does.
/// </summary>
public class IdentityDbContext : DbContext
{
    public IdentityDbContext(DbContextOptions<IdentityDbContext> options)
        : base(options)
    {
    }

    public DbSet<Profile> Profiles { get; set; }
    public DbSet<ApiKey> ApiKeys { get; set; }
    public DbSet<Device> Devices { get; set; }
    public DbSet<Session> Sessions { get; set; }

    public static void Initialize(IdentityDbContext context) => context.Database.EnsureCreated();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Profile>(b =>
        {
            b.ToTable("profiles");
            b.HasIndex(p => p.UserId).IsUnique();
        });

        // A new table name: the DbSet name "Sessions" names no table.
        modelBuilder.Entity<Session>().ToTable("auth_sessions");
    }
}

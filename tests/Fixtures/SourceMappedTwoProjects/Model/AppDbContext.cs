using Microsoft.EntityFrameworkCore;
using SourceMappedTwoProjects.Model.Configurations;
#if FIXTURE_V1
using SourceMappedTwoProjects.Model.Identity;
using SourceMappedTwoProjects.Model.Legacy;
using SourceMappedTwoProjects.Model.Users;
#endif

namespace SourceMappedTwoProjects.Model;

/// <summary>
/// The only context with migrations; they live in the SourceMappedTwoProjects.Migrations project. In v1
/// it mapped every table; in v2 the identity and legacy tables moved to contexts without migrations,
/// and <see cref="Users.UserConfiguration"/> stopped being applied. The v1-only lines are in "#if FIXTURE_V1".
/// </summary>
public class AppDbContext : DbContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    public DbSet<Order> Orders { get; set; }

#if FIXTURE_V1
    public DbSet<User> Users { get; set; }
    public DbSet<Profile> Profiles { get; set; }
    public DbSet<Device> Devices { get; set; }
    public DbSet<Session> Sessions { get; set; }
    public DbSet<LegacyItem> LegacyItems { get; set; }
    public DbSet<Coupon> Coupons { get; set; }
#endif

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
#if FIXTURE_V1
        // v1: every IEntityTypeConfiguration of the assembly (OrderConfiguration and UserConfiguration).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.Entity<Profile>().ToTable("user_profiles");
#else
        // v2: only the configurations of this context's own namespace. UserConfiguration lives in
        // SourceMappedTwoProjects.Model.Users and is no longer applied by any context.
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(AppDbContext).Assembly,
            type => type.Namespace == typeof(OrderConfiguration).Namespace);
#endif
    }
}

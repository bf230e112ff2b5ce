using Microsoft.EntityFrameworkCore;
using SourceMappedHistories.Model.Configurations;
#if FIXTURE_V1
using SourceMappedHistories.Model.Identity;
using SourceMappedHistories.Model.Reporting;
using SourceMappedHistories.Model.Users;
#endif

namespace SourceMappedHistories.Model;

/// <summary>
/// The only context with migrations (Migrations/&lt;Provider&gt;/App). In v1 it mapped every table; v2 is a
/// refactor that split the identity and reporting tables out into contexts that have no migrations, and
/// lost <see cref="Users.UserConfiguration"/> on the way. The v1-only lines are in "#if FIXTURE_V1" blocks.
/// </summary>
public class AppDbContext : DbContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    public DbSet<Order> Orders { get; set; }

    /// <summary>Badge is [NotMapped] since v2, so this DbSet no longer maps anything (EF drops "Badges").</summary>
    public DbSet<Badge> Badges { get; set; }

#if FIXTURE_V1
    public DbSet<User> Users { get; set; }
    public DbSet<Profile> Profiles { get; set; }
    public DbSet<ApiKey> ApiKeys { get; set; }
    public DbSet<Device> Devices { get; set; }
    public DbSet<Session> Sessions { get; set; }
    public DbSet<Permission> Permissions { get; set; }
    public DbSet<Coupon> Coupons { get; set; }
    public DbSet<OrderSummary> OrderSummaries { get; set; }
    public DbSet<ExchangeRate> ExchangeRates { get; set; }
    public DbSet<TopCustomer> TopCustomers { get; set; }
#endif

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
#if FIXTURE_V1
        // v1: every IEntityTypeConfiguration of the assembly (OrderConfiguration and UserConfiguration).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        modelBuilder.Entity<Profile>().ToTable("profiles");
        modelBuilder.Entity<Permission>().ToTable("permissions", "security");
#else
        // v2: only the configurations of this context's own namespace. UserConfiguration lives in
        // SourceMappedHistories.Model.Users and is no longer applied by any context.
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(AppDbContext).Assembly,
            type => type.Namespace == typeof(OrderConfiguration).Namespace);
#endif
    }
}

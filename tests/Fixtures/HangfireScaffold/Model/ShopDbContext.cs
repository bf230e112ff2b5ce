using HangfireScaffold.Model.HangfirePostgres;
using HangfireScaffold.Model.HangfireSqlServer;
using Microsoft.EntityFrameworkCore;

namespace HangfireScaffold.Model;

/// <summary>
/// The context a database-first `dotnet ef dbcontext scaffold` produced for a shop database that
/// also holds Hangfire's job storage, so it maps Hangfire's tables next to the app's own ones.
/// The team then switched to code-first migrations (v1 = Initial), later deleted the Hangfire
/// entity classes (v2: EF scaffolds DropTable for every Hangfire table), and then kept working
/// on their own tables (v3).
/// </summary>
public partial class ShopDbContext : DbContext
{
    public ShopDbContext(DbContextOptions<ShopDbContext> options)
        : base(options)
    {
    }

    public virtual DbSet<Customer> Customers { get; set; }

    public virtual DbSet<Order> Orders { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;
        var isSqlServer = Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer";

        modelBuilder.Entity<Customer>(entity =>
        {
            entity.Property(e => e.Name).HasMaxLength(200);
            entity.Property(e => e.Email).HasMaxLength(256);
        });

        modelBuilder.Entity<Order>(entity =>
        {
            entity.HasIndex(e => e.CustomerId, "IX_Orders_CustomerId");

            entity.Property(e => e.Total).HasPrecision(18, 2);

            // v3: the routine change after the drop (AddColumn TrackingNumber on Orders).
            if (step >= 3)
            {
                entity.Property(e => e.TrackingNumber).HasMaxLength(64);
            }
            else
            {
                entity.Ignore(e => e.TrackingNumber);
            }

            entity.HasOne(d => d.Customer).WithMany(p => p.Orders)
                .HasForeignKey(d => d.CustomerId);
        });

        // Hangfire's job storage, scaffolded along with the app's tables (v1). From v2 on the
        // entity classes are "deleted": they are left out of the model.
        var hangfireTypes = isSqlServer ? HangfireSqlServerMapping.EntityTypes : HangfirePostgresMapping.EntityTypes;
        if (step >= 2)
        {
            foreach (var type in hangfireTypes)
            {
                modelBuilder.Ignore(type);
            }
        }
        else if (isSqlServer)
        {
            HangfireSqlServerMapping.Configure(modelBuilder);
        }
        else
        {
            HangfirePostgresMapping.Configure(modelBuilder);
        }
    }
}

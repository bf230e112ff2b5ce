using Microsoft.EntityFrameworkCore;
using ShopSample.Domain;

namespace ShopSample.Data;

public class ShopDbContext : DbContext
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<Coupon> Coupons => Set<Coupon>();
    public DbSet<Shipment> Shipments => Set<Shipment>();

    // No database is opened by the sample; the connection string only tells EF which provider to use.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlite("Data Source=shop.db");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Only the shop's own configurations: the assembly also holds the reporting module's.
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(ShopDbContext).Assembly,
            t => t.Namespace == "ShopSample.Data.Configurations");
    }
}

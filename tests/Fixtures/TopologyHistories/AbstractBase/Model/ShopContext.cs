using Microsoft.EntityFrameworkCore;

namespace TopologyHistories.AbstractBase.Model;

/// <summary>
/// The shop's model, shared by one context per provider. Until the split (steps 1 and 2) this was the only
/// context: concrete, on SQL Server, with its history in AbstractBase/Migrations. That history is still in
/// the project, dead: no concrete context has this exact type, so EF never applies it again.
/// (regenerate.sh scaffolds steps 1 and 2 from a copy in which this class is concrete and configures
/// SQL Server in OnConfiguring.)
/// </summary>
public abstract class ShopContext : DbContext
{
    public DbSet<Customer> Customers { get; set; }
    public DbSet<Order> Orders { get; set; }
    public DbSet<Coupon> Coupons { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;

        // Coupon: removed at step 2 (legacy RemoveCoupons), back at step 3 in both per-provider histories.
        if (step == 2)
        {
            modelBuilder.Ignore<Coupon>();
        }

        // Customer.Fax: removed at step 4. Only ShopSqlServerContext got a migration for it.
        if (step >= 4)
        {
            modelBuilder.Entity<Customer>().Ignore(c => c.Fax);
        }
    }
}

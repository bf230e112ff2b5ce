using Microsoft.EntityFrameworkCore;
using TopologyHistories.SameSimpleName.Model;

namespace Catalog.Data;

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; }
    public List<ProductNote> Notes { get; set; } = new();
}

/// <summary>Table dbo.Notes: Catalog's, removed at step 2. Not the table billing.Notes of the billing module.</summary>
public class ProductNote
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product Product { get; set; }
    public string Text { get; set; }
}

/// <summary>Table billing.Currencies, taken over from Billing.Data.AppDbContext at step 2.</summary>
public class Currency
{
    public int Id { get; set; }
    public string Code { get; set; }
    public string Symbol { get; set; }
}

/// <summary>
/// The catalog module's context. Same simple name as <c>Billing.Data.AppDbContext</c>, same SQL Server database
/// ("Modular"), no default schema (dbo).
/// </summary>
public class AppDbContext : DbContext
{
    public DbSet<Product> Products { get; set; }
    public DbSet<ProductNote> Notes { get; set; }
    public DbSet<Currency> Currencies { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlServer("Server=localhost;Database=Modular;User Id=sa;Password=dummy;TrustServerCertificate=True");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;

        // ProductNote (dbo.Notes): removed at step 2.
        // Product.Notes is a navigation, so it goes first, then the entity.
        if (step >= 2)
        {
            modelBuilder.Entity<Product>().Ignore(p => p.Notes);
            modelBuilder.Ignore<ProductNote>();
        }

        // Currency: taken over at step 2, keeping its physical table billing.Currencies.
        if (step >= 2)
        {
            modelBuilder.Entity<Currency>().ToTable("Currencies", "billing");
        }
        else
        {
            modelBuilder.Ignore<Currency>();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using TopologyHistories.SameSimpleName.Model;

namespace Billing.Data;

public class Invoice
{
    public int Id { get; set; }
    public string Number { get; set; }
    public List<InvoiceNote> Notes { get; set; } = new();
}

/// <summary>Table billing.Notes: Billing's own, never dropped.</summary>
public class InvoiceNote
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public Invoice Invoice { get; set; }
    public string Text { get; set; }
}

/// <summary>Table billing.Currencies: Billing's at step 1, handed over to Catalog.Data.AppDbContext at step 2.</summary>
public class Currency
{
    public int Id { get; set; }
    public string Code { get; set; }
    public string Symbol { get; set; }
}

/// <summary>
/// The billing module's context. Same simple name as <c>Catalog.Data.AppDbContext</c>, same SQL Server database
/// ("Modular"), its tables in schema billing.
/// </summary>
public class AppDbContext : DbContext
{
    public DbSet<Invoice> Invoices { get; set; }
    public DbSet<InvoiceNote> Notes { get; set; }
    public DbSet<Currency> Currencies { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlServer("Server=localhost;Database=Modular;User Id=sa;Password=dummy;TrustServerCertificate=True");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("billing");

        // Currency: the catalog module owns the table from step 2 on (it stays billing.Currencies).
        if (FixtureSettings.Step >= 2)
        {
            modelBuilder.Ignore<Currency>();
        }
    }
}

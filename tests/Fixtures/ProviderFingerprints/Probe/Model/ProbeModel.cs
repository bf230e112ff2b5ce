using Microsoft.EntityFrameworkCore;

namespace ProviderFingerprints.Model;

/// <summary>One entity with the CLR types whose store types differ most between providers.</summary>
public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Code { get; set; }
    public string Fax { get; set; }
    public DateTime CreatedAt { get; set; }
    public decimal CreditLimit { get; set; }
    public bool IsActive { get; set; }
    public Guid ExternalId { get; set; }
    public List<Order> Orders { get; set; } = new();
}

public class Order
{
    public long Id { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
}

/// <summary>
/// The probe context. Its provider comes from the design-time factory of the project it is compiled into
/// (Probe/Ef10: SQL Server, Npgsql, SQLite, Oracle's MySQL provider; Probe/Ef9: Pomelo), chosen by FIXTURE_PROVIDER.
/// </summary>
public class ProbeContext : DbContext
{
    public ProbeContext(DbContextOptions<ProbeContext> options)
        : base(options)
    {
    }

    public DbSet<Customer> Customers { get; set; }
    public DbSet<Order> Orders { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(b =>
        {
            b.Property(c => c.Code).HasMaxLength(20).IsRequired();
            b.Property(c => c.CreditLimit).HasPrecision(18, 2);
            b.HasIndex(c => c.Code).IsUnique();
        });
    }
}

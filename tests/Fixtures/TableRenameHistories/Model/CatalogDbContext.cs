using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TableRenameHistories.Model;

/// <summary>
/// Two tables renamed in one step, each with what EF renames around a table: <c>purchasing.Suppliers</c> (identity key,
/// an alternate key, a check constraint named after the table, an index, a foreign key to Countries, a self-reference,
/// and Products' foreign key to it) becomes <c>purchasing.Vendors</c>; <c>OrderLines</c> (composite key, an index)
/// becomes <c>InvoiceLines</c>. FIXTURE_VARIANT chooses how (README.md).
/// </summary>
public class CatalogDbContext : DbContext
{
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var renamed = FixtureSettings.Step >= 2;
        var classesRenamed = renamed && FixtureSettings.Variant == "Scaffolded";

        modelBuilder.Entity<Country>(b => b.Property(c => c.Name).HasMaxLength(50).IsRequired());

        var supplier = classesRenamed ? typeof(Vendor) : typeof(Supplier);
        if (classesRenamed)
        {
            modelBuilder.Ignore<Supplier>();
            modelBuilder.Entity<Vendor>(b => ConfigureSupplier(b, "Vendors"));
            modelBuilder.Ignore<OrderLine>();
            modelBuilder.Entity<InvoiceLine>(b => ConfigureLine(b, "InvoiceLines"));
        }
        else
        {
            modelBuilder.Ignore<Vendor>();
            modelBuilder.Entity<Supplier>(b => ConfigureSupplier(b, renamed ? "Vendors" : "Suppliers"));
            modelBuilder.Ignore<InvoiceLine>();
            modelBuilder.Entity<OrderLine>(b => ConfigureLine(b, renamed ? "InvoiceLines" : "OrderLines"));
        }

        modelBuilder.Entity<Product>(b =>
        {
            b.Property(p => p.Name).HasMaxLength(100).IsRequired();
            b.HasOne(supplier).WithMany().HasForeignKey(nameof(Product.SupplierId));
        });
    }

    private static void ConfigureSupplier<T>(EntityTypeBuilder<T> b, string table)
        where T : class
    {
        b.ToTable(table, "purchasing", t => t.HasCheckConstraint($"CK_{table}_Code", "Code <> ''"));
        b.Property<string>("Code").HasMaxLength(10).IsRequired();
        b.HasAlternateKey("Code");
        b.Property<string>("Name").HasMaxLength(100).IsRequired();
        b.HasIndex("Name");
        b.HasOne(typeof(Country)).WithMany().HasForeignKey("CountryId");
        b.HasOne(typeof(T)).WithMany().HasForeignKey("ParentId");
    }

    private static void ConfigureLine<T>(EntityTypeBuilder<T> b, string table)
        where T : class
    {
        b.ToTable(table);
        b.HasKey("OrderId", "LineNumber");
        b.Property<string>("Item").HasMaxLength(50).IsRequired();
        b.HasIndex("Item");
    }
}

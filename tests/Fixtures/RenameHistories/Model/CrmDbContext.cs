using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RenameHistories.Model;

/// <summary>
/// One code base for the models v1..v15 (FIXTURE_STEP). Each step from v2 on changes one thing, and
/// regenerate.sh adds one migration per step; the table in README.md lists them.
/// </summary>
public class CrmDbContext : DbContext
{
    public CrmDbContext(DbContextOptions<CrmDbContext> options)
        : base(options)
    {
    }

    public DbSet<Customer> Customers { get; set; }
    public DbSet<Product> Products { get; set; }
#if FIXTURE_DBSET_CATEGORIES
    public DbSet<Category> Categories { get; set; }
#else
    public DbSet<Category> ProductCategories { get; set; }
#endif
    public DbSet<Supplier> Suppliers { get; set; }
    public DbSet<Vendor> Vendors { get; set; }
    public DbSet<Warehouse> Warehouses { get; set; }
    public DbSet<StockItem> StockItems { get; set; }
    public DbSet<Coupon> Coupons { get; set; }
    public DbSet<GiftCard> GiftCards { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;
#if FIXTURE_DBSET_CATEGORIES
        if (step >= 11)
#else
        if (step < 11)
#endif
        {
            throw new InvalidOperationException($"FIXTURE_STEP {step} needs a build with the same FIXTURE_STEP (the Categories DbSet is chosen at compile time).");
        }

        modelBuilder.Entity<Customer>(b =>
        {
            // v8: Name -> FullName (same facets).
            b.Ignore(step >= 8 ? nameof(Customer.Name) : nameof(Customer.FullName));
            b.Property(step >= 8 ? nameof(Customer.FullName) : nameof(Customer.Name)).HasMaxLength(100).IsRequired();

            // v2: Phone nvarchar(20) -> PhoneNumber nvarchar(32).
            if (step >= 2)
            {
                b.Ignore(c => c.Phone);
                b.Property(c => c.PhoneNumber).HasMaxLength(32);
            }
            else
            {
                b.Ignore(c => c.PhoneNumber);
                b.Property(c => c.Phone).HasMaxLength(20);
            }

            // v3: LoyaltyPoints int -> RewardPoints long.
            b.Ignore(step >= 3 ? nameof(Customer.LoyaltyPoints) : nameof(Customer.RewardPoints));

            // v4: AccountCode string(12), required -> AccountNumber int.
            if (step >= 4)
            {
                b.Ignore(c => c.AccountCode);
            }
            else
            {
                b.Ignore(c => c.AccountNumber);
                b.Property(c => c.AccountCode).HasMaxLength(12).IsRequired();
            }

            // v5: BirthYear int? -> YearOfBirth int.
            b.Ignore(step >= 5 ? nameof(Customer.BirthYear) : nameof(Customer.YearOfBirth));

            // v14: Fax nvarchar(20) dropped, Email nvarchar(256) added.
            if (step >= 14)
            {
                b.Ignore(c => c.Fax);
                b.Property(c => c.Email).HasMaxLength(256);
            }
            else
            {
                b.Ignore(c => c.Email);
                b.Property(c => c.Fax).HasMaxLength(20);
            }

            // v6: Address.PostCode (10) -> Address.ZipCode (16): columns Address_PostCode -> Address_ZipCode.
            b.OwnsOne(c => c.Address, a =>
            {
                a.Property(x => x.Street).HasMaxLength(100);
                a.Property(x => x.City).HasMaxLength(50);
                if (step >= 6)
                {
                    a.Ignore(x => x.PostCode);
                    a.Property(x => x.ZipCode).HasMaxLength(16);
                }
                else
                {
                    a.Ignore(x => x.ZipCode);
                    a.Property(x => x.PostCode).HasMaxLength(10);
                }
            });
            b.Navigation(c => c.Address).IsRequired();

            // v9: the owned navigation BillingAddress -> InvoiceAddress (columns BillingAddress_* -> InvoiceAddress_*).
            b.Ignore(step >= 9 ? nameof(Customer.BillingAddress) : nameof(Customer.InvoiceAddress));
            if (step >= 9)
            {
                b.OwnsOne(c => c.InvoiceAddress, ConfigureBillingAddress);
                b.Navigation(c => c.InvoiceAddress).IsRequired();
            }
            else
            {
                b.OwnsOne(c => c.BillingAddress, ConfigureBillingAddress);
                b.Navigation(c => c.BillingAddress).IsRequired();
            }
        });

        modelBuilder.Entity<Product>(b =>
        {
            b.Property(p => p.Name).HasMaxLength(100).IsRequired();

            // v7: Sku nvarchar(20) with a unique index -> ProductCode nvarchar(32) with a unique index.
            if (step >= 7)
            {
                b.Ignore(p => p.Sku);
                b.Property(p => p.ProductCode).HasMaxLength(32).IsRequired();
                b.HasIndex(p => p.ProductCode).IsUnique();
            }
            else
            {
                b.Ignore(p => p.ProductCode);
                b.Property(p => p.Sku).HasMaxLength(20).IsRequired();
                b.HasIndex(p => p.Sku).IsUnique();
            }

            // v10: the complex type's property Depth -> Length (Dimensions_Depth -> Dimensions_Length).
            b.ComplexProperty(p => p.Dimensions, d =>
            {
                d.Property(x => x.Height).HasPrecision(18, 2);
                d.Property(x => x.Width).HasPrecision(18, 2);
                if (step >= 10)
                {
                    d.Ignore(x => x.Depth);
                    d.Property(x => x.Length).HasPrecision(18, 2);
                }
                else
                {
                    d.Ignore(x => x.Length);
                    d.Property(x => x.Depth).HasPrecision(18, 2);
                }
            });

            b.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId);

            // v12: the principal class Supplier (table Suppliers) -> Vendor (table Vendors); the FK column stays SupplierId.
            if (step >= 12)
            {
                b.Ignore(p => p.Supplier);
                b.HasOne(p => p.Vendor).WithMany().HasForeignKey(p => p.SupplierId);
            }
            else
            {
                b.Ignore(p => p.Vendor);
                b.HasOne(p => p.Supplier).WithMany().HasForeignKey(p => p.SupplierId);
            }
        });

        modelBuilder.Entity<Category>(b =>
        {
            b.Property(c => c.Name).HasMaxLength(50).IsRequired();
            b.HasIndex(c => c.Name).IsUnique();
        });

        if (step >= 12)
        {
            modelBuilder.Ignore<Supplier>();
            modelBuilder.Entity<Vendor>(ConfigureSupplierColumns);
        }
        else
        {
            modelBuilder.Ignore<Vendor>();
            modelBuilder.Entity<Supplier>(ConfigureSupplierColumns);
        }

        // v13: ToTable("Depots"), the same entity type.
        modelBuilder.Entity<Warehouse>(b =>
        {
            if (step >= 13)
            {
                b.ToTable("Depots");
            }

            b.Property(w => w.Code).HasMaxLength(10).IsRequired();
            b.Property(w => w.Name).HasMaxLength(100);
            b.HasIndex(w => w.Code).IsUnique();
        });

        modelBuilder.Entity<StockItem>();

        // v15: Coupons dropped, the unrelated GiftCards created.
        if (step >= 15)
        {
            modelBuilder.Ignore<Coupon>();
            modelBuilder.Entity<GiftCard>(b =>
            {
                b.Property(g => g.Number).HasMaxLength(19).IsRequired();
                b.Property(g => g.Balance).HasPrecision(18, 2);
            });
        }
        else
        {
            modelBuilder.Ignore<GiftCard>();
            modelBuilder.Entity<Coupon>(b =>
            {
                b.Property(c => c.Code).HasMaxLength(16).IsRequired();
                b.Property(c => c.Discount).HasPrecision(5, 2);
            });
        }
    }

    private static void ConfigureBillingAddress(OwnedNavigationBuilder<Customer, Address> a)
    {
        a.Ignore(x => x.ZipCode);
        a.Property(x => x.Street).HasMaxLength(100);
        a.Property(x => x.City).HasMaxLength(50);
        a.Property(x => x.PostCode).HasMaxLength(10);
    }

    /// <summary>Supplier and Vendor get identical columns and an index on Name.</summary>
    private static void ConfigureSupplierColumns<T>(EntityTypeBuilder<T> b)
        where T : class
    {
        b.Property<string>("Name").HasMaxLength(100).IsRequired();
        b.Property<string>("Country").HasMaxLength(2);
        b.HasIndex("Name");
    }
}

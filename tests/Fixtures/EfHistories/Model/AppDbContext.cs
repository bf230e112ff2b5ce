using Microsoft.EntityFrameworkCore;

namespace EfHistories.Model;

public class AppDbContext : DbContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    public DbSet<Blog> Blogs { get; set; }
    public DbSet<Post> Posts { get; set; }
    public DbSet<Tag> Tags { get; set; }
    public DbSet<Coupon> Coupons { get; set; }
    public DbSet<AuditLog> AuditLogs { get; set; }
    public DbSet<Customer> Customers { get; set; }
    public DbSet<Order> Orders { get; set; }
    public DbSet<Product> Products { get; set; }
    public DbSet<Payment> Payments { get; set; }
    public DbSet<Vehicle> Vehicles { get; set; }
    public DbSet<Animal> Animals { get; set; }
    public DbSet<Person> People { get; set; }
    public DbSet<Employee> Employees { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;
        var isSqlServer = Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer";

        // Blog: table renamed Blogs -> Weblogs in v2.
        modelBuilder.Entity<Blog>(b =>
        {
            if (step >= 2)
            {
                b.ToTable("Weblogs");
            }
        });

        // Post: Content renamed to Body in v2; indexed Slug dropped in v3; Tags removed in v2.
        modelBuilder.Entity<Post>(b =>
        {
            if (step >= 2)
            {
                b.Ignore(p => p.Content);
            }
            else
            {
                b.Ignore(p => p.Body);
            }

            if (step >= 3)
            {
                b.Ignore(p => p.Slug);
            }
            else
            {
                b.HasIndex(p => p.Slug);
            }

            if (step >= 2)
            {
                b.Ignore(p => p.Tags);
            }
        });

        if (step >= 2)
        {
            modelBuilder.Ignore<Tag>();
        }

        // Coupon: removed in v2, re-added in v3.
        if (step == 2)
        {
            modelBuilder.Ignore<Coupon>();
        }

        // AuditLog: moved to AuthDbContext in v2.
        if (step >= 2)
        {
            modelBuilder.Ignore<AuditLog>();
        }

        // Customer ([Table("customers", Schema = "sales")]): Fax dropped in v2; phone_number -> phone in v2.
        modelBuilder.Entity<Customer>(b =>
        {
            if (step >= 2)
            {
                b.Ignore(c => c.Fax);
            }

            b.Property(c => c.PhoneNumber).HasColumnName(step >= 2 ? "phone" : "phone_number");
        });

        // Region: mapped until v3, handed over (ExcludeFromMigrations) in v4.
        modelBuilder.Entity<Region>(b =>
        {
            b.HasIndex(r => r.Name);
            if (step >= 4)
            {
                b.ToTable("regions", "geo", t => t.ExcludeFromMigrations());
            }
            else
            {
                b.ToTable("regions", "geo");
            }
        });

        // Order: OwnsOne ShippingAddress (+ nested Geo) and OwnsMany Notes, both removed in v2.
        modelBuilder.Entity<Order>(b =>
        {
            if (step >= 2)
            {
                b.Ignore(o => o.ShippingAddress);
                b.Ignore(o => o.Notes);
            }
            else
            {
                b.OwnsOne(o => o.ShippingAddress, a => a.OwnsOne(x => x.Geo));
                b.Navigation(o => o.ShippingAddress).IsRequired();
                b.OwnsMany(o => o.Notes);
            }

            b.HasOne(o => o.CreatedBy).WithMany().HasForeignKey(o => o.CreatedById);
        });

        // AppUser: the auth users table, owned by AuthDbContext, mapped here read-only.
        modelBuilder.Entity<AppUser>().ToTable("users", "auth", t => t.ExcludeFromMigrations());

        // Product: ComplexProperty Dimensions and JSON Metadata, both removed in v3.
        modelBuilder.Entity<Product>(b =>
        {
            b.ToTable("products", "catalog");
            if (step >= 3)
            {
                b.Ignore(p => p.Dimensions);
                b.Ignore(p => p.Metadata);
            }
            else
            {
                b.ComplexProperty(p => p.Dimensions);
                b.OwnsOne(p => p.Metadata, m => m.ToJson());
            }
        });

        // TPH: Payment / BankPayment (removed in v2) / CardPayment.
        modelBuilder.Entity<Payment>().UseTphMappingStrategy();
        modelBuilder.Entity<CardPayment>();
        if (step >= 2)
        {
            modelBuilder.Ignore<BankPayment>();
        }
        else
        {
            modelBuilder.Entity<BankPayment>();
        }

        // TPT: Vehicle / Car / Truck (removed in v2).
        modelBuilder.Entity<Vehicle>().UseTptMappingStrategy();
        modelBuilder.Entity<Car>();
        if (step >= 2)
        {
            modelBuilder.Ignore<Truck>();
        }
        else
        {
            modelBuilder.Entity<Truck>();
        }

        // TPC: Animal (abstract) / Cat (removed in v2) / Dog.
        modelBuilder.Entity<Animal>().UseTpcMappingStrategy();
        modelBuilder.Entity<Dog>();
        if (step >= 2)
        {
            modelBuilder.Ignore<Cat>();
        }
        else
        {
            modelBuilder.Entity<Cat>();
        }

        // Entity splitting: People + PersonDetails, removed in v3.
        if (step >= 3)
        {
            modelBuilder.Ignore<Person>();
        }
        else
        {
            modelBuilder.Entity<Person>(b =>
            {
                b.ToTable("People")
                    .SplitToTable("PersonDetails", t => t.Property(p => p.Bio));
            });
        }

        // Keyless view.
        modelBuilder.Entity<BlogStat>().HasNoKey().ToView("vw_blog_stats", "reporting");

        // ExcludeFromMigrations entity owned by another framework; removed in v2 (no operations).
        if (step < 2)
        {
            modelBuilder.Entity<ExternalJob>().ToTable("Job", "HangFire", t => t.ExcludeFromMigrations());
        }

        // Temporal table: SQL Server only, removed in v3.
        if (isSqlServer && step < 3)
        {
            modelBuilder.Entity<Employee>().ToTable("Employees", "hr", t => t.IsTemporal());
        }
        else
        {
            modelBuilder.Ignore<Employee>();
        }
    }
}

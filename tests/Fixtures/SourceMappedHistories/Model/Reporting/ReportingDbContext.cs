using Microsoft.EntityFrameworkCore;

namespace SourceMappedHistories.Model.Reporting;

/// <summary>
/// Read-only reporting context, split out of AppDbContext in v2. It has NO migrations. Its DbSets are
/// named like tables that AppDbContext dropped. EF 10 still maps two of them to tables: Permission
/// (ToTable, excluded from migrations) and ExchangeRate (ToSqlQuery does not undo the table name that
/// EF takes from the DbSet; only ToView does). OrderSummary maps a view and TopCustomer a function.
/// </summary>
public class ReportingDbContext : DbContext
{
    public ReportingDbContext(DbContextOptions<ReportingDbContext> options)
        : base(options)
    {
    }

    public DbSet<Permission> Permissions { get; set; }
    public DbSet<OrderSummary> OrderSummaries { get; set; }
    public DbSet<ExchangeRate> ExchangeRates { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Still reads the table AppDbContext used to own; must never create or drop it.
        modelBuilder.Entity<Permission>().ToTable("permissions", "security", t => t.ExcludeFromMigrations());

        modelBuilder.Entity<OrderSummary>().HasNoKey().ToView("OrderSummaries");
        modelBuilder.Entity<ExchangeRate>(b =>
        {
            b.HasNoKey();
            b.ToSqlQuery("SELECT 0 AS Id, 'EUR' AS Currency, 1.0 AS Rate");
        });
        // No DbSet: nothing but the function maps TopCustomer.
        modelBuilder.Entity<TopCustomer>().HasNoKey().ToFunction("TopCustomers");
    }
}

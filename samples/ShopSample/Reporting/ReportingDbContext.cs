using Microsoft.EntityFrameworkCore;

namespace ShopSample.Reporting;

// Module split: reporting got its own DbContext and took the audit log with it.
// It shares the shop's database, so AuditLogs is the same table the shop used to write.
public class ReportingDbContext : DbContext
{
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<DailySalesSummary> DailySalesSummaries => Set<DailySalesSummary>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlite("Data Source=shop.db");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(ReportingDbContext).Assembly,
            t => t.Namespace == "ShopSample.Reporting.Configurations");
    }
}

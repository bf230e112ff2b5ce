using Microsoft.EntityFrameworkCore;

namespace EfHistories.Model;

public class AuthDbContext : DbContext
{
    public AuthDbContext(DbContextOptions<AuthDbContext> options)
        : base(options)
    {
    }

    public DbSet<AppUser> Users { get; set; }
    public DbSet<AppRole> Roles { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var step = FixtureSettings.Step;

        modelBuilder.HasDefaultSchema("auth");
        modelBuilder.Entity<AppUser>().ToTable("users");
        modelBuilder.Entity<AppRole>().ToTable("roles");

        // v2: AuditLog moves here from AppDbContext. It keeps its physical table: "AuditLogs" in the
        // provider's default schema (dbo / public). SQLite has no schemas, so no schema is given there
        // and the context default ("auth") is written into the migration; SQLite ignores it.
        if (step >= 2)
        {
            var providerDefaultSchema = Database.ProviderName switch
            {
                "Microsoft.EntityFrameworkCore.SqlServer" => "dbo",
                "Npgsql.EntityFrameworkCore.PostgreSQL" => "public",
                _ => null,
            };
            modelBuilder.Entity<AuditLog>().ToTable("AuditLogs", providerDefaultSchema);
        }
    }
}

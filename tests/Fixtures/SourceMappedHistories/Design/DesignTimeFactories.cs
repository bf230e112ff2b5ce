using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SourceMappedHistories.Model;
using SourceMappedHistories.Model.Identity;
using SourceMappedHistories.Model.Reporting;

namespace SourceMappedHistories.Design;

/// <summary>
/// Builds options for the provider named by FIXTURE_PROVIDER (SqlServer, Npgsql or Sqlite; default
/// SqlServer). The connection strings are dummies: scaffolding never opens a connection.
/// </summary>
internal static class FixtureOptions
{
    public static string Provider =>
        Environment.GetEnvironmentVariable("FIXTURE_PROVIDER") is { Length: > 0 } p ? p : "SqlServer";

    public static DbContextOptions<TContext> Create<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        switch (Provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=SourceMapped;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=sourcemapped;Username=postgres;Password=dummy");
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=sourcemapped.db");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{Provider}' (expected SqlServer, Npgsql or Sqlite).");
        }

        return builder.Options;
    }
}

/// <summary>The context whose migrations are scaffolded.</summary>
public class AppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<AppDbContext>());
}

/// <summary>Only for regenerate.sh's "dbcontext script" check; this context gets no migrations.</summary>
public class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<IdentityDbContext>());
}

/// <summary>Only for regenerate.sh's "dbcontext script" check; this context gets no migrations.</summary>
public class ReportingDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<ReportingDbContext>());
}

using EfHistories.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EfHistories.Design;

/// <summary>
/// Builds options for the provider named by FIXTURE_PROVIDER. The connection strings are dummies:
/// scaffolding migrations never opens a connection.
/// </summary>
internal static class FixtureOptions
{
    public static DbContextOptions<TContext> Create<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        switch (FixtureSettings.Provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=EfHistories;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=efhistories;Username=postgres;Password=dummy");
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=efhistories.db");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{FixtureSettings.Provider}' (expected SqlServer, Npgsql or Sqlite).");
        }

        return builder.Options;
    }
}

public class AppDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<AppDbContext>());
}

public class AuthDbContextFactory : IDesignTimeDbContextFactory<AuthDbContext>
{
    public AuthDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<AuthDbContext>());
}

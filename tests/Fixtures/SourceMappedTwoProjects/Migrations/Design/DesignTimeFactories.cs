using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SourceMappedTwoProjects.Model;
using SourceMappedTwoProjects.Model.Identity;
using SourceMappedTwoProjects.Model.Legacy;

namespace SourceMappedTwoProjects.Migrations.Design;

/// <summary>
/// Builds options for the provider named by FIXTURE_PROVIDER (SqlServer, Npgsql or Sqlite; default
/// SqlServer), with this project as the migrations assembly. The connection strings are dummies:
/// scaffolding never opens a connection.
/// </summary>
internal static class FixtureOptions
{
    private const string MigrationsAssembly = "SourceMappedTwoProjects.Migrations";

    public static string Provider =>
        Environment.GetEnvironmentVariable("FIXTURE_PROVIDER") is { Length: > 0 } p ? p : "SqlServer";

    public static DbContextOptions<TContext> Create<TContext>()
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        switch (Provider)
        {
            case "SqlServer":
                builder.UseSqlServer(
                    "Server=localhost;Database=SourceMapped;User Id=sa;Password=dummy;TrustServerCertificate=True",
                    sql => sql.MigrationsAssembly(MigrationsAssembly));
                break;
            case "Npgsql":
                builder.UseNpgsql(
                    "Host=localhost;Database=sourcemapped;Username=postgres;Password=dummy",
                    npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=sourcemapped.db", sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{Provider}' (expected SqlServer, Npgsql or Sqlite).");
        }

        return builder.Options;
    }
}

/// <summary>The context whose migrations are scaffolded into this project.</summary>
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
public class LegacyDbContextFactory : IDesignTimeDbContextFactory<LegacyDbContext>
{
    public LegacyDbContext CreateDbContext(string[] args) => new(FixtureOptions.Create<LegacyDbContext>());
}

using HangfireScaffold.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HangfireScaffold.Design;

/// <summary>
/// Builds ShopDbContext for the provider named by FIXTURE_PROVIDER. The connection strings are
/// dummies: scaffolding migrations never opens a connection.
/// </summary>
public class ShopDbContextFactory : IDesignTimeDbContextFactory<ShopDbContext>
{
    public ShopDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ShopDbContext>();
        switch (FixtureSettings.Provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=Shop;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=shop;Username=postgres;Password=dummy");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{FixtureSettings.Provider}' (expected SqlServer or Npgsql).");
        }

        return new ShopDbContext(builder.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TableRenameHistories.Model;

namespace TableRenameHistories.Design;

/// <summary>
/// Builds options for the provider named by FIXTURE_PROVIDER. The connection strings are dummies:
/// scaffolding migrations never opens a connection.
/// </summary>
public class CatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        switch (FixtureSettings.Provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=TableRenameHistories;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=tablerenamehistories;Username=postgres;Password=dummy");
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=tablerenamehistories.db");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{FixtureSettings.Provider}' (expected SqlServer, Npgsql or Sqlite).");
        }

        return new CatalogDbContext(builder.Options);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RenameHistories.Model;

namespace RenameHistories.Design;

/// <summary>
/// Builds options for the provider named by FIXTURE_PROVIDER. The connection strings are dummies:
/// scaffolding migrations never opens a connection.
/// </summary>
public class CrmDbContextFactory : IDesignTimeDbContextFactory<CrmDbContext>
{
    public CrmDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        switch (FixtureSettings.Provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=RenameHistories;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=renamehistories;Username=postgres;Password=dummy");
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=renamehistories.db");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{FixtureSettings.Provider}' (expected SqlServer, Npgsql or Sqlite).");
        }

        return new CrmDbContext(builder.Options);
    }
}

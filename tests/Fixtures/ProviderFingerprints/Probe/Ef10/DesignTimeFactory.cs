using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ProviderFingerprints.Model;

namespace ProviderFingerprints.Design;

/// <summary>
/// The provider named by FIXTURE_PROVIDER. The connection strings are dummies: neither scaffolding a migration
/// nor scripting one opens a connection.
/// </summary>
public class ProbeContextFactory : IDesignTimeDbContextFactory<ProbeContext>
{
    public ProbeContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<ProbeContext>();
        var provider = Environment.GetEnvironmentVariable("FIXTURE_PROVIDER");
        switch (provider)
        {
            case "SqlServer":
                builder.UseSqlServer("Server=localhost;Database=Probe;User Id=sa;Password=dummy;TrustServerCertificate=True");
                break;
            case "Npgsql":
                builder.UseNpgsql("Host=localhost;Database=probe;Username=postgres;Password=dummy");
                break;
            case "Sqlite":
                builder.UseSqlite("Data Source=probe.db");
                break;
            case "MySqlOracle":
                builder.UseMySQL("Server=localhost;Database=probe;User=root;Password=dummy");
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown FIXTURE_PROVIDER '{provider}' (expected SqlServer, Npgsql, Sqlite or MySqlOracle).");
        }

        return new ProbeContext(builder.Options);
    }
}

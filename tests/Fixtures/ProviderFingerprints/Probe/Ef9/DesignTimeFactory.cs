using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ProviderFingerprints.Model;

namespace ProviderFingerprints.Design;

/// <summary>
/// Pomelo with an explicit server version: ServerVersion.AutoDetect would open a connection. The connection
/// string is a dummy.
/// </summary>
public class ProbeContextFactory : IDesignTimeDbContextFactory<ProbeContext>
{
    public ProbeContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProbeContext>()
            .UseMySql("Server=localhost;Database=probe;User=root;Password=dummy", new MySqlServerVersion(new Version(8, 0, 36)))
            .Options;
        return new ProbeContext(options);
    }
}

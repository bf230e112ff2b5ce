using Microsoft.EntityFrameworkCore;

namespace TopologyHistories.AbstractBase.Model;

/// <summary>The shop on SQL Server (step 3 on), history in AbstractBase/Migrations/SqlServer.</summary>
public class ShopSqlServerContext : ShopContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlServer("Server=localhost;Database=Shop;User Id=sa;Password=dummy;TrustServerCertificate=True");
}

using Microsoft.EntityFrameworkCore;

namespace TopologyHistories.AbstractBase.Model;

/// <summary>The shop on SQLite (step 3 on). Its history, AbstractBase/Migrations/Sqlite, was not regenerated at step 4.</summary>
public sealed class ShopSqliteContext : ShopContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        => optionsBuilder.UseSqlite("Data Source=shop.db");
}

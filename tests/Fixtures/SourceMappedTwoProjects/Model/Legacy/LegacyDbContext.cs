using Microsoft.EntityFrameworkCore;

namespace SourceMappedTwoProjects.Model.Legacy;

/// <summary>
/// Reads the legacy catalogue since v2. It has NO migrations and no OnModelCreating: the table name
/// comes from [Table] on <see cref="LegacyItem"/> (the DbSet's name, Items, is not the table's).
/// </summary>
public class LegacyDbContext : DbContext
{
    public LegacyDbContext(DbContextOptions<LegacyDbContext> options)
        : base(options)
    {
    }

    public DbSet<LegacyItem> Items { get; set; }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SourceMappedHistories.Model.Users;

/// <summary>
/// Applied by AppDbContext in v1 (ApplyConfigurationsFromAssembly without a filter). Since v2 the filter
/// keeps only SourceMappedHistories.Model.Configurations, so nothing applies this class, yet it is still here.
/// </summary>
public class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.UserName).HasMaxLength(64);
    }
}

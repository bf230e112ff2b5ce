using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopSample.Domain;

namespace ShopSample.Data.Configurations.GiftCards;

// The gift card feature keeps its mapping next to its other files. The payment provider's nightly
// reconciliation reads the table by this name.
public class GiftCardConfiguration : IEntityTypeConfiguration<GiftCard>
{
    public void Configure(EntityTypeBuilder<GiftCard> builder)
    {
        builder.ToTable("gift_cards");
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Code).HasMaxLength(32);
    }
}

using System.ComponentModel.DataAnnotations.Schema;

namespace SourceMappedHistories.Model;

/// <summary>Mapped by AppDbContext all along ("orders", see OrderConfiguration).</summary>
public class Order
{
    public int Id { get; set; }
    public DateTime PlacedAt { get; set; }
    public decimal Total { get; set; }
}

/// <summary>Table "Badges" (DbSet name) in v1; marked [NotMapped] in v2, so EF drops the table.</summary>
#if !FIXTURE_V1
[NotMapped]
#endif
public class Badge
{
    public int Id { get; set; }
    public string Name { get; set; }
}

#if FIXTURE_V1
/// <summary>Entity of v1 (table "Coupons"); deleted in v2. Contracts.Coupon, a DTO record, remains.</summary>
public class Coupon
{
    public int Id { get; set; }
    public string Code { get; set; }
    public decimal Discount { get; set; }
}
#endif

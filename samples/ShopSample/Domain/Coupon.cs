namespace ShopSample.Domain;

public class Coupon
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public decimal DiscountPercent { get; set; }
    public DateTime? ExpiresAt { get; set; }
}

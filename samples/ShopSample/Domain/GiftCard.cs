namespace ShopSample.Domain;

public class GiftCard
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public decimal Balance { get; set; }
    public DateTime IssuedAt { get; set; }
    public int? CustomerId { get; set; }
}

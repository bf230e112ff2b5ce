namespace ShopSample.Domain;

public class Shipment
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public Order Order { get; set; } = null!;
    public string Carrier { get; set; } = "";
    public DateTime? ShippedAt { get; set; }
}

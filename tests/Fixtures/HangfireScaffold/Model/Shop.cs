namespace HangfireScaffold.Model;

// The application's own tables (as `dotnet ef dbcontext scaffold` would have produced them).

public partial class Customer
{
    public int Id { get; set; }

    public string Name { get; set; }

    public string Email { get; set; }

    public virtual ICollection<Order> Orders { get; set; } = new List<Order>();
}

public partial class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public DateTime PlacedAt { get; set; }

    public decimal Total { get; set; }

    /// <summary>Mapped from v3 on (the routine AddColumn after the Hangfire drop).</summary>
    public string TrackingNumber { get; set; }

    public virtual Customer Customer { get; set; }
}

namespace TopologyHistories.AbstractBase.Model;

public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Email { get; set; }

    /// <summary>Mapped until step 4; only the SQL Server history has a migration that drops it.</summary>
    public string Fax { get; set; }

    public List<Order> Orders { get; set; } = new();
}

public class Order
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public Customer Customer { get; set; }
    public DateTime PlacedAt { get; set; }
}

/// <summary>Removed at step 2 (legacy history), brought back at step 3 by the per-provider histories.</summary>
public class Coupon
{
    public int Id { get; set; }
    public string Code { get; set; }
    public int Percent { get; set; }
}

namespace RenameHistories.Model;

// Each pair of properties below is one column before and after a change; CrmDbContext ignores the
// one that the current FIXTURE_STEP does not map. The step that changes it is given in brackets.

public class Customer
{
    public int Id { get; set; }

    /// <summary>[v8] renamed to <see cref="FullName"/>, nothing else changes: EF scaffolds RenameColumn.</summary>
    public string Name { get; set; }
    public string FullName { get; set; }

    /// <summary>[v2] renamed to <see cref="PhoneNumber"/> and widened, max length 20 -> 32.</summary>
    public string Phone { get; set; }
    public string PhoneNumber { get; set; }

    /// <summary>[v3] renamed to <see cref="RewardPoints"/> and widened, int -> long.</summary>
    public int LoyaltyPoints { get; set; }
    public long RewardPoints { get; set; }

    /// <summary>[v4] renamed to <see cref="AccountNumber"/>, string (max 12, required) -> int.</summary>
    public string AccountCode { get; set; }
    public int AccountNumber { get; set; }

    /// <summary>[v5] renamed to <see cref="YearOfBirth"/>, int? -> int (nullable -> required).</summary>
    public int? BirthYear { get; set; }
    public int YearOfBirth { get; set; }

    /// <summary>[v14] dropped; the unrelated <see cref="Email"/> (max 256, not 20) is added in the same migration.</summary>
    public string Fax { get; set; }
    public string Email { get; set; }

    /// <summary>OwnsOne, table splitting: [v6] Address.PostCode (max 10) renamed to Address.ZipCode (max 16).</summary>
    public Address Address { get; set; }

    /// <summary>OwnsOne, table splitting: [v9] the navigation is renamed to <see cref="InvoiceAddress"/>.</summary>
    public Address BillingAddress { get; set; }
    public Address InvoiceAddress { get; set; }
}

public class Address
{
    public string Street { get; set; }
    public string City { get; set; }
    public string PostCode { get; set; }
    public string ZipCode { get; set; }
}

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; }

    /// <summary>[v7] indexed (unique), renamed to <see cref="ProductCode"/> and widened, max length 20 -> 32.</summary>
    public string Sku { get; set; }
    public string ProductCode { get; set; }

    /// <summary>ComplexProperty: [v10] Dimensions.Depth renamed to Dimensions.Length.</summary>
    public Dimensions Dimensions { get; set; }

    public int CategoryId { get; set; }
    public Category Category { get; set; }

    /// <summary>FK column; points to Suppliers until v11 and to Vendors from v12 on.</summary>
    public int SupplierId { get; set; }
    public Supplier Supplier { get; set; }
    public Vendor Vendor { get; set; }
}

public class Dimensions
{
    public decimal Height { get; set; }
    public decimal Width { get; set; }
    public decimal Depth { get; set; }
    public decimal Length { get; set; }
}

/// <summary>Table named by its DbSet: Categories until v10, ProductCategories from v11 on (only the DbSet is renamed).</summary>
public class Category
{
    public int Id { get; set; }
    public string Name { get; set; }
}

/// <summary>[v12] the class is renamed to <see cref="Vendor"/> and its DbSet Suppliers to Vendors; the columns stay identical.</summary>
public class Supplier
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Country { get; set; }
}

/// <summary>Mapped from v12 on: the same columns as <see cref="Supplier"/>.</summary>
public class Vendor
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Country { get; set; }
}

/// <summary>[v13] ToTable("Depots"): the same entity type under a new table name.</summary>
public class Warehouse
{
    public int Id { get; set; }
    public string Code { get; set; }
    public string Name { get; set; }
}

public class StockItem
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product Product { get; set; }
    public int WarehouseId { get; set; }
    public Warehouse Warehouse { get; set; }
    public int Quantity { get; set; }
}

/// <summary>[v15] removed; the unrelated <see cref="GiftCard"/> (other columns) is added in the same migration.</summary>
public class Coupon
{
    public int Id { get; set; }
    public string Code { get; set; }
    public decimal Discount { get; set; }
}

public class GiftCard
{
    public int Id { get; set; }
    public string Number { get; set; }
    public decimal Balance { get; set; }
    public DateTime ExpiresAt { get; set; }
}

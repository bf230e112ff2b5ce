namespace TableRenameHistories.Model;

// Supplier and Vendor, OrderLine and InvoiceLine: one class before and one after a class rename (the Scaffolded
// variant of step 2). CatalogDbContext ignores the one the current step and variant do not map.

public class Country
{
    public int Id { get; set; }
    public string Name { get; set; }
}

public class Supplier
{
    public int Id { get; set; }
    public string Code { get; set; }
    public string Name { get; set; }
    public int CountryId { get; set; }
    public int? ParentId { get; set; }
}

public class Vendor
{
    public int Id { get; set; }
    public string Code { get; set; }
    public string Name { get; set; }
    public int CountryId { get; set; }
    public int? ParentId { get; set; }
}

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; }
    public int SupplierId { get; set; }
}

public class OrderLine
{
    public int OrderId { get; set; }
    public int LineNumber { get; set; }
    public string Item { get; set; }
    public int Quantity { get; set; }
}

public class InvoiceLine
{
    public int OrderId { get; set; }
    public int LineNumber { get; set; }
    public string Item { get; set; }
    public int Quantity { get; set; }
}

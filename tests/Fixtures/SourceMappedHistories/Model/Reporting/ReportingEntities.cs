namespace SourceMappedHistories.Model.Reporting;

/// <summary>Table security.permissions: AppDbContext in v1; since v2 only ReportingDbContext reads it (excluded from migrations).</summary>
public class Permission
{
    public int Id { get; set; }
    public string Name { get; set; }
}

/// <summary>Table "OrderSummaries" in v1; since v2 ReportingDbContext maps a view of that name.</summary>
public class OrderSummary
{
    public int Id { get; set; }
    public DateTime Day { get; set; }
    public int OrderCount { get; set; }
}

/// <summary>Table "ExchangeRates" in v1; since v2 ReportingDbContext maps a SQL query.</summary>
public class ExchangeRate
{
    public int Id { get; set; }
    public string Currency { get; set; }
    public decimal Rate { get; set; }
}

/// <summary>Table "TopCustomers" in v1; since v2 ReportingDbContext maps a table-valued function of that name.</summary>
public class TopCustomer
{
    public int Id { get; set; }
    public string Name { get; set; }
    public decimal Total { get; set; }
}

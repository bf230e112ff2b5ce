namespace ShopSample.Reporting;

public class DailySalesSummary
{
    public int Id { get; set; }
    public DateOnly Day { get; set; }
    public int OrderCount { get; set; }
    public decimal Revenue { get; set; }
}

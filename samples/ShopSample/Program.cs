using Microsoft.EntityFrameworkCore;
using ShopSample.Data;
using ShopSample.Reporting;

// Lists the migrations of every DbContext of the sample. Nothing here opens a database:
// GetMigrations() only reads the [Migration] attributes compiled into this assembly.
using (var shop = new ShopDbContext())
{
    Print("ShopDbContext", shop);
}

using (var reporting = new ReportingDbContext())
{
    Print("ReportingDbContext", reporting);
}

static void Print(string name, DbContext context)
{
    Console.WriteLine($"{name} migrations:");
    foreach (var id in context.Database.GetMigrations())
    {
        Console.WriteLine($"  {id}");
    }
}

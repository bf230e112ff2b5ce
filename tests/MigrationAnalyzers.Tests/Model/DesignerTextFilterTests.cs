using Microsoft.CodeAnalysis.Text;
using MigrationAnalyzers.Model;
using Xunit;

namespace MigrationAnalyzers.Tests.Model;

/// <summary>
/// <see cref="MigrationInfo.MayName"/> decides, from a designer's text alone, whether reading the designer could show
/// that it maps a dropped table or column. It may say yes too often, never no too often: each "maps" case below is a
/// way EF writes the name in a generated model.
/// </summary>
public sealed class DesignerTextFilterTests
{
    private const string Designer = """
        modelBuilder.Entity("Shop.Customer", b =>
            {
                b.Property<int>("Id");
                b.Property<string>("PostCode").HasColumnName("post_code");
                b.Property<string>("Name");
                b.HasKey("Id");
                b.ToTable("Customers", "sales");
                b.OwnsOne("Shop.Address", "Home_Address", b1 =>
                    {
                        b1.Property<string>("Street");
                    });
                b.OwnsMany("Shop.OrderLine", "Lines", b1 =>
                    {
                        b1.Property<int>("Quantity");
                    });
                b.ComplexProperty(typeof(Dictionary<string, object>), "Dimensions", "Shop.Customer.Dimensions#Size", b1 => { });
            });
        modelBuilder.Entity("Shop.Order", b =>
            {
                b.HasOne("Shop.Customer", null).WithMany().HasForeignKey("CustomerId").HasConstraintName("FK_Orders_Invoices_CustomerId");
            });
        """;

    [Theory]
    [InlineData("Customers", null)]
    [InlineData("CUSTOMERS", null)]
    [InlineData("OrderLine", null)]
    [InlineData("Size", null)]
    [InlineData("Customers", "Name")]
    [InlineData("Customers", "post_code")]
    [InlineData("Customers", "PostCode")]
    [InlineData("Customers", "Home_Address_Street")]
    [InlineData("Customers", "Address_Street")]
    [InlineData("OrderLine", "quantity")]
    public void Maps(string table, string? column)
        => Assert.True(MigrationInfo.MayName(SourceText.From(Designer), table, column));

    [Theory]
    [InlineData("Invoices", null)]
    [InlineData("Orders", null)]
    [InlineData("Customers", "Post")]
    [InlineData("Customers", "Code")]
    [InlineData("Customers", "Email")]
    [InlineData("Customers", "Street_")]
    public void DoesNotMap(string table, string? column)
        => Assert.False(MigrationInfo.MayName(SourceText.From(Designer), table, column));
}

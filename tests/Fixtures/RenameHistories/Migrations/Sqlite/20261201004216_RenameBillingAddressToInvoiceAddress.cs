using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenameBillingAddressToInvoiceAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "BillingAddress_Street",
                table: "Customers",
                newName: "InvoiceAddress_Street");

            migrationBuilder.RenameColumn(
                name: "BillingAddress_PostCode",
                table: "Customers",
                newName: "InvoiceAddress_PostCode");

            migrationBuilder.RenameColumn(
                name: "BillingAddress_City",
                table: "Customers",
                newName: "InvoiceAddress_City");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "InvoiceAddress_Street",
                table: "Customers",
                newName: "BillingAddress_Street");

            migrationBuilder.RenameColumn(
                name: "InvoiceAddress_PostCode",
                table: "Customers",
                newName: "BillingAddress_PostCode");

            migrationBuilder.RenameColumn(
                name: "InvoiceAddress_City",
                table: "Customers",
                newName: "BillingAddress_City");
        }
    }
}

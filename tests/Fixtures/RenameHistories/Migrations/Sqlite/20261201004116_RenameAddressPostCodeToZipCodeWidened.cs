using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenameAddressPostCodeToZipCodeWidened : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Address_PostCode",
                table: "Customers");

            migrationBuilder.AddColumn<string>(
                name: "Address_ZipCode",
                table: "Customers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Address_ZipCode",
                table: "Customers");

            migrationBuilder.AddColumn<string>(
                name: "Address_PostCode",
                table: "Customers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
        }
    }
}

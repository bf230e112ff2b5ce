using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopologyHistories.AbstractBase.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RemoveCustomerFax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Fax",
                table: "Customers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fax",
                table: "Customers",
                type: "nvarchar(max)",
                nullable: true);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplaceFaxWithEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Fax",
                table: "Customers");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Customers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Email",
                table: "Customers");

            migrationBuilder.AddColumn<string>(
                name: "Fax",
                table: "Customers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }
    }
}

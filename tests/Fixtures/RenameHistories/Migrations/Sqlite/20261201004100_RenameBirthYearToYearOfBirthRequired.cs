using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenameBirthYearToYearOfBirthRequired : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BirthYear",
                table: "Customers");

            migrationBuilder.AddColumn<int>(
                name: "YearOfBirth",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "YearOfBirth",
                table: "Customers");

            migrationBuilder.AddColumn<int>(
                name: "BirthYear",
                table: "Customers",
                type: "INTEGER",
                nullable: true);
        }
    }
}

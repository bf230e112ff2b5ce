using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RenameDimensionsDepthToLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Dimensions_Depth",
                table: "Products",
                newName: "Dimensions_Length");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Dimensions_Length",
                table: "Products",
                newName: "Dimensions_Depth");
        }
    }
}

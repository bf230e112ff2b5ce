using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RenameWarehousesToDepots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StockItems_Warehouses_WarehouseId",
                table: "StockItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Warehouses",
                table: "Warehouses");

            migrationBuilder.RenameTable(
                name: "Warehouses",
                newName: "Depots");

            migrationBuilder.RenameIndex(
                name: "IX_Warehouses_Code",
                table: "Depots",
                newName: "IX_Depots_Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Depots",
                table: "Depots",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_StockItems_Depots_WarehouseId",
                table: "StockItems",
                column: "WarehouseId",
                principalTable: "Depots",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StockItems_Depots_WarehouseId",
                table: "StockItems");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Depots",
                table: "Depots");

            migrationBuilder.RenameTable(
                name: "Depots",
                newName: "Warehouses");

            migrationBuilder.RenameIndex(
                name: "IX_Depots_Code",
                table: "Warehouses",
                newName: "IX_Warehouses_Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Warehouses",
                table: "Warehouses",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_StockItems_Warehouses_WarehouseId",
                table: "StockItems",
                column: "WarehouseId",
                principalTable: "Warehouses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}

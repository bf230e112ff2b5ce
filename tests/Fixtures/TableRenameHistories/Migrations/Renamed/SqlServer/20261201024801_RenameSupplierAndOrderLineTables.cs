using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TableRenameHistories.Migrations.Renamed.SqlServer
{
    /// <inheritdoc />
    public partial class RenameSupplierAndOrderLineTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Product_Suppliers_SupplierId",
                table: "Product");

            migrationBuilder.DropForeignKey(
                name: "FK_Suppliers_Country_CountryId",
                schema: "purchasing",
                table: "Suppliers");

            migrationBuilder.DropForeignKey(
                name: "FK_Suppliers_Suppliers_ParentId",
                schema: "purchasing",
                table: "Suppliers");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Suppliers_Code",
                schema: "purchasing",
                table: "Suppliers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Suppliers",
                schema: "purchasing",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Code",
                schema: "purchasing",
                table: "Suppliers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_OrderLines",
                table: "OrderLines");

            migrationBuilder.RenameTable(
                name: "Suppliers",
                schema: "purchasing",
                newName: "Vendors",
                newSchema: "purchasing");

            migrationBuilder.RenameTable(
                name: "OrderLines",
                newName: "InvoiceLines");

            migrationBuilder.RenameIndex(
                name: "IX_Suppliers_ParentId",
                schema: "purchasing",
                table: "Vendors",
                newName: "IX_Vendors_ParentId");

            migrationBuilder.RenameIndex(
                name: "IX_Suppliers_Name",
                schema: "purchasing",
                table: "Vendors",
                newName: "IX_Vendors_Name");

            migrationBuilder.RenameIndex(
                name: "IX_Suppliers_CountryId",
                schema: "purchasing",
                table: "Vendors",
                newName: "IX_Vendors_CountryId");

            migrationBuilder.RenameIndex(
                name: "IX_OrderLines_Item",
                table: "InvoiceLines",
                newName: "IX_InvoiceLines_Item");

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Vendors_Code",
                schema: "purchasing",
                table: "Vendors",
                column: "Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Vendors",
                schema: "purchasing",
                table: "Vendors",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_InvoiceLines",
                table: "InvoiceLines",
                columns: new[] { "OrderId", "LineNumber" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Vendors_Code",
                schema: "purchasing",
                table: "Vendors",
                sql: "Code <> ''");

            migrationBuilder.AddForeignKey(
                name: "FK_Product_Vendors_SupplierId",
                table: "Product",
                column: "SupplierId",
                principalSchema: "purchasing",
                principalTable: "Vendors",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Vendors_Country_CountryId",
                schema: "purchasing",
                table: "Vendors",
                column: "CountryId",
                principalTable: "Country",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Vendors_Vendors_ParentId",
                schema: "purchasing",
                table: "Vendors",
                column: "ParentId",
                principalSchema: "purchasing",
                principalTable: "Vendors",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Product_Vendors_SupplierId",
                table: "Product");

            migrationBuilder.DropForeignKey(
                name: "FK_Vendors_Country_CountryId",
                schema: "purchasing",
                table: "Vendors");

            migrationBuilder.DropForeignKey(
                name: "FK_Vendors_Vendors_ParentId",
                schema: "purchasing",
                table: "Vendors");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Vendors_Code",
                schema: "purchasing",
                table: "Vendors");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Vendors",
                schema: "purchasing",
                table: "Vendors");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Vendors_Code",
                schema: "purchasing",
                table: "Vendors");

            migrationBuilder.DropPrimaryKey(
                name: "PK_InvoiceLines",
                table: "InvoiceLines");

            migrationBuilder.RenameTable(
                name: "Vendors",
                schema: "purchasing",
                newName: "Suppliers",
                newSchema: "purchasing");

            migrationBuilder.RenameTable(
                name: "InvoiceLines",
                newName: "OrderLines");

            migrationBuilder.RenameIndex(
                name: "IX_Vendors_ParentId",
                schema: "purchasing",
                table: "Suppliers",
                newName: "IX_Suppliers_ParentId");

            migrationBuilder.RenameIndex(
                name: "IX_Vendors_Name",
                schema: "purchasing",
                table: "Suppliers",
                newName: "IX_Suppliers_Name");

            migrationBuilder.RenameIndex(
                name: "IX_Vendors_CountryId",
                schema: "purchasing",
                table: "Suppliers",
                newName: "IX_Suppliers_CountryId");

            migrationBuilder.RenameIndex(
                name: "IX_InvoiceLines_Item",
                table: "OrderLines",
                newName: "IX_OrderLines_Item");

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Suppliers_Code",
                schema: "purchasing",
                table: "Suppliers",
                column: "Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Suppliers",
                schema: "purchasing",
                table: "Suppliers",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_OrderLines",
                table: "OrderLines",
                columns: new[] { "OrderId", "LineNumber" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Code",
                schema: "purchasing",
                table: "Suppliers",
                sql: "Code <> ''");

            migrationBuilder.AddForeignKey(
                name: "FK_Product_Suppliers_SupplierId",
                table: "Product",
                column: "SupplierId",
                principalSchema: "purchasing",
                principalTable: "Suppliers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Suppliers_Country_CountryId",
                schema: "purchasing",
                table: "Suppliers",
                column: "CountryId",
                principalTable: "Country",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Suppliers_Suppliers_ParentId",
                schema: "purchasing",
                table: "Suppliers",
                column: "ParentId",
                principalSchema: "purchasing",
                principalTable: "Suppliers",
                principalColumn: "Id");
        }
    }
}

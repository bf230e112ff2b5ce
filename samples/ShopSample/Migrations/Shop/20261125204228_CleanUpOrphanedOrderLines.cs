using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopSample.Migrations.Shop
{
    /// <inheritdoc />
    public partial class CleanUpOrphanedOrderLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The sample's intentional mistake (MIG1004): the WHERE of this hand-written clean-up was commented
            // out while the script was tried on a copy, and never put back: every order line goes, not only the
            // orphaned ones.
            migrationBuilder.Sql(@"
                -- Remove order lines whose order was deleted before the foreign key existed
                DELETE FROM OrderLines
                -- WHERE OrderId NOT IN (SELECT Id FROM Orders)
                ;
            ");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopSample.Migrations.Shop
{
    /// <inheritdoc />
    public partial class AddOrderDeliveryInstructions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeliveryInstructions",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            // SAMPLE'S INTENTIONAL MISTAKE (hand edit, MIG1002): the developer thought
            // DeliveryInstructions replaces Notes and dropped Notes by hand, but the model
            // (Order.Notes, and this migration's own Designer target model) still maps Orders.Notes.
            migrationBuilder.DropColumn(name: "Notes", table: "Orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand edit (pairs with the hand-written DropColumn in Up()).
            migrationBuilder.AddColumn<string>(name: "Notes", table: "Orders", type: "TEXT", nullable: true);

            migrationBuilder.DropColumn(
                name: "DeliveryInstructions",
                table: "Orders");
        }
    }
}

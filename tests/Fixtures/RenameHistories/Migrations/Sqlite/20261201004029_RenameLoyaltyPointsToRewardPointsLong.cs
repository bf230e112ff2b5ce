using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenameHistories.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RenameLoyaltyPointsToRewardPointsLong : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "LoyaltyPoints",
                table: "Customers",
                newName: "RewardPoints");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "RewardPoints",
                table: "Customers",
                newName: "LoyaltyPoints");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopSample.Migrations.Shop
{
    /// <inheritdoc />
    public partial class MapAuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand edit: EF scaffolded CreateTable("AuditTrail") here. The table already exists in
            // production: the DBA created it and the database audit trigger fills it. The shop only
            // maps it to read it, so the CreateTable was removed.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand edit: the scaffolded DropTable("AuditTrail") was removed as well. The table is not
            // ours, so rolling this migration back must not drop it.
        }
    }
}

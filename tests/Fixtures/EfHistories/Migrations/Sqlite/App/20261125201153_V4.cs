using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EfHistories.Migrations.Sqlite.App
{
    /// <inheritdoc />
    public partial class V4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

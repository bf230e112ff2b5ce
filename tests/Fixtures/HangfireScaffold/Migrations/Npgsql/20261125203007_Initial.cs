using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HangfireScaffold.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "hangfire");

            migrationBuilder.CreateTable(
                name: "aggregatedcounter",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("aggregatedcounter_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "counter",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("counter_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hash",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false),
                    field = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("hash_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    stateid = table.Column<long>(type: "bigint", nullable: true),
                    statename = table.Column<string>(type: "text", nullable: true),
                    invocationdata = table.Column<string>(type: "jsonb", nullable: false),
                    arguments = table.Column<string>(type: "jsonb", nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("job_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jobqueue",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    jobid = table.Column<long>(type: "bigint", nullable: false),
                    queue = table.Column<string>(type: "text", nullable: false),
                    fetchedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("jobqueue_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "list",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("list_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lock",
                schema: "hangfire",
                columns: table => new
                {
                    resource = table.Column<string>(type: "text", nullable: false),
                    updatecount = table.Column<int>(type: "integer", nullable: false),
                    acquired = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                });

            migrationBuilder.CreateTable(
                name: "schema",
                schema: "hangfire",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("schema_pkey", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "server",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    lastheartbeat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("server_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "set",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    expireat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("set_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "jobparameter",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    jobid = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("jobparameter_pkey", x => x.id);
                    table.ForeignKey(
                        name: "jobparameter_jobid_fkey",
                        column: x => x.jobid,
                        principalSchema: "hangfire",
                        principalTable: "job",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "state",
                schema: "hangfire",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    jobid = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    updatecount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("state_pkey", x => x.id);
                    table.ForeignKey(
                        name: "state_jobid_fkey",
                        column: x => x.jobid,
                        principalSchema: "hangfire",
                        principalTable: "job",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "aggregatedcounter_key_key",
                schema: "hangfire",
                table: "aggregatedcounter",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_counter_expireat",
                schema: "hangfire",
                table: "counter",
                column: "expireat");

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_counter_key",
                schema: "hangfire",
                table: "counter",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "hash_key_field_key",
                schema: "hangfire",
                table: "hash",
                columns: new[] { "key", "field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_hash_expireat",
                schema: "hangfire",
                table: "hash",
                column: "expireat");

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_job_expireat",
                schema: "hangfire",
                table: "job",
                column: "expireat");

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_job_statename",
                schema: "hangfire",
                table: "job",
                column: "statename");

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_jobparameter_jobidandname",
                schema: "hangfire",
                table: "jobparameter",
                columns: new[] { "jobid", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_jobqueue_jobidandqueue",
                schema: "hangfire",
                table: "jobqueue",
                columns: new[] { "jobid", "queue" });

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_jobqueue_queueandfetchedat",
                schema: "hangfire",
                table: "jobqueue",
                columns: new[] { "queue", "fetchedat" });

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_list_expireat",
                schema: "hangfire",
                table: "list",
                column: "expireat");

            migrationBuilder.CreateIndex(
                name: "lock_resource_key",
                schema: "hangfire",
                table: "lock",
                column: "resource",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId",
                table: "Orders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_set_expireat",
                schema: "hangfire",
                table: "set",
                column: "expireat");

            migrationBuilder.CreateIndex(
                name: "set_key_value_key",
                schema: "hangfire",
                table: "set",
                columns: new[] { "key", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hangfire_state_jobid",
                schema: "hangfire",
                table: "state",
                column: "jobid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aggregatedcounter",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "counter",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "hash",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "jobparameter",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "jobqueue",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "list",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "lock",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "schema",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "server",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "set",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "state",
                schema: "hangfire");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "job",
                schema: "hangfire");
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MigrationAnalyzers.Benchmarks;

/// <summary>
/// Writes a synthetic but EF-shaped migration history (shapes taken from tests/Fixtures/EfHistories): a
/// context, an Initial migration that creates every table, then migrations that alternately add a property
/// and drop the one added before it (so the model keeps its size), each with a full designer, and a snapshot.
/// Every tenth migration drops a property that no model maps any more and one in fifty drops a table the
/// snapshot still maps, so the rules have real work, and a few reports, on every size.
/// </summary>
public static class HistoryGenerator
{
    public static List<(string Path, string Text)> Generate(int migrations, int entities)
    {
        var files = new List<(string, string)>
        {
            ("Model/AppDbContext.cs", "namespace Bench { public class AppDbContext : Microsoft.EntityFrameworkCore.DbContext { } }"),
        };

        // extra[e] is the property migration i added to entity e that is still in the model, if any.
        var extra = new string?[entities];
        for (var i = 0; i < migrations; i++)
        {
            var id = (20260000000000L + i).ToString(CultureInfo.InvariantCulture) + $"_M{i:D4}";
            string up;
            string down;
            if (i == 0)
            {
                up = InitialUp(entities);
                down = InitialDown(entities);
            }
            else
            {
                var entity = i % entities;
                if (extra[entity] is { } previous)
                {
                    up = $"migrationBuilder.DropColumn(\n                name: \"{previous}\",\n                table: \"Table{entity}\");";
                    down = $"migrationBuilder.AddColumn<string>(\n                name: \"{previous}\",\n                table: \"Table{entity}\",\n                type: \"nvarchar(max)\",\n                nullable: true);";
                    extra[entity] = null;
                }
                else
                {
                    var added = $"Extra{i}";
                    up = $"migrationBuilder.AddColumn<string>(\n                name: \"{added}\",\n                table: \"Table{entity}\",\n                type: \"nvarchar(max)\",\n                nullable: true);";
                    down = $"migrationBuilder.DropColumn(\n                name: \"{added}\",\n                table: \"Table{entity}\");";
                    extra[entity] = added;
                }

                if (i % 50 == 25)
                {
                    up += $"\n\n            migrationBuilder.DropTable(\n                name: \"Table{(i + 1) % entities}\");";
                }

                if (i % 10 == 5)
                {
                    up += $"\n\n            migrationBuilder.Sql(\"UPDATE Table{entity} SET Name = N'' WHERE Name IS NULL\");";
                }
            }

            files.Add(($"Migrations/{id}.cs", Migration(id, up, down)));
            files.Add(($"Migrations/{id}.Designer.cs", Designer(id, Model(entities, extra))));
        }

        files.Add(("Migrations/AppDbContextModelSnapshot.cs", Snapshot(Model(entities, extra))));
        return files;
    }

    private static string Model(int entities, string?[] extra)
    {
        var builder = new StringBuilder();
        builder.Append("""
                        modelBuilder
                            .HasAnnotation("ProductVersion", "10.0.15")
                            .HasAnnotation("Relational:MaxIdentifierLength", 128);

                        SqlServerModelBuilderExtensions.UseIdentityColumns(modelBuilder);

            """);
        for (var e = 0; e < entities; e++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$"""
                            modelBuilder.Entity("Bench.Domain.Entity{{e}}", b =>
                                {
                                    b.Property<int>("Id")
                                        .ValueGeneratedOnAdd()
                                        .HasColumnType("int");

                                    SqlServerPropertyBuilderExtensions.UseIdentityColumn(b.Property<int>("Id"));

                                    b.Property<string>("Name")
                                        .IsRequired()
                                        .HasMaxLength(200)
                                        .HasColumnType("nvarchar(200)");

                                    b.Property<DateTime>("CreatedAt")
                                        .HasColumnType("datetime2");

                                    b.Property<decimal>("Amount")
                                        .HasPrecision(18, 2)
                                        .HasColumnType("decimal(18,2)");

                                    b.Property<string>("Notes")
                                        .HasColumnType("nvarchar(max)")
                                        .HasColumnName("notes_text");

                """);
            if (extra[e] is { } property)
            {
                builder.Append(CultureInfo.InvariantCulture, $$"""
                                        b.Property<string>("{{property}}")
                                            .HasColumnType("nvarchar(max)");

                    """);
            }

            builder.Append(CultureInfo.InvariantCulture, $$"""
                                    b.HasKey("Id");

                                    b.HasIndex("Name");

                                    b.ToTable("Table{{e}}");
                                });

                """);
        }

        return builder.ToString();
    }

    private static string InitialUp(int entities)
    {
        var builder = new StringBuilder();
        for (var e = 0; e < entities; e++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$"""
                migrationBuilder.CreateTable(
                                name: "Table{{e}}",
                                columns: table => new
                                {
                                    Id = table.Column<int>(type: "int", nullable: false)
                                        .Annotation("SqlServer:Identity", "1, 1"),
                                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                                    notes_text = table.Column<string>(type: "nvarchar(max)", nullable: true)
                                },
                                constraints: table =>
                                {
                                    table.PrimaryKey("PK_Table{{e}}", x => x.Id);
                                });

                            
                """);
        }

        return builder.ToString();
    }

    private static string InitialDown(int entities)
    {
        var builder = new StringBuilder();
        for (var e = 0; e < entities; e++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"migrationBuilder.DropTable(\n                name: \"Table{e}\");\n\n            ");
        }

        return builder.ToString();
    }

    private static string Migration(string id, string up, string down) => $$"""
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;

        #nullable disable

        namespace Bench.Migrations
        {
            /// <inheritdoc />
            public partial class {{ClassName(id)}} : Migration
            {
                /// <inheritdoc />
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    {{up}}
                }

                /// <inheritdoc />
                protected override void Down(MigrationBuilder migrationBuilder)
                {
                    {{down}}
                }
            }
        }
        """;

    private static string Designer(string id, string model) => $$"""
        // <auto-generated />
        using System;
        using Bench;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Metadata;
        using Microsoft.EntityFrameworkCore.Migrations;
        using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

        #nullable disable

        namespace Bench.Migrations
        {
            [DbContext(typeof(AppDbContext))]
            [Migration("{{id}}")]
            partial class {{ClassName(id)}}
            {
                /// <inheritdoc />
                protected override void BuildTargetModel(ModelBuilder modelBuilder)
                {
        #pragma warning disable 612, 618
        {{model}}
        #pragma warning restore 612, 618
                }
            }
        }
        """;

    private static string Snapshot(string model) => $$"""
        // <auto-generated />
        using System;
        using Bench;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Metadata;
        using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

        #nullable disable

        namespace Bench.Migrations
        {
            [DbContext(typeof(AppDbContext))]
            partial class AppDbContextModelSnapshot : ModelSnapshot
            {
                protected override void BuildModel(ModelBuilder modelBuilder)
                {
        #pragma warning disable 612, 618
        {{model}}
        #pragma warning restore 612, 618
                }
            }
        }
        """;

    private static string ClassName(string id) => id.Substring(id.IndexOf('_') + 1);
}

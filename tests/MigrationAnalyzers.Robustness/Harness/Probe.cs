using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MigrationAnalyzers.Robustness;

/// <summary>Small and large generated projects for the manifest, SQL, cancellation and concurrency suites.</summary>
public static class Probe
{
    public static readonly string LongTable = new('a', 10_000);

    /// <summary>A context, its snapshot (mapping Orders), and one migration whose <c>Up()</c> is <paramref name="up"/>.</summary>
    public static ImmutableArray<SyntaxTree> Project(string up)
        => ImmutableArray.Create(
            Corpus.Parse("namespace Probe { public class ProbeDbContext : Microsoft.EntityFrameworkCore.DbContext { } }", "Probe/ProbeDbContext.cs"),
            Corpus.Parse(Snapshot("ProbeDbContext", "ProbeDbContextModelSnapshot", Entities(1)), "Probe/Migrations/ProbeDbContextModelSnapshot.cs"),
            Corpus.Parse(Migration("ProbeDbContext", "20260101000000_Drops", up), "Probe/Migrations/20260101000000_Drops.cs"));

    /// <summary>Drops that touch long names, patterns, schemas and EF's history table: what manifest entries are matched against.</summary>
    public static string ManifestProbeUp { get; } = string.Join(
        "\n",
        "migrationBuilder.DropTable(\"Orders\");",
        "migrationBuilder.DropTable(\"__EFMigrationsHistory\");",
        $"migrationBuilder.DropTable(\"{LongTable}\");",
        $"migrationBuilder.DropTable(\"{LongTable}b\", \"{LongTable}\");",
        $"migrationBuilder.DropColumn(\"{LongTable}\", \"{LongTable}\", \"HangFire\");",
        "migrationBuilder.DropTable(name: \"Job\", schema: \"HangFire\");",
        "migrationBuilder.RenameTable(name: \"etl_orders\", newName: \"etl_orders2\");",
        "migrationBuilder.DropSchema(\"HangFire\");",
        $"migrationBuilder.Sql(\"DROP TABLE [{LongTable}]; TRUNCATE TABLE etl_x; DELETE FROM Orders\");");

    /// <summary>
    /// A history of <paramref name="migrations"/> migrations with designers of <paramref name="entities"/> entities each,
    /// every <c>Up()</c> dropping a mapped column and a table: the workload of the cancellation suite.
    /// </summary>
    public static ImmutableArray<SyntaxTree> LargeHistory(int migrations, int entities)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var model = Entities(entities);
        trees.Add(Corpus.Parse("namespace Big { public class BigDbContext : Microsoft.EntityFrameworkCore.DbContext { } }", "Big/BigDbContext.cs"));
        trees.Add(Corpus.Parse(Snapshot("BigDbContext", "BigDbContextModelSnapshot", model, "Big"), "Big/Migrations/BigDbContextModelSnapshot.cs"));
        for (var i = 0; i < migrations; i++)
        {
            var id = $"2026{i:D10}_M{i}";
            var up = $"migrationBuilder.DropColumn(name: \"Name\", table: \"T{i % entities}\");\nmigrationBuilder.DropTable(name: \"T{(i + 1) % entities}\");\n"
                     + $"migrationBuilder.Sql(\"DELETE FROM T{(i + 2) % entities}; DROP TABLE IF EXISTS T{(i + 3) % entities}\");";
            trees.Add(Corpus.Parse(Migration("BigDbContext", id, up, "Big", designer: model), $"Big/Migrations/{id}.cs"));
        }

        return trees.ToImmutable();
    }

    private static string Entities(int count)
    {
        var builder = new StringBuilder("modelBuilder.HasAnnotation(\"Relational:MaxIdentifierLength\", 128);\n");
        for (var i = 0; i < count; i++)
        {
            var table = count == 1 ? "Orders" : $"T{i}";
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                modelBuilder.Entity("Probe.E{{i}}", b =>
                    {
                        b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("int");
                        b.Property<string>("Name").HasColumnType("nvarchar(max)");
                        b.Property<string>("Other").HasColumnType("nvarchar(max)");
                        b.OwnsOne("Probe.Address", "Address", a => { a.Property<string>("Street"); a.WithOwner().HasForeignKey("E{{i}}Id"); });
                        b.HasKey("Id");
                        b.ToTable("{{table}}");
                    });

                """);
        }

        return builder.ToString();
    }

    private static string Snapshot(string context, string name, string model, string ns = "Probe")
        => $$"""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Infrastructure;
            namespace {{ns}}.Migrations
            {
                [DbContext(typeof({{context}}))]
                partial class {{name}} : ModelSnapshot
                {
                    protected override void BuildModel(ModelBuilder modelBuilder)
                    {
                        {{model}}
                    }
                }
            }
            """;

    private static string Migration(string context, string id, string up, string ns = "Probe", string? designer = null)
        => $$"""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;
            namespace {{ns}}.Migrations
            {
                [DbContext(typeof({{context}}))]
                [Migration("{{id}}")]
                public partial class {{id.Substring(id.IndexOf('_') + 1)}} : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        {{up}}
                    }

                    protected override void Down(MigrationBuilder migrationBuilder)
                    {
                    }
            {{(designer is null ? string.Empty : "protected override void BuildTargetModel(ModelBuilder modelBuilder) {\n" + designer + "\n}")}}
                }
            }
            """;
}

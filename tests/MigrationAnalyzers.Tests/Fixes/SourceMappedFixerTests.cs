using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.CodeFixes;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.CodeFixVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer, MigrationAnalyzers.CodeFixes.DropFixer>;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>MIG1007 gets "Remove this drop" and "Approve this drop", as the other table drops do, and the fixed code compiles.</summary>
public sealed class SourceMappedFixerTests
{
    private const string V2 = "20260201000000_V2";

    private static readonly (string, string)[] Model =
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
        ("UserConfiguration.cs", """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            namespace App.Users
            {
                public class User { public int Id { get; set; } }

                public class UserConfiguration : IEntityTypeConfiguration<User>
                {
                    public void Configure(EntityTypeBuilder<User> builder) => builder.ToTable("users");
                }
            }
            """),
    ];

    private const string CreateUsers = """
        migrationBuilder.CreateTable(
                        name: "users",
                        columns: table => new
                        {
                            Id = table.Column<int>(type: "int", nullable: false)
                        },
                        constraints: table =>
                        {
                            table.PrimaryKey("PK_users", x => x.Id);
                        });
        """;

    /// <summary>The migration with empty bodies, as the remover leaves them: no blank line inside a block.</summary>
    private static (string, string) Emptied((string Name, string Source) migration)
        => (migration.Name, migration.Source.Replace("{\n            \n        }", "{\n        }", System.StringComparison.Ordinal));

    [Fact]
    public async Task Mig1007_OffersRemoveThenApprove()
    {
        var fixes = await Verify.GetFixesAsync([.. Model, EfFiles.Migration(V2, """migrationBuilder.DropTable(name: "users");""", CreateUsers)]);

        Assert.Equal([("MIG1007", new[] { "Remove this drop", "Approve this drop" }), ("MIG1005", new[] { "Approve this drop" })], fixes.Select(f => (f.Id, f.Titles.ToArray())).ToArray());
    }

    [Fact]
    public async Task Mig1007_RemoveThisDrop_RemovesTheDropAndDownsCreateTable()
    {
        await Verify.VerifyFixAsync(
            [.. Model, EfFiles.Migration(V2, """migrationBuilder.{|MIG1007:DropTable|}(name: "users");""", CreateUsers)],
            [.. Model, Emptied(EfFiles.Migration(V2, string.Empty, string.Empty))],
            DropFixer.RemoveDropKey);
    }
}

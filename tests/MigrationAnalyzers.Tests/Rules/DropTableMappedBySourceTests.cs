using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>MIG1007: a drop that no migration model explains, of a table the application's own code still maps.</summary>
public sealed class DropTableMappedBySourceTests
{
    private const string V2 = "20260201000000_V2";

    /// <summary>AppDbContext's snapshot and V2's designer map only Orders: whatever else V2 drops, no migration model maps.</summary>
    private static (string, string)[] Project(string appSource, string up, string down = "") =>
    [
        ("AppDbContext.cs", appSource),
        EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")")),
        EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations + EfFiles.Entity("App.Order", "b.ToTable(\"Orders\")")),
        EfFiles.Migration(V2, up, down),
    ];

    private const string AppContext = """
        using Microsoft.EntityFrameworkCore;

        namespace App
        {
            public class Order { public int Id { get; set; } }

            public class AppDbContext : DbContext
            {
                public DbSet<Order> Orders { get; set; }
            }
        }
        """;

    [Fact]
    public async Task ConfigurationNobodyApplies_Reports()
    {
        await Verify.VerifyAsync(
        [
            .. Project(AppContext, """migrationBuilder.{|#0:DropTable|}(name: "users");"""),
            ("UserConfiguration.cs", """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Metadata.Builders;

                namespace App.Users
                {
                    public class User { public int Id { get; set; } }

                    public class UserConfiguration : IEntityTypeConfiguration<User>
                    {
                        public void Configure(EntityTypeBuilder<User> builder)
                        {
                            {|#1:builder.ToTable("users")|};
                        }
                    }
                }
                """),
        ],
            Verify.Diagnostic("MIG1007").WithLocation(0).WithLocation(1).WithMessage(
                "Migration 'V2' drops table 'users', which no migration model maps but UserConfiguration still does (ToTable at UserConfiguration.cs:12): apply it in a DbContext, delete the mapping, or approve the drop"));
    }

    [Fact]
    public async Task ContextWithoutMigrations_ReportsItsDbSetsTableAttributesAndToTable()
    {
        await Verify.VerifyAsync(
        [
            .. Project(AppContext, """
                migrationBuilder.{|#0:DropTable|}(name: "Devices");
                migrationBuilder.{|#2:DropTable|}(name: "api_keys", schema: "identity");
                migrationBuilder.{|#4:DropTable|}(name: "profiles", schema: "dbo");
                migrationBuilder.DropTable(name: "Sessions");
                migrationBuilder.DropTable(name: "Summaries");
                migrationBuilder.DropTable(name: "Badges");
                migrationBuilder.DropTable(name: "Tags");
                migrationBuilder.DropTable(name: "tag_archive");
                """),
            ("IdentityDbContext.cs", """
                using System.ComponentModel.DataAnnotations.Schema;
                using Microsoft.EntityFrameworkCore;

                namespace App.Identity
                {
                    public class Device { public int Id { get; set; } }
                    [{|#3:Table("api_keys", Schema = "identity")|}] public class ApiKey { public int Id { get; set; } }
                    public class Profile { public int Id { get; set; } }
                    public class Session { public int Id { get; set; } }
                    public class Summary { public int Id { get; set; } }
                    [NotMapped] public class Badge { public int Id { get; set; } }
                    public class Tag { public int Id { get; set; } }

                    public class IdentityDbContext : DbContext
                    {
                        public DbSet<Device> {|#1:Devices|} { get; set; }
                        public DbSet<ApiKey> ApiKeys { get; set; }
                        public DbSet<Profile> Profiles { get; set; }
                        public DbSet<Session> Sessions { get; set; }
                        public DbSet<Summary> Summaries { get; set; }
                        public DbSet<Badge> Badges { get; set; }
                        public DbSet<Tag> Tags { get; set; }

                        protected override void OnModelCreating(ModelBuilder modelBuilder)
                        {
                            modelBuilder.Entity<Profile>(b => { {|#5:b.ToTable("profiles")|}; });
                            modelBuilder.Entity<Session>().HasNoKey().ToTable("auth_sessions");
                            modelBuilder.Entity<Summary>().HasNoKey().ToView("Summaries");
                            if (System.Environment.GetEnvironmentVariable("LEGACY") is null)
                            {
                                modelBuilder.Ignore<Tag>();
                            }
                            else
                            {
                                modelBuilder.Entity<Tag>().ToTable("tag_archive");
                            }
                        }
                    }
                }
                """),
        ],
            Verify.Diagnostic("MIG1007").WithLocation(0).WithLocation(1),
            Verify.Diagnostic("MIG1007").WithLocation(2).WithLocation(3),
            Verify.Diagnostic("MIG1007").WithLocation(4).WithLocation(5));
    }

    [Theory]
    [InlineData("IdentityDbContext")]
    [InlineData("App.Identity.IdentityDbContext")]
    [InlineData("AppDbContext")]
    public async Task ContextWithADatabaseOfItsOwn_IsNoEvidence(string isolated)
    {
        var test = new Verify.Test();
        foreach (var file in Project(AppContext, """migrationBuilder.DropTable(name: "Devices");"""))
        {
            test.TestState.Sources.Add(("/src/" + file.Item1, file.Item2));
        }

        test.TestState.Sources.Add(("/src/IdentityDbContext.cs", """
            using Microsoft.EntityFrameworkCore;

            namespace App.Identity
            {
                public class Device { public int Id { get; set; } }
                public class IdentityDbContext : DbContext { public DbSet<Device> Devices { get; set; } }
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nmigration_analyzers.isolated_contexts = " + isolated + "\n"));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public async Task SameNamedDtoViewsOwnedTypesAndFrameworkTables_AreNoEvidence()
    {
        await Verify.VerifyAsync(
        [
            .. Project(AppContext, """
                migrationBuilder.DropTable(name: "Coupon");
                migrationBuilder.DropTable(name: "Coupons");
                migrationBuilder.DropTable(name: "AggregatedCounter", schema: "HangFire");
                migrationBuilder.DropTable(name: "addresses");
                migrationBuilder.DropTable(name: "legacy");
                """),
            ("Dto.cs", """
                using Microsoft.EntityFrameworkCore;

                namespace App.Contracts
                {
                    public record Coupon(string Code);
                    public record Address(string Street);
                    public class Customer { public int Id { get; set; } public Address Address { get; set; } }

                    public class ShopContext : DbContext
                    {
                        public DbSet<Customer> Customers { get; set; }

                        protected override void OnModelCreating(ModelBuilder modelBuilder)
                        {
                            modelBuilder.Entity<Customer>(b => b.OwnsOne(c => c.Address, a => a.ToTable("addresses")));
                        }
                    }

                    public class NotAContext
                    {
                        public void Configure(object builder) { }
                        public static void Map(dynamic b) => b.ToTable("legacy");
                    }
                }
                """),
        ]);
    }

    [Fact]
    public async Task DownOfTheMigrationThatCreatedIt_AndATableCreatedAgainLater_AreSilent()
    {
        await Verify.VerifyAsync(
        [
            .. Project(AppContext + "\nnamespace App { public class Extra : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Order> Devices { get; set; } } }",
                """
                migrationBuilder.DropTable(name: "Devices");
                migrationBuilder.CreateTable(name: "Devices", columns: table => new { Id = table.Column<int>(type: "int", nullable: false) });
                """,
                """migrationBuilder.DropTable(name: "Devices");"""),
        ]);
    }

    [Fact]
    public async Task ADropAModelExplains_IsReportedOnceByMig1001()
    {
        await Verify.VerifyAsync(
        [
            ("AppDbContext.cs", AppContext),
            EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + EfFiles.Entity("App.Order", "{|#1:b.ToTable(\"Orders\")|}")),
            EfFiles.Designer("AppDbContext", V2, EfFiles.SqlServerAnnotations),
            EfFiles.Migration(V2, """migrationBuilder.{|#0:DropTable|}(name: "Orders");"""),
        ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task HalfTypedMappingCode_NeverThrows()
    {
        var files = Project(AppContext, """migrationBuilder.DropTable(name: "users");""").Append(("Broken.cs", """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            namespace App.Users
            {
                public class UserConfiguration : IEntityTypeConfiguration<User>
                {
                    public void Configure(EntityTypeBuilder<User> builder)
                    {
                        builder.ToTable();
                        builder.ToTable(Names.Missing);
                        builder.OwnsOne(u => u.Address).ToTable("addresses");
                        builder.ToTable("users", "
            """));
        var trees = files.Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Item2, path: f.Item1));

        var diagnostics = await ProjectAnalysis.AnalyzeAllowingErrorsAsync(ProjectAnalysis.Compile(trees), new MigrationOperationsAnalyzer());

        Assert.Empty(diagnostics);
    }
}

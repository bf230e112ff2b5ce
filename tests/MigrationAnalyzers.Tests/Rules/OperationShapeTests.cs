using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MigrationOperationsAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>Hand-written and older migration shapes that EF 10 does not generate but real histories contain.</summary>
public sealed class OperationShapeTests
{
    private const string V2 = "20260201000000_V2";

    private static readonly string Blogs = EfFiles.SqlServerAnnotations + "\n" + EfFiles.Entity("App.Blog", "{|#1:b.ToTable(\"Blogs\")|}", "Title");

    private static (string, string)[] Project((string, string) migration) =>
    [
        EfFiles.Context("AppDbContext"),
        EfFiles.Snapshot("AppDbContext", Blogs),
        migration,
    ];

    private static (string, string) MigrationClass(string members, string up, string ns = "App.Migrations") => ($"{V2}.cs", $$"""
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace {{ns}}
        {
            [DbContext(typeof(App.AppDbContext))]
            [Migration("{{V2}}")]
            public class V2 : Migration
            {
                {{members}}

                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    {{up}}
                }
            }
        }
        """);

    [Theory]
    [InlineData("""migrationBuilder.{|#0:DropTable|}("Blogs");""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}("Blogs", null);""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(schema: null, name: "Blogs");""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: BlogsTable);""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: TableNames.Blogs);""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: nameof(Blogs));""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: "Bl" + "ogs");""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: $"{Prefix}ogs");""")]
    [InlineData("""const string local = "Blogs"; migrationBuilder.{|#0:DropTable|}(name: local);""")]
    [InlineData("""try { migrationBuilder.{|#0:DropTable|}(name: "Blogs"); } catch (System.Exception) { }""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: "Blogs").Annotation("SqlServer:IsTemporal", true);""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: "BLOGS");""")]
    [InlineData("""migrationBuilder.{|#0:DropTable|}(name: "Blogs", schema: "dbo");""")]
    public async Task NameForms_AreResolved(string up)
    {
        await Verify.VerifyAsync(
            Project(MigrationClass("""
                private const string BlogsTable = "Blogs";
                private const string Prefix = "Bl";
                private sealed class Blogs { }
                private static class TableNames { public const string Blogs = "Blogs"; }
                """, up)),
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Theory]
    [InlineData("""migrationBuilder.DropTable(name: GetName());""")]
    [InlineData("""migrationBuilder.DropTable(name: "Blogs", schema: GetName());""")]
    [InlineData("""migrationBuilder.DropTable(name: "Blogs", schema: "other");""")]
    [InlineData("""migrationBuilder.DropColumn(name: "Title", table: GetName());""")]
    [InlineData("""migrationBuilder.DropTable(name: "Posts");""")]
    public async Task NonConstantOrUnmappedNames_AreSkipped(string up)
    {
        await Verify.VerifyAsync(Project(MigrationClass("private static string GetName() => \"Blogs\";", up)));
    }

    [Fact]
    public async Task PositionalDropColumn_BindsNameThenTable()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations + """
                    modelBuilder.Entity("App.Blog", b =>
                        {
                            b.Property<int>("Id");
                            {|#1:b.Property<string>("Title")|};
                            b.ToTable("Blogs");
                        });
                    """),
                MigrationClass("", """
                    migrationBuilder.{|#0:DropColumn|}("Title", "Blogs");
                    migrationBuilder.DropColumn("Blogs", "Title");
                    """),
            ],
            Verify.Diagnostic("MIG1002").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops column 'Blogs.Title', which the snapshot of AppDbContext still maps"));
    }

    [Fact]
    public async Task MigrationWithoutDesigner_FileScopedNamespace_RenamedParameter_IsAnalyzed()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Blogs),
                ($"{V2}.cs", $$"""
                    using Microsoft.EntityFrameworkCore.Infrastructure;
                    using Microsoft.EntityFrameworkCore.Migrations;

                    namespace App.Migrations;

                    [DbContext(typeof(App.AppDbContext))]
                    [Migration("{{V2}}")]
                    public class V2 : Migration
                    {
                        protected override void Up(MigrationBuilder mb) => mb.{|#0:DropTable|}(name: "Blogs");
                    }
                    """),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1));
    }

    [Fact]
    public async Task MigrationWithoutDbContextAttribute_BelongsToTheOnlyContext()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Blogs),
                ($"{V2}.cs", """
                    using Microsoft.EntityFrameworkCore.Migrations;

                    namespace App.Migrations
                    {
                        [Migration("20260201000000_V2")]
                        public class V2 : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.{|#0:DropTable|}(name: "Blogs");
                            }
                        }
                    }
                    """),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops table 'Blogs', which the snapshot of AppDbContext still maps"));
    }

    [Fact]
    public async Task MethodsThatAreNotMigrationsUpAndDown_AreIgnored()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Snapshot("AppDbContext", Blogs.Replace("{|#1:", string.Empty).Replace("|}", string.Empty)),
                ("Helper.cs", """
                    using Microsoft.EntityFrameworkCore.Migrations;

                    namespace App
                    {
                        public class NotAMigration
                        {
                            public void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Blogs");
                        }
                    }
                    """),
            ]);
    }

    [Fact]
    public async Task MigrationWithoutDbContextAttributeAmongSeveralContexts_IsCheckedAgainstEverySnapshot()
    {
        await Verify.VerifyAsync(
            [
                EfFiles.Context("AppDbContext"),
                EfFiles.Context("OtherDbContext"),
                EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations, ns: "App.Migrations.App"),
                EfFiles.Snapshot("OtherDbContext", Blogs, ns: "App.Migrations.Other"),
                ($"{V2}.cs", """
                    using Microsoft.EntityFrameworkCore.Migrations;

                    namespace App.Migrations
                    {
                        [Migration("20260201000000_V2")]
                        public class V2 : Migration
                        {
                            protected override void Up(MigrationBuilder migrationBuilder)
                            {
                                migrationBuilder.{|#0:DropTable|}(name: "Blogs");
                                migrationBuilder.DropTable(name: "Coupons");
                            }
                        }
                    }
                    """),
            ],
            Verify.Diagnostic("MIG1001").WithLocation(0).WithLocation(1).WithMessage("Migration 'V2' drops table 'Blogs', which the snapshot of OtherDbContext still maps (if OtherDbContext uses another database, list it in migration_analyzers.isolated_contexts)"));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// Proof on a real SQLite database that "Rename instead" keeps the values (FINDINGS.md section 5 of
/// tests/Fixtures/RenameHistories): the fixture's Sqlite history, with v3 as SqlServer and Npgsql scaffold it
/// (<c>DropColumn</c> + <c>AddColumn&lt;long&gt;</c>, here in SQLite types: SQLite itself scaffolds a plain rename), is
/// fixed by the real fixer, compiled in memory and applied with EF's <see cref="IMigrator"/> over seeded rows: Up,
/// Down and Up again. The unfixed history loses the values. The last case is the table: v12 (Suppliers → Vendors) becomes
/// EF's rename block, and the supplier, the product that points at it and the foreign key come through under the new names;
/// unfixed, its DropTable cascades into Products (FINDINGS.md item 9).
/// </summary>
public sealed class RenameInsteadKeepsDataTests : IDisposable
{
    private const string Fixture = "tests/Fixtures/RenameHistories";

    /// <summary>v3 as SqlServer scaffolds it, in SQLite types: int → long is then a drop and an add.</summary>
    private const string DroppedPointsUp = """
            migrationBuilder.DropColumn(
                name: "LoyaltyPoints",
                table: "Customers");

            migrationBuilder.AddColumn<long>(
                name: "RewardPoints",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
""";

    private const string DroppedPointsDown = """
            migrationBuilder.DropColumn(
                name: "RewardPoints",
                table: "Customers");

            migrationBuilder.AddColumn<int>(
                name: "LoyaltyPoints",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
""";

    /// <summary>The migration, the column (or query) read after its Up(), the value kept there; the same after its Down().</summary>
    private static readonly (string Migration, string Up, string UpKept, string Down, string DownKept)[] Cases =
    [
        ("RenamePhoneToPhoneNumberWidened", """SELECT "PhoneNumber" FROM "Customers" WHERE "Id" = 1""", "+44 20 7946 0000",
            """SELECT "Phone" FROM "Customers" WHERE "Id" = 1""", "+44 20 7946 0000"),
        ("RenameLoyaltyPointsToRewardPointsLong", """SELECT "RewardPoints" FROM "Customers" WHERE "Id" = 1""", "1234",
            """SELECT "LoyaltyPoints" FROM "Customers" WHERE "Id" = 1""", "1234"),
        ("RenameAccountCodeToAccountNumberInt", """SELECT "AccountNumber" FROM "Customers" WHERE "Id" = 1""", "123",
            """SELECT "AccountCode" FROM "Customers" WHERE "Id" = 1""", "123"),
        ("RenameBirthYearToYearOfBirthRequired", """SELECT group_concat("YearOfBirth", '/') FROM (SELECT "YearOfBirth" FROM "Customers" ORDER BY "Id")""", "1990/0",
            """SELECT group_concat(ifnull("BirthYear", 'NULL'), '/') FROM (SELECT "BirthYear" FROM "Customers" ORDER BY "Id")""", "1990/0"),
        ("RenameAddressPostCodeToZipCodeWidened", """SELECT "Address_ZipCode" FROM "Customers" WHERE "Id" = 1""", "SW1A 1AA",
            """SELECT "Address_PostCode" FROM "Customers" WHERE "Id" = 1""", "SW1A 1AA"),
        ("RenameSkuToProductCodeWidened",
            """SELECT "ProductCode" || ' ' || (SELECT "sql" FROM "sqlite_master" WHERE "name" = 'IX_Products_ProductCode') FROM "Products" WHERE "Id" = 1""",
            "HAM-001 CREATE UNIQUE INDEX \"IX_Products_ProductCode\" ON \"Products\" (\"ProductCode\")",
            """SELECT "Sku" || ' ' || (SELECT "sql" FROM "sqlite_master" WHERE "name" = 'IX_Products_Sku') FROM "Products" WHERE "Id" = 1""",
            "HAM-001 CREATE UNIQUE INDEX \"IX_Products_Sku\" ON \"Products\" (\"Sku\")"),
        ("RenameSupplierToVendor", Supplier("Vendors"), "Acme DE Hammer Vendors 0 IX_Vendors_Name", Supplier("Suppliers"), "Acme DE Hammer Suppliers 0 IX_Suppliers_Name"),
    ];

    /// <summary>
    /// The supplier row of <paramref name="table"/>, the product that points at it, the table its foreign key names, how many
    /// rows break a foreign key, and the index on Name.
    /// </summary>
    private static string Supplier(string table)
        => $"""
            SELECT s."Name" || ' ' || s."Country" || ' ' || p."Name"
                || ' ' || (SELECT "table" FROM pragma_foreign_key_list('Products') WHERE "from" = 'SupplierId')
                || ' ' || (SELECT count(*) FROM pragma_foreign_key_check)
                || ' ' || (SELECT "name" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = '{table}')
            FROM "{table}" s JOIN "Products" p ON p."SupplierId" = s."Id"
            """;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"migration-analyzers-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task FixedHistory_KeepsTheValuesUnderTheNewNames_ThroughUpDownAndUpAgain()
    {
        var (sources, fixedCount) = await RenameFixRunner.ApplyAsync(History(), "RenameHistories");
        Assert.Equal(7, fixedCount);
        using var crm = SqliteHistory.Open(sources, "RenameHistories.Model.CrmDbContext", _database);
        var migrator = crm.GetService<IMigrator>();
        string Id(string name) => SqliteHistory.Id(crm, name);

        migrator.Migrate(Id("Initial"));
        Seed(crm);
        foreach (var c in Cases)
        {
            migrator.Migrate(Id(c.Migration));
            Assert.Equal(c.UpKept, SqliteHistory.Query(crm, c.Up));
        }

        // A 64-bit value fits the renamed column (int → long).
        crm.Database.ExecuteSqlRaw("""UPDATE "Customers" SET "RewardPoints" = 5000000000 WHERE "Id" = 2""");
        Assert.Equal("5000000000", SqliteHistory.Query(crm, """SELECT "RewardPoints" FROM "Customers" WHERE "Id" = 2"""));
        crm.Database.ExecuteSqlRaw("""UPDATE "Customers" SET "RewardPoints" = 0 WHERE "Id" = 2""");

        for (var i = Cases.Length - 1; i >= 0; i--)
        {
            migrator.Migrate(i == 0 ? Id("Initial") : Id(Cases[i - 1].Migration));
            Assert.Equal(Cases[i].DownKept, SqliteHistory.Query(crm, Cases[i].Down));
        }

        migrator.Migrate(Id(Cases[^1].Migration));
        foreach (var c in Cases)
        {
            Assert.Equal(c.UpKept, SqliteHistory.Query(crm, c.Up));
        }
    }

    [Fact]
    public void UnfixedHistory_LosesTheValues()
    {
        using var crm = SqliteHistory.Open(History(), "RenameHistories.Model.CrmDbContext", _database);
        var migrator = crm.GetService<IMigrator>();
        string Id(string name) => SqliteHistory.Id(crm, name);

        migrator.Migrate(Id("Initial"));
        Seed(crm);
        foreach (var c in Cases)
        {
            migrator.Migrate(Id(c.Migration));
            Assert.NotEqual(c.UpKept, SqliteHistory.Query(crm, c.Up));
        }
    }

    /// <summary>The fixture's Model and Sqlite migrations, with v3 in the drop + add shape.</summary>
    private static Dictionary<string, string> History()
    {
        var sources = ProjectAnalysis.Parse($"{Fixture}/Model", $"{Fixture}/Migrations/Sqlite").ToDictionary(t => t.FilePath, t => t.GetText().ToString());
        var v3 = sources.Keys.Single(k => k.EndsWith("_RenameLoyaltyPointsToRewardPointsLong.cs", StringComparison.Ordinal));
        var bodies = Regex.Matches(sources[v3], @"(?<=\(MigrationBuilder migrationBuilder\)\s*\{\r?\n)(.*?)(?=\r?\n\s*\})", RegexOptions.Singleline);
        Assert.Equal(2, bodies.Count);
        sources[v3] = sources[v3].Substring(0, bodies[0].Index) + DroppedPointsUp
            + sources[v3].Substring(bodies[0].Index + bodies[0].Length, bodies[1].Index - bodies[0].Index - bodies[0].Length) + DroppedPointsDown
            + sources[v3].Substring(bodies[1].Index + bodies[1].Length);
        return sources;
    }

    private static void Seed(DbContext crm)
        => crm.Database.ExecuteSqlRaw("""
            INSERT INTO "Categories" ("Id", "Name") VALUES (1, 'Tools');
            INSERT INTO "Suppliers" ("Id", "Name", "Country") VALUES (1, 'Acme', 'DE');
            INSERT INTO "Products" ("Id", "Name", "Sku", "CategoryId", "SupplierId", "Dimensions_Depth", "Dimensions_Height", "Dimensions_Width")
                VALUES (1, 'Hammer', 'HAM-001', 1, 1, '0.30', '0.10', '0.05');
            INSERT INTO "Customers" ("Id", "Name", "Phone", "LoyaltyPoints", "AccountCode", "BirthYear", "Fax",
                "Address_Street", "Address_City", "Address_PostCode", "BillingAddress_Street", "BillingAddress_City", "BillingAddress_PostCode")
                VALUES (1, 'Ada Lovelace', '+44 20 7946 0000', 1234, '000123', 1990, '+44 20 7946 0001', '1 Main St', 'London', 'SW1A 1AA', '2 Side St', 'London', 'EC1A 1BB'),
                       (2, 'Bob', NULL, 0, '42', NULL, NULL, '3 High St', 'Leeds', NULL, '3 High St', 'Leeds', NULL);
            """);
}

using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>
/// Proof on a real SQLite database that the table fix keeps what the tables hold beyond plain columns: TableRenameHistories'
/// Scaffolded Sqlite history, fixed by the real fixer and applied with EF's <see cref="IMigrator"/> over seeded rows. The
/// suppliers (one the parent of the other), the product pointing at one, and the order lines (composite key) come
/// through under the new names, with the alternate key, the check constraint and every foreign key, through Up, Down and
/// Up again. The unfixed history loses them.
/// </summary>
public sealed class RenameTableInsteadKeepsDataTests : IDisposable
{
    private const string Fixture = "tests/Fixtures/TableRenameHistories";

    private const string Context = "TableRenameHistories.Model.CatalogDbContext";

    private const string Renamed = "RenameSupplierAndOrderLineClasses";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"migration-analyzers-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    [Fact]
    public async Task FixedHistory_KeepsTheRowsKeysAndConstraintsUnderTheNewNames_ThroughUpDownAndUpAgain()
    {
        var (sources, applied) = await RenameFixRunner.ApplyAsync(History(), "TableRenameHistories");
        Assert.Equal(2, applied);
        using var catalog = SqliteHistory.Open(sources, Context, _database);
        var migrator = catalog.GetService<IMigrator>();

        migrator.Migrate(SqliteHistory.Id(catalog, "Initial"));
        Seed(catalog);
        migrator.Migrate(SqliteHistory.Id(catalog, Renamed));
        Assert.Equal(Kept("Vendors", "InvoiceLines"), SqliteHistory.Query(catalog, Rows("Vendors", "InvoiceLines")));

        migrator.Migrate(SqliteHistory.Id(catalog, "Initial"));
        Assert.Equal(Kept("Suppliers", "OrderLines"), SqliteHistory.Query(catalog, Rows("Suppliers", "OrderLines")));

        migrator.Migrate(SqliteHistory.Id(catalog, Renamed));
        Assert.Equal(Kept("Vendors", "InvoiceLines"), SqliteHistory.Query(catalog, Rows("Vendors", "InvoiceLines")));

        // The keys and constraints work, not only their text: a second code, an empty code, an unknown parent are refused.
        Assert.StartsWith("ERROR: SQLite Error 19: 'UNIQUE constraint failed", SqliteHistory.Query(catalog, """INSERT INTO "Vendors" VALUES (3, 'ACME', 'Copy', 1, NULL)"""), StringComparison.Ordinal);
        Assert.StartsWith("ERROR: SQLite Error 19: 'CHECK constraint failed", SqliteHistory.Query(catalog, """INSERT INTO "Vendors" VALUES (3, '', 'Empty', 1, NULL)"""), StringComparison.Ordinal);
        Assert.StartsWith("ERROR: SQLite Error 19: 'FOREIGN KEY constraint failed", SqliteHistory.Query(catalog, """INSERT INTO "Vendors" VALUES (3, 'X', 'Orphan', 1, 99)"""), StringComparison.Ordinal);
        Assert.Empty(catalog.Database.GetPendingMigrations());
    }

    [Fact]
    public void UnfixedHistory_LosesTheRows()
    {
        using var catalog = SqliteHistory.Open(History(), Context, _database);
        var migrator = catalog.GetService<IMigrator>();

        migrator.Migrate(SqliteHistory.Id(catalog, "Initial"));
        Seed(catalog);
        migrator.Migrate(SqliteHistory.Id(catalog, Renamed));

        Assert.NotEqual(Kept("Vendors", "InvoiceLines"), SqliteHistory.Query(catalog, Rows("Vendors", "InvoiceLines")));
        Assert.Equal("0 0 0", SqliteHistory.Query(catalog, """SELECT (SELECT count(*) FROM "Vendors") || ' ' || (SELECT count(*) FROM "InvoiceLines") || ' ' || (SELECT count(*) FROM "Product")"""));
    }

    private static System.Collections.Generic.Dictionary<string, string> History()
        => ProjectAnalysis.Parse($"{Fixture}/Model", $"{Fixture}/Migrations/Scaffolded/Sqlite").ToDictionary(t => t.FilePath, t => t.GetText().ToString());

    private static void Seed(DbContext catalog)
        => catalog.Database.ExecuteSqlRaw("""
            INSERT INTO "Country" ("Id", "Name") VALUES (1, 'Germany');
            INSERT INTO "Suppliers" ("Id", "Code", "Name", "CountryId", "ParentId") VALUES (1, 'ACME', 'Acme', 1, NULL), (2, 'ACME-B', 'Acme Berlin', 1, 1);
            INSERT INTO "Product" ("Id", "Name", "SupplierId") VALUES (1, 'Hammer', 2);
            INSERT INTO "OrderLines" ("OrderId", "LineNumber", "Item", "Quantity") VALUES (7, 1, 'Hammer', 3), (7, 2, 'Nails', 100);
            """);

    /// <summary>
    /// The suppliers (code, parent), the product and its supplier, the order lines, the rows that break a foreign key,
    /// the tables the suppliers' foreign keys name, and the indexes of both tables.
    /// </summary>
    private static string Rows(string suppliers, string lines)
        => $"""
            SELECT (SELECT group_concat("Code" || ':' || ifnull("ParentId", '-'), ',') FROM (SELECT * FROM "{suppliers}" ORDER BY "Id"))
                || ' ' || (SELECT "Name" || '@' || "SupplierId" FROM "Product")
                || ' ' || (SELECT group_concat("OrderId" || '/' || "LineNumber" || '=' || "Quantity", ',') FROM (SELECT * FROM "{lines}" ORDER BY "LineNumber"))
                || ' ' || (SELECT count(*) FROM pragma_foreign_key_check)
                || ' ' || (SELECT group_concat("table", ',') FROM (SELECT DISTINCT "table" FROM pragma_foreign_key_list('{suppliers}') ORDER BY "table"))
                || ' ' || (SELECT "table" FROM pragma_foreign_key_list('Product'))
                || ' ' || (SELECT group_concat("name", ',') FROM (SELECT "name" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" IN ('{suppliers}', '{lines}') AND "sql" IS NOT NULL ORDER BY "name"))
            """;

    private static string Kept(string suppliers, string lines)
        => $"ACME:-,ACME-B:1 Hammer@2 7/1=3,7/2=100 0 Country,{suppliers} {suppliers} IX_{lines}_Item,IX_{suppliers}_CountryId,IX_{suppliers}_Name,IX_{suppliers}_ParentId";
}

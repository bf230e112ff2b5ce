using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixtures;

/// <summary>
/// MIG1006 on the real dotnet-ef 10.0.15 histories of tests/Fixtures/RenameHistories (README.md lists the expected
/// verdicts, FINDINGS.md what EF scaffolded): every drop + add that is a rename is reported once, on the drop in
/// <c>Up()</c>; EF's own renames (v3 on SQLite, v8 to v11, v13) and the genuine replacements (v14, v15) stay silent,
/// and no other rule reports anything.
/// </summary>
public sealed class RenameHistoriesFixtureTests
{
    private const string Fixture = "tests/Fixtures/RenameHistories";

    [Theory]
    [InlineData("SqlServer", "nvarchar(20) → nvarchar(32)", "int → bigint", "nvarchar(12) → int", "int NULL → int NOT NULL", "nvarchar(10) → nvarchar(16)", "nvarchar(20) → nvarchar(32)", 17)]
    [InlineData("Npgsql", "character varying(20) → character varying(32)", "integer → bigint", "character varying(12) → integer", "integer NULL → integer NOT NULL", "character varying(10) → character varying(16)", "character varying(20) → character varying(32)", 18)]
    [InlineData("Sqlite", "TEXT(20) → TEXT(32)", null, "TEXT(12) → INTEGER", "INTEGER NULL → INTEGER NOT NULL", "TEXT(10) → TEXT(16)", "TEXT(20) → TEXT(32)", 17)]
    public async Task EveryRenameScaffoldedAsDropAndAdd_IsReportedOnce(
        string provider, string phone, string? points, string account, string birthYear, string postCode, string sku, int supplierLine)
    {
        var trees = ProjectAnalysis.Parse($"{Fixture}/Model", $"{Fixture}/Design", $"{Fixture}/Migrations/{provider}");

        var diagnostics = await ProjectAnalysis.AnalyzeAsync(ProjectAnalysis.Compile(trees), new MigrationOperationsAnalyzer());

        string File(string suffix) => trees.Single(t => t.FilePath.EndsWith(suffix + ".cs", System.StringComparison.Ordinal)).FilePath;
        var expected = new List<string>
        {
            $"MIG1006 {File("_RenamePhoneToPhoneNumberWidened")}:13: Migration 'RenamePhoneToPhoneNumberWidened' drops column 'Customers.Phone' and adds 'Customers.PhoneNumber' ({phone}): if this is a rename, every value of Phone is lost; rename it instead",
        };
        if (points is not null)
        {
            expected.Add($"MIG1006 {File("_RenameLoyaltyPointsToRewardPointsLong")}:13: Migration 'RenameLoyaltyPointsToRewardPointsLong' drops column 'Customers.LoyaltyPoints' and adds 'Customers.RewardPoints' ({points}): if this is a rename, every value of LoyaltyPoints is lost; rename it instead");
        }

        expected.AddRange(new[]
        {
            $"MIG1006 {File("_RenameAccountCodeToAccountNumberInt")}:13: Migration 'RenameAccountCodeToAccountNumberInt' drops column 'Customers.AccountCode' and adds 'Customers.AccountNumber' ({account}): if this is a rename, every value of AccountCode is lost; rename it instead",
            $"MIG1006 {File("_RenameBirthYearToYearOfBirthRequired")}:13: Migration 'RenameBirthYearToYearOfBirthRequired' drops column 'Customers.BirthYear' and adds 'Customers.YearOfBirth' ({birthYear}): if this is a rename, every value of BirthYear is lost; rename it instead",
            $"MIG1006 {File("_RenameAddressPostCodeToZipCodeWidened")}:13: Migration 'RenameAddressPostCodeToZipCodeWidened' drops column 'Customers.Address_PostCode' and adds 'Customers.Address_ZipCode' ({postCode}): if this is a rename, every value of Address_PostCode is lost; rename it instead",
            $"MIG1006 {File("_RenameSkuToProductCodeWidened")}:17: Migration 'RenameSkuToProductCodeWidened' drops column 'Products.Sku' and adds 'Products.ProductCode' ({sku}): if this is a rename, every value of Sku is lost; rename it instead",
            $"MIG1006 {File("_RenameSupplierToVendor")}:{supplierLine}: Migration 'RenameSupplierToVendor' drops table 'Suppliers' and adds 'Vendors' (the same 3 columns): if this is a rename, every row of Suppliers is lost; rename it instead",
        });

        Assert.Equal(expected.OrderBy(e => e, System.StringComparer.Ordinal), diagnostics.Select(ProjectAnalysis.Describe).OrderBy(e => e, System.StringComparer.Ordinal));
    }
}

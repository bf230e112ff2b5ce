using System.Threading.Tasks;
using MigrationAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = MigrationAnalyzers.Tests.Infrastructure.AnalyzerVerifier<MigrationAnalyzers.MisplacedPackageAnalyzer>;

namespace MigrationAnalyzers.Tests.Rules;

/// <summary>MIG2004: DbContext types and no migrations say the package sits in the wrong project.</summary>
public sealed class NoMigrationsInProjectTests
{
    private const string Contexts = """
        using Microsoft.EntityFrameworkCore;

        namespace Shop.Data
        {
            public abstract class BaseContext : DbContext { }
            public class {|#0:CatalogContext|} : BaseContext { }
            public class OrdersContext : DbContext { }
        }
        """;

    [Fact]
    public async Task ContextsWithoutMigrations_ReportOnce()
    {
        await Verify.VerifyAsync(
            [("Contexts.cs", Contexts)],
            new DiagnosticResult("MIG2004", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
                "'CatalogContext' is a DbContext, but this project holds no migrations: MigrationAnalyzers checks the project that contains them (the context's MigrationsAssembly), so install the package there"));
    }

    [Fact]
    public async Task AProjectWithAMigrationOrASnapshot_IsSilent()
    {
        await Verify.VerifyAsync([("Contexts.cs", Contexts.Replace("{|#0:CatalogContext|}", "CatalogContext", System.StringComparison.Ordinal)), EfFiles.Migration("20260101000000_Initial", "")]);
        await Verify.VerifyAsync([("Contexts.cs", Contexts.Replace("{|#0:CatalogContext|}", "CatalogContext", System.StringComparison.Ordinal)), EfFiles.Context("AppDbContext"), EfFiles.Snapshot("AppDbContext", EfFiles.SqlServerAnnotations)]);
    }

    [Fact]
    public async Task AProjectWithoutContexts_IsSilent()
    {
        await Verify.VerifyAsync([("Program.cs", "namespace Shop { public static class Program { public static void Main() { } } }")]);
    }
}

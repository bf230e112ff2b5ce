using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MigrationAnalyzers.Robustness;
using Xunit;

namespace MigrationAnalyzers.Tests.Robustness;

/// <summary><c>--dump ID FILE</c>: every diagnostic of one id, with the drop and the paired add to judge it by.</summary>
public sealed class DiagnosticDumpTests
{
    [Fact]
    public async Task Mig1006OfRenameHistories_IsDumpedWithTheDropAndThePairedAdd()
    {
        var project = Corpus.Projects.Single(p => p.Name == "RenameHistories/SqlServer");
        var mutant = new Mutant(42, project, project.Trees, project.AdditionalFiles, ["none: the project as it is"]);
        var compilation = Corpus.Compile(mutant.Trees, project.OutputKind);
        var outcome = await AnalysisRunner.AnalyzeAsync(compilation, mutant.AdditionalFiles, MutationSuite.AnalysisTimeout);
        var dump = new DiagnosticDump("MIG1006");

        await dump.AddAsync(mutant, compilation, outcome.Diagnostics);

        // v2-v7 and v12 (tests/Fixtures/RenameHistories/FINDINGS.md), each also reported on the project as it is.
        Assert.Equal(7, dump.Rows.Count);
        Assert.All(dump.Rows, r => Assert.True(r.InUnmutatedProject && r.Mutant == 42 && r.Project == "RenameHistories/SqlServer"));
        var phone = Assert.Single(dump.Rows, r => r.Dropped == "Customers.Phone");
        Assert.Equal("RenamePhoneToPhoneNumberWidened", phone.Migration);
        Assert.Equal("Customers.PhoneNumber", phone.Added);
        Assert.Equal("migrationBuilder.DropColumn( name: \"Phone\", table: \"Customers\")", phone.DropStatement);
        Assert.StartsWith("migrationBuilder.AddColumn<string>( name: \"PhoneNumber\", table: \"Customers\", type: \"nvarchar(32)\"", phone.AddStatement, StringComparison.Ordinal);
        Assert.Contains("none: the project as it is", phone.Mutations, StringComparison.Ordinal);
        var table = Assert.Single(dump.Rows, r => r.Dropped == "Suppliers");
        Assert.Equal("Vendors", table.Added);
        Assert.StartsWith("migrationBuilder.CreateTable( name: \"Vendors\"", table.AddStatement, StringComparison.Ordinal);

        var writer = new StringWriter();
        dump.Write(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.All(lines, l => Assert.Equal(DiagnosticDump.Columns.Length, l.TrimEnd('\r').Split('\t').Length));
        Assert.Equal(7, dump.Summary().Count());
    }

    [Fact]
    public async Task OtherIds_AreNotDumped()
    {
        var project = Corpus.Projects.Single(p => p.Name == "RenameHistories/Sqlite");
        var compilation = Corpus.Compile(project.Trees, project.OutputKind);
        var outcome = await AnalysisRunner.AnalyzeAsync(compilation, project.AdditionalFiles, MutationSuite.AnalysisTimeout);
        var dump = new DiagnosticDump("MIG9999");

        await dump.AddAsync(new Mutant(0, project, project.Trees, project.AdditionalFiles, ImmutableArray<string>.Empty), compilation, outcome.Diagnostics);

        Assert.NotEmpty(outcome.Diagnostics);
        Assert.Empty(dump.Rows);
    }
}

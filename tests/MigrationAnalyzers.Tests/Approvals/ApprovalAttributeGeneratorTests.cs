using System.Linq;
using System.Reflection;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Tests.Infrastructure;
using Xunit;

namespace MigrationAnalyzers.Tests.Approvals;

public sealed class ApprovalAttributeGeneratorTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static Compilation Generate(string name, string source, params MetadataReference[] references)
        => Generate(name, source, ParseOptions, references);

    private static Compilation Generate(string name, string source, CSharpParseOptions parseOptions, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, parseOptions)],
            TestReferences.All.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new ApprovalAttributeGenerator().AsSourceGenerator()], parseOptions: parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return output;
    }

    private static PortableExecutableReference Emit(Compilation compilation, out Assembly? loaded)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        loaded = Assembly.Load(stream.ToArray());
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private const string Migration = """
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("B")]
        namespace A;
        [MigrationAnalyzers.ApprovedDataLoss("Orders", Schema = "sales", Column = "Notes", Reason = "Moved to Remarks")]
        [MigrationAnalyzers.ApprovedDataLoss("Coupons")]
        public sealed class V2 { }
        """;

    [Fact]
    public void GeneratedAttribute_CompilesWithoutWarningsAndIsInternal()
    {
        var compilation = Generate("A", Migration);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var attribute = compilation.GetTypeByMetadataName(MigrationApprovals.AttributeFullName);
        Assert.NotNull(attribute);
        Assert.Equal(Accessibility.Internal, attribute.DeclaredAccessibility);
    }

    [Fact]
    public void UsesOfTheAttribute_AreNotCompiledIntoTheBinary()
    {
        Emit(Generate("A", Migration), out var assembly);

        Assert.Empty(assembly!.GetType("A.V2")!.GetCustomAttributesData());
    }

    [Fact]
    public void ProjectSeeingAnothersAttributeThroughInternalsVisibleTo_OptsOutAndUsesThatOne()
    {
        var a = Emit(Generate("A", Migration), out _);
        const string B = """
            namespace B;
            [MigrationAnalyzers.ApprovedDataLoss("Orders")]
            public sealed class V3 { }
            """;

        // Roslyn 4.8 cannot hide the generated type from other compilations: both are visible (CS0436, a warning)...
        Assert.Contains(Generate("B", B, a).GetDiagnostics(), d => d.Id == "CS0436");

        // ...so the project that sees the other's internals switches its own off and uses the other's.
        var optedOut = Generate("B", B, ParseOptions.WithPreprocessorSymbols("MIGRATION_ANALYZERS_OWN_APPROVAL_ATTRIBUTE"), a);
        Assert.Empty(optedOut.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var approvals = MigrationApprovals.Of(optedOut.GetTypeByMetadataName("B.V3")!);
        Assert.Equal("Orders", Assert.Single(approvals.All).Table);
    }

    [Fact]
    public void ProjectDefiningTheOptOutSymbol_DeclaresItsOwn()
    {
        var own = """
            namespace MigrationAnalyzers
            {
                [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
                public sealed class ApprovedDataLossAttribute(string table) : System.Attribute
                {
                    public string Table { get; } = table;
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Own",
            [CSharpSyntaxTree.ParseText(own, ParseOptions.WithPreprocessorSymbols("MIGRATION_ANALYZERS_OWN_APPROVAL_ATTRIBUTE"))],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create([new ApprovalAttributeGenerator().AsSourceGenerator()], parseOptions: ParseOptions.WithPreprocessorSymbols("MIGRATION_ANALYZERS_OWN_APPROVAL_ATTRIBUTE"))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MigrationAnalyzers.Benchmarks;

/// <summary>A named set of analyzers that a build would run together; a fresh instance of each per run.</summary>
public sealed record AnalyzerSet(string Name, Func<ImmutableArray<DiagnosticAnalyzer>> Create)
{
    private static readonly Lazy<ImmutableArray<Type>> EfCoreAnalyzers = new(() =>
    {
        // EF Core 10's analyzers are built against Roslyn 5.0; this program runs Roslyn 4.11 (the test project that
        // references it is pinned to 4.11 by the testing packages). They use no API that 4.11 lacks: their requests
        // for Roslyn's assemblies are answered with the ones loaded, and their code fixes (Workspaces) are left out.
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name.Name)
            : null;
        var assembly = Assembly.LoadFrom(EfCoreAnalyzersPath);
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        return types.OfType<Type>()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Ours: every analyzer of the MigrationAnalyzers assembly, as the package installs them.</summary>
    public static AnalyzerSet Ours { get; } = new("ours", () => CSharpAnalyzerTypes(typeof(MigrationOperationsAnalyzer).Assembly).Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray());

    /// <summary>
    /// EF Core's own analyzers, <c>Microsoft.EntityFrameworkCore.Analyzers</c> at the version the project's EF Core
    /// references: the package every EF Core project gets with <c>Microsoft.EntityFrameworkCore</c>. Loaded from the
    /// copy of its <c>analyzers/dotnet/cs</c> assembly next to this program (see the project file), every analyzer and
    /// suppressor it declares for C#.
    /// </summary>
    public static AnalyzerSet EfCore { get; } = new("EF Core", () => EfCoreAnalyzers.Value.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray());

    /// <summary>The naive analyzer: binds every <c>DropTable</c>/<c>DropColumn</c> call and does nothing else.</summary>
    public static AnalyzerSet Naive { get; } = new("naive", () => ImmutableArray.Create<DiagnosticAnalyzer>(new NaiveDropAnalyzer()));

    public static ImmutableArray<AnalyzerSet> All { get; } = ImmutableArray.Create(Ours, EfCore, Naive);

    /// <summary>
    /// Another build of our analyzers (a change to try), loaded from <paramref name="assemblyPath"/> into its own load
    /// context beside the one this program references, so that the two are measured side by side in one process.
    /// Roslyn and everything else come from the default context.
    /// </summary>
    public static AnalyzerSet Candidate(string assemblyPath)
    {
        var types = new Lazy<ImmutableArray<Type>>(() =>
        {
            var context = new AssemblyLoadContext("candidate", isCollectible: false);
            return CSharpAnalyzerTypes(context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath)));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        return new AnalyzerSet("candidate", () => types.Value.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray());
    }

    /// <summary>The analyzers an assembly declares for C#, as a compiler loading it would find them.</summary>
    private static ImmutableArray<Type> CSharpAnalyzerTypes(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>The path of EF Core's analyzer assembly next to this program.</summary>
    public static string EfCoreAnalyzersPath => Path.Combine(AppContext.BaseDirectory, "EfCoreAnalyzers", "Microsoft.EntityFrameworkCore.Analyzers.dll");

    /// <summary>The analyzers and suppressors of EF Core's set, by name.</summary>
    public static string EfCoreAnalyzerNames => string.Join(", ", EfCoreAnalyzers.Value.Select(t => t.Name));

    /// <summary>The version of that assembly, as its file says.</summary>
    public static string EfCoreAnalyzersVersion => System.Diagnostics.FileVersionInfo.GetVersionInfo(EfCoreAnalyzersPath).ProductVersion is { } version ? version.Split('+')[0] : "?";
}

/// <summary>
/// The cheapest analyzer that could do our job at all: on every invocation named <c>DropTable</c> or <c>DropColumn</c>,
/// it binds the call and checks that it is <c>MigrationBuilder</c>'s. It reads no model and reports nothing. What
/// it costs is the price of looking at every call of the compilation, designers included, and binding the drops.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
#pragma warning disable RS1036 // Not shipped: a measuring stick for the benchmark only.
public sealed class NaiveDropAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036
{
#pragma warning disable RS2008 // Not shipped: no release tracking for a measuring stick.
    private static readonly DiagnosticDescriptor Never = new("NAIVE0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

    private int _drops;

    /// <summary>The drops bound in the last analysis: proof that it ran.</summary>
    public int Drops => Volatile.Read(ref _drops);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder") is not { } migrationBuilder)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(
                c =>
                {
                    var invocation = (InvocationExpressionSyntax)c.Node;
                    if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DropTable" or "DropColumn" }
                        && c.SemanticModel.GetSymbolInfo(invocation, c.CancellationToken).Symbol is IMethodSymbol method
                        && SymbolEqualityComparer.Default.Equals(method.ContainingType, migrationBuilder))
                    {
                        Interlocked.Increment(ref _drops);
                    }
                },
                SyntaxKind.InvocationExpression);
        });
    }
}

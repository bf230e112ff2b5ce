using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers;

/// <summary>
/// MIG2004 (Info): the project declares DbContext types but holds no migration and no model snapshot, so the package
/// has nothing to check here; it belongs in the project that holds the migrations (the context's MigrationsAssembly).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MisplacedPackageAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Mig2004_NoMigrationsInProject);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Migrations and snapshots are generated code; they must count.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!SemanticFacts.References(start.Compilation, SemanticFacts.EntityFrameworkCoreAssemblyName))
            {
                return;
            }

            INamedTypeSymbol? firstContext = null;
            var holdsMigrations = 0;
            var gate = new object();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (Volatile.Read(ref holdsMigrations) == 1 || type.TypeKind != TypeKind.Class)
                    {
                        return;
                    }

                    if (SemanticFacts.IsMigration(type) || SemanticFacts.IsModelSnapshot(type))
                    {
                        Interlocked.Exchange(ref holdsMigrations, 1);
                    }
                    else if (SemanticFacts.IsDbContext(type) && !type.IsAbstract)
                    {
                        lock (gate)
                        {
                            // The first by full name, so that the report does not depend on thread timing.
                            if (firstContext is null || string.CompareOrdinal(type.ToDisplayString(), firstContext.ToDisplayString()) < 0)
                            {
                                firstContext = type;
                            }
                        }
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                if (Volatile.Read(ref holdsMigrations) == 0 && firstContext is { } context && context.Locations.Length > 0)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.Mig2004_NoMigrationsInProject, context.Locations[0], context.Name));
                }
            });
        });
    }
}

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
    private const string ModelSnapshotTypeName = "Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot";

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
            var compilation = start.Compilation;
            if (compilation.GetTypeByMetadataName(SourceMapping.SourceMappings.DbContextTypeName) is not { } dbContext)
            {
                return;
            }

            var migration = compilation.GetTypeByMetadataName(SemanticFacts.MigrationTypeName);
            var snapshot = compilation.GetTypeByMetadataName(ModelSnapshotTypeName);
            INamedTypeSymbol? firstContext = null;
            var holdsMigrations = 0;
            var gate = new object();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if ((migration is not null && SemanticFacts.DerivesFrom(type, migration)) || (snapshot is not null && SemanticFacts.DerivesFrom(type, snapshot)))
                    {
                        Interlocked.Exchange(ref holdsMigrations, 1);
                    }
                    else if (SemanticFacts.DerivesFrom(type, dbContext) && !type.IsAbstract)
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

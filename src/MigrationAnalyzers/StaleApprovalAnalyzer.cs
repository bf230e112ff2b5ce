using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Configuration;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers;

/// <summary>
/// MIG2002: an <c>[ApprovedDataLoss]</c> that matches no drop, rename or raw-SQL drop in its migration. A stale
/// approval approves nothing today and would hide the next real drop of that table or column.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaleApprovalAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The calls an approval can match; when one of them cannot be read, no approval is judged stale.</summary>
    private static readonly ImmutableHashSet<string> MatchableCalls = ImmutableHashSet.Create(
        StringComparer.Ordinal, "DropTable", "DropColumn", "RenameTable", "RenameColumn", "Sql");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Mig2002_StaleApproval);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Migrations marked as generated code still carry approvals (see MigrationOperationsAnalyzer).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (SemanticFacts.References(start.Compilation, SemanticFacts.RelationalAssemblyName))
            {
                var compilation = start.Compilation;
                var index = new CancellableLazy<ModelIndex>(cancellationToken => ModelIndex.Build(compilation, cancellationToken));
                start.RegisterSyntaxNodeAction(c => AnalyzeClass(c, index), SyntaxKind.ClassDeclaration);
            }
        });
    }

    private static void AnalyzeClass(SyntaxNodeAnalysisContext context, CancellableLazy<ModelIndex> index)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;
        if (declaration.AttributeLists.Count == 0
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
            || !SemanticFacts.IsMigration(type))
        {
            return;
        }

        var approvals = new List<Approval>();
        foreach (var approval in MigrationApprovals.Of(type).All)
        {
            if (approval.Attribute.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == declaration.SyntaxTree
                && declaration.Span.Contains(reference.Span))
            {
                approvals.Add(approval);
            }
        }

        if (approvals.Count == 0 || Baseline.Covers(context.Options, declaration.SyntaxTree, type)
            || ReadOperations(type, context.SemanticModel, context.CancellationToken) is not { } operations)
        {
            return;
        }

        // Approvals compare names as the migration's context does (its default schema, its provider's case rules).
        var modelIndex = index.GetValue(context.CancellationToken);
        var scope = modelIndex.FindMigration(TreeFacts.FullName(declaration)) is { } migration && modelIndex.ContextOf(migration) is { } owner
            ? owner.Scope
            : NameScope.Unknown;
        foreach (var approval in approvals)
        {
            if (!Matches(approval, operations, scope))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.Mig2002_StaleApproval,
                    approval.Attribute.ApplicationSyntaxReference!.GetSyntax(context.CancellationToken).GetLocation(),
                    approval.Reference.ToString(),
                    type.Name));
            }
        }
    }

    /// <summary>The operations of <c>Up()</c> and <c>Down()</c> of every partial; <see langword="null"/> when a call an approval could match cannot be read.</summary>
    private static List<MigrationOperation>? ReadOperations(INamedTypeSymbol type, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var resolve = SemanticFacts.ConstantResolver(semanticModel, cancellationToken);

        var operations = new List<MigrationOperation>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not ClassDeclarationSyntax part)
            {
                continue;
            }

            foreach (var member in part.Members)
            {
                if (member is not MethodDeclarationSyntax { Identifier.ValueText: "Up" or "Down", ParameterList.Parameters.Count: 1 } method)
                {
                    continue;
                }

                // Constants resolve through the semantic model of this tree only; other partials are read from syntax.
                var read = MigrationOperationReader.Read(method, part.SyntaxTree == semanticModel.SyntaxTree ? resolve : null);
                var recorded = 0;
                foreach (var operation in read)
                {
                    if (!operation.IsRawSql && MatchableCalls.Contains(operation.Kind.ToString()))
                    {
                        recorded++;
                    }
                }

                if (recorded != CountMatchableCalls(method))
                {
                    return null;
                }

                operations.AddRange(read);
            }
        }

        return operations;
    }

    private static int CountMatchableCalls(MethodDeclarationSyntax method)
    {
        var builder = method.ParameterList.Parameters[0].Identifier.ValueText;
        var count = 0;
        foreach (var node in method.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access }
                && receiver.Identifier.ValueText == builder
                && MatchableCalls.Contains(access.Name.Identifier.ValueText))
            {
                count++;
            }
        }

        return count;
    }

    private static bool Matches(Approval approval, List<MigrationOperation> operations, NameScope scope)
    {
        foreach (var operation in operations)
        {
            if (operation.Kind == MigrationOperationKind.Sql && operation.SqlText is null)
            {
                // SQL that is not a constant may drop anything.
                return true;
            }

            if (operation.Kind.IsApprovable() && operation.Target is { } target && approval.Covers(target, scope))
            {
                return true;
            }
        }

        return false;
    }
}

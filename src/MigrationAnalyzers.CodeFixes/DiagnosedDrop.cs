using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>A diagnostic's drop as the fixers see it: its call, its migration class, both methods' operations, and how their names compare.</summary>
internal sealed class DiagnosedDrop
{
    private DiagnosedDrop(
        Diagnostic diagnostic, MigrationOperation operation, TableRef target, MigrationDirection direction, ClassDeclarationSyntax migration,
        ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope)
    {
        Diagnostic = diagnostic;
        Operation = operation;
        Target = target;
        Direction = direction;
        Migration = migration;
        Up = up;
        Down = down;
        Scope = scope;
    }

    public Diagnostic Diagnostic { get; }

    public MigrationOperation Operation { get; }

    /// <summary>The table, or column, the operation drops or empties.</summary>
    public TableRef Target { get; }

    public MigrationDirection Direction { get; }

    /// <summary>The partial that holds the drop: the one in the document being fixed.</summary>
    public ClassDeclarationSyntax Migration { get; }

    public ImmutableArray<MigrationOperation> Up { get; }

    public ImmutableArray<MigrationOperation> Down { get; }

    /// <summary>How the migration's names compare, as the analyzer judged them.</summary>
    public NameScope Scope { get; }

    /// <summary>The operations of the method that holds the drop.</summary>
    public ImmutableArray<MigrationOperation> Same => Direction == MigrationDirection.Up ? Up : Down;

    /// <summary>
    /// The drop the diagnostic sits on (<c>migrationBuilder.[|DropTable|](...)</c>), read with the analyzer's own
    /// <see cref="MigrationOperationReader"/>; <see langword="null"/> when the code no longer has that shape.
    /// </summary>
    public static DiagnosedDrop? Find(SyntaxNode root, SemanticModel? semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        // Fix All calls this for every diagnostic of a solution: a cancelled one stops here.
        cancellationToken.ThrowIfCancellationRequested();
        if (DiagnosticProperties.DirectionOf(diagnostic) is not { } direction
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
            || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
            || invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { Parent: ClassDeclarationSyntax migration })
        {
            return null;
        }

        var resolve = semanticModel is null ? null : SemanticFacts.ConstantResolver(semanticModel, cancellationToken);

        var up = Read(migration, "Up", resolve);
        var down = Read(migration, "Down", resolve);
        var scope = DiagnosticProperties.ScopeOf(diagnostic);

        // A Sql(...) call holds several statements: take the one the diagnostic sits on.
        var candidates = (direction == MigrationDirection.Up ? up : down).Where(o => o.Syntax == invocation).ToList();
        var reportedKind = DiagnosticProperties.KindOf(diagnostic);
        var reportedTarget = DiagnosticProperties.TargetOf(diagnostic);
        var operation = candidates.FirstOrDefault(o => o.SqlLocation is { } sql && sql.SourceSpan == diagnostic.Location.SourceSpan)
            ?? candidates.FirstOrDefault(o => !o.IsRawSql)
            ?? candidates.FirstOrDefault(o => o.IsRawSql && o.Kind == reportedKind
                                              && o.Target is { } target && reportedTarget is not null && scope.Same(target, reportedTarget));
        var isDrop = operation is { Kind: MigrationOperationKind.DropTable or MigrationOperationKind.DropColumn }
            or { IsRawSql: true, Kind: MigrationOperationKind.Truncate or MigrationOperationKind.DeleteAllRows };
        return isDrop && operation!.Target is { } dropped
            ? new DiagnosedDrop(diagnostic, operation, dropped, direction, migration, up, down, scope)
            : null;
    }

    private static ImmutableArray<MigrationOperation> Read(ClassDeclarationSyntax migration, string name, Func<ExpressionSyntax, ConstantString>? resolve)
        => MethodOf(migration, name) is { } method ? MigrationOperationReader.Read(method, resolve) : ImmutableArray<MigrationOperation>.Empty;

    /// <summary>The <c>Up</c> or <c>Down</c> method (<paramref name="name"/>) of a migration partial: the one with one parameter.</summary>
    public static MethodDeclarationSyntax? MethodOf(ClassDeclarationSyntax migration, string name)
    {
        foreach (var member in migration.Members)
        {
            if (member is MethodDeclarationSyntax method && method.Identifier.ValueText == name && method.ParameterList.Parameters.Count == 1)
            {
                return method;
            }
        }

        return null;
    }
}

using System;
using System.Threading;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>A diagnostic's drop as the fixers see it: its call, its migration class, and both methods' operations.</summary>
internal sealed class DiagnosedDrop
{
    private DiagnosedDrop(
        Diagnostic diagnostic, MigrationOperation operation, MigrationDirection direction, ClassDeclarationSyntax migration,
        ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down)
    {
        Diagnostic = diagnostic;
        Operation = operation;
        Direction = direction;
        Migration = migration;
        Up = up;
        Down = down;
    }

    public Diagnostic Diagnostic { get; }

    public MigrationOperation Operation { get; }

    public MigrationDirection Direction { get; }

    /// <summary>The partial that holds the drop: the one in the document being fixed.</summary>
    public ClassDeclarationSyntax Migration { get; }

    public ImmutableArray<MigrationOperation> Up { get; }

    public ImmutableArray<MigrationOperation> Down { get; }

    public ImmutableArray<MigrationOperation> Same => Direction == MigrationDirection.Up ? Up : Down;

    public ImmutableArray<MigrationOperation> Opposite => Direction == MigrationDirection.Up ? Down : Up;

    public string? Schema => Property(DiagnosticProperties.Schema);

    public string Table => Property(DiagnosticProperties.Table) ?? Operation.Table;

    public string? Column => Property(DiagnosticProperties.Column);

    private string? Property(string key) => Diagnostic.Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// The drop the diagnostic sits on (<c>migrationBuilder.[|DropTable|](...)</c>), read with the analyzer's
    /// own <see cref="MigrationOperationReader"/>; <see langword="null"/> when the code no longer has that shape.
    /// </summary>
    public static DiagnosedDrop? Find(SyntaxNode root, SemanticModel? semanticModel, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Direction, out var directionText)
            || !Enum.TryParse<MigrationDirection>(directionText, out var direction)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
            || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
            || invocation.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { Parent: ClassDeclarationSyntax migration })
        {
            return null;
        }

        var resolve = semanticModel is null ? null : SemanticFacts.ConstantResolver(semanticModel, CancellationToken.None);

        var up = Read(migration, "Up", resolve);
        var down = Read(migration, "Down", resolve);
        // A Sql(...) call holds several statements: take the one the diagnostic sits on.
        var candidates = (direction == MigrationDirection.Up ? up : down).Where(o => o.Syntax == invocation).ToList();
        var operation = candidates.FirstOrDefault(o => o.SqlLocation is { } sql && sql.SourceSpan == diagnostic.Location.SourceSpan)
            ?? candidates.FirstOrDefault(o => !o.IsRawSql)
            ?? candidates.FirstOrDefault(o => o.IsRawSql && diagnostic.Properties.TryGetValue(DiagnosticProperties.Operation, out var kind) && kind == o.Kind.ToString()
                                              && diagnostic.Properties.TryGetValue(DiagnosticProperties.Table, out var table) && table == o.Table);
        return operation is { Kind: MigrationOperationKind.DropTable or MigrationOperationKind.DropColumn }
            or { IsRawSql: true, Kind: MigrationOperationKind.Truncate or MigrationOperationKind.DeleteAllRows }
            ? new DiagnosedDrop(diagnostic, operation, direction, migration, up, down)
            : null;
    }

    private static ImmutableArray<MigrationOperation> Read(ClassDeclarationSyntax migration, string name, Func<ExpressionSyntax, ConstantString>? resolve)
    {
        foreach (var member in migration.Members)
        {
            if (member is MethodDeclarationSyntax method && method.Identifier.ValueText == name && method.ParameterList.Parameters.Count == 1)
            {
                return MigrationOperationReader.Read(method, resolve);
            }
        }

        return ImmutableArray<MigrationOperation>.Empty;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// "Remove this drop": the statements to delete so that the migration stays consistent without the drop.
/// For a table dropped in <c>Up()</c>: the drop, its keys and indexes dropped in <c>Up()</c>, the foreign keys
/// of other tables that <c>Down()</c> re-adds with it as principal (when those tables and columns stay), and in
/// <c>Down()</c> its <c>CreateTable</c>, indexes, keys, foreign keys and seed data. For a column: the drop, the
/// <c>AddColumn</c> in <c>Down()</c> that re-creates it, and the indexes and keys on it in both methods.
/// </summary>
internal static class RemoveDrop
{
    /// <summary>The statements to remove; <see langword="null"/> when the migration cannot be kept consistent.</summary>
    public static ImmutableArray<StatementSyntax>? Plan(DiagnosedDrop drop)
    {
        if (drop.Operation.IsRawSql)
        {
            // A statement inside SQL text is the user's to edit; removing the whole Sql(...) call could lose more.
            return null;
        }

        if (drop.Direction == MigrationDirection.Up && Creations.IsCreatedAgainAfter(drop.Up, drop.Operation, drop.Scope))
        {
            // Up() drops and then re-creates it: without the drop the re-creation would fail.
            return null;
        }

        var removed = new List<MigrationOperation> { drop.Operation };
        if (drop.Operation.Kind == MigrationOperationKind.DropTable)
        {
            PlanTable(drop, removed);
        }
        else if (drop.Direction == MigrationDirection.Up)
        {
            PlanColumn(drop, removed);
        }

        var statements = ImmutableArray.CreateBuilder<StatementSyntax>(removed.Count);
        foreach (var operation in removed.Distinct())
        {
            if (StatementOf(operation.Syntax) is not { } statement)
            {
                return null;
            }

            statements.Add(statement);
        }

        return statements.ToImmutable();
    }

    /// <summary>The statement <c>migrationBuilder.X(...)[.Annotation(...)...];</c> directly in a method's body.</summary>
    public static ExpressionStatementSyntax? StatementOf(InvocationExpressionSyntax invocation)
    {
        SyntaxNode current = invocation;
        while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
               && access.Parent is InvocationExpressionSyntax outer && outer.Expression == access)
        {
            current = outer;
        }

        return current.Parent is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax { Parent: MethodDeclarationSyntax }
            ? statement
            : null;
    }

    private static void PlanTable(DiagnosedDrop drop, List<MigrationOperation> removed)
    {
        var table = drop.Target;
        var scope = drop.Scope;
        foreach (var operation in drop.Same)
        {
            if (operation.Kind.IsConstraintDrop() && OnTable(operation, table, scope))
            {
                removed.Add(operation);
            }
        }

        if (drop.Direction != MigrationDirection.Up)
        {
            return;
        }

        foreach (var operation in drop.Down)
        {
            switch (operation.Kind)
            {
                case MigrationOperationKind.CreateTable or MigrationOperationKind.CreateIndex or MigrationOperationKind.AddPrimaryKey
                    or MigrationOperationKind.AddUniqueConstraint or MigrationOperationKind.InsertData or MigrationOperationKind.AddForeignKey
                    when OnTable(operation, table, scope):
                    removed.Add(operation);
                    break;
                case MigrationOperationKind.AddForeignKey
                    when operation.Principal is { } principal && scope.SameTable(principal, table) && !DependentChanges(drop.Up, operation, scope):
                    // The table stays, and so do the foreign keys to it: Up() must not drop them, Down() not re-add them.
                    removed.Add(operation);
                    removed.AddRange(drop.Up.Where(o => IsDropOf(o, operation, scope)));
                    break;
            }
        }
    }

    private static void PlanColumn(DiagnosedDrop drop, List<MigrationOperation> removed)
    {
        var column = drop.Target;
        var scope = drop.Scope;
        foreach (var operation in drop.Down)
        {
            switch (operation.Kind)
            {
                case MigrationOperationKind.AddColumn when operation.Target is { } added && scope.Same(added, column):
                    removed.Add(operation);
                    break;
                case MigrationOperationKind.CreateIndex or MigrationOperationKind.AddPrimaryKey or MigrationOperationKind.AddUniqueConstraint
                    or MigrationOperationKind.AddForeignKey
                    when OnTable(operation, column, scope) && operation.Columns.Any(c => scope.SameName(c, column.Column)):
                    // The index or key on the column stays with it: Up() must not drop it, Down() not create it again.
                    removed.Add(operation);
                    removed.AddRange(drop.Up.Where(o => IsDropOf(o, operation, scope)));
                    break;
            }
        }
    }

    /// <summary>Whether <c>Up()</c> drops the dependent table of a foreign key, or renames or drops one of its columns.</summary>
    private static bool DependentChanges(ImmutableArray<MigrationOperation> up, MigrationOperation foreignKey, NameScope scope)
        => up.Any(o => o.Target is { } target && scope.SameTable(target, foreignKey.Target!)
                       && (o.Kind == MigrationOperationKind.DropTable
                           || (o.Kind is MigrationOperationKind.DropColumn or MigrationOperationKind.RenameColumn
                               && foreignKey.Columns.Any(c => scope.SameName(c, target.Column)))));

    /// <summary>Whether <paramref name="drop"/> drops the index or key <paramref name="creation"/> creates.</summary>
    private static bool IsDropOf(MigrationOperation drop, MigrationOperation creation, NameScope scope)
        => drop.Kind.CreationOf() == creation.Kind
           && scope.SameName(drop.ConstraintName, creation.ConstraintName)
           && drop.Target is { } table && OnTable(creation, table, scope);

    private static bool OnTable(MigrationOperation operation, TableRef table, NameScope scope)
        => operation.Target is { } target && scope.SameTable(target, table);
}

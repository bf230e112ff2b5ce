using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        var drops = drop.Operation;
        if (drops.IsRawSql)
        {
            // A statement inside SQL text is the user's to edit; removing the whole Sql(...) call could lose more.
            return null;
        }

        var removed = new List<MigrationOperation> { drops };
        if (drop.Direction == MigrationDirection.Up && RecreatedLater(drop))
        {
            // Up() drops and then re-creates it: without the drop the re-creation would fail.
            return null;
        }

        if (drops.Kind == MigrationOperationKind.DropTable)
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
        var table = drop.Operation;
        foreach (var operation in drop.Same)
        {
            if (operation.Kind is MigrationOperationKind.DropForeignKey or MigrationOperationKind.DropIndex
                    or MigrationOperationKind.DropPrimaryKey or MigrationOperationKind.DropUniqueConstraint
                && SameTable(operation, table))
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
                    or MigrationOperationKind.AddUniqueConstraint or MigrationOperationKind.InsertData
                    when SameTable(operation, table):
                    removed.Add(operation);
                    break;
                case MigrationOperationKind.AddForeignKey when SameTable(operation, table):
                    removed.Add(operation);
                    break;
                case MigrationOperationKind.AddForeignKey
                    when SameName(operation.PrincipalTable, table.Table) && SameName(operation.PrincipalSchema, table.Schema)
                         && !DependentChanges(drop.Up, operation):
                    // The table stays, and so do the foreign keys to it: Up() must not drop them, Down() not re-add them.
                    removed.Add(operation);
                    removed.AddRange(drop.Up.Where(o => o.Kind == MigrationOperationKind.DropForeignKey && SameObject(o, operation)));
                    break;
            }
        }
    }

    private static void PlanColumn(DiagnosedDrop drop, List<MigrationOperation> removed)
    {
        var column = drop.Operation;
        foreach (var operation in drop.Down)
        {
            switch (operation.Kind)
            {
                case MigrationOperationKind.AddColumn when SameTable(operation, column) && SameName(operation.Column, column.Column):
                    removed.Add(operation);
                    break;
                case MigrationOperationKind.CreateIndex or MigrationOperationKind.AddPrimaryKey or MigrationOperationKind.AddUniqueConstraint
                    or MigrationOperationKind.AddForeignKey
                    when SameTable(operation, column) && operation.Columns.Any(c => SameName(c, column.Column)):
                    // The index or key on the column stays with it: Up() must not drop it, Down() not create it again.
                    removed.Add(operation);
                    removed.AddRange(drop.Up.Where(o => IsDropOf(o, operation)));
                    break;
            }
        }
    }

    /// <summary>Whether <c>Up()</c> drops the dependent table of a foreign key, or one of its columns.</summary>
    private static bool DependentChanges(ImmutableArray<MigrationOperation> up, MigrationOperation foreignKey)
        => up.Any(o => SameTable(o, foreignKey)
                       && (o.Kind == MigrationOperationKind.DropTable
                           || (o.Kind is MigrationOperationKind.DropColumn or MigrationOperationKind.RenameColumn && foreignKey.Columns.Any(c => SameName(c, o.Column)))));

    private static bool RecreatedLater(DiagnosedDrop drop)
    {
        var dropped = drop.Operation;
        return drop.Up.Any(o => o.Syntax.SpanStart > dropped.Syntax.SpanStart && (dropped.Kind == MigrationOperationKind.DropTable
            ? o.Kind is MigrationOperationKind.CreateTable or MigrationOperationKind.RenameTable && SameName(o.ResultingTable, dropped.Table) && SameName(o.ResultingSchema, dropped.Schema)
            : (o.Kind == MigrationOperationKind.AddColumn && SameName(o.Column, dropped.Column) || o.Kind == MigrationOperationKind.RenameColumn && SameName(o.NewName, dropped.Column))
              && SameTable(o, dropped)));
    }

    private static bool IsDropOf(MigrationOperation drop, MigrationOperation creation)
        => SameObject(drop, creation) && (drop.Kind, creation.Kind) switch
        {
            (MigrationOperationKind.DropIndex, MigrationOperationKind.CreateIndex) => true,
            (MigrationOperationKind.DropPrimaryKey, MigrationOperationKind.AddPrimaryKey) => true,
            (MigrationOperationKind.DropUniqueConstraint, MigrationOperationKind.AddUniqueConstraint) => true,
            (MigrationOperationKind.DropForeignKey, MigrationOperationKind.AddForeignKey) => true,
            _ => false,
        };

    private static bool SameObject(MigrationOperation a, MigrationOperation b) => SameName(a.ObjectName, b.ObjectName) && SameTable(a, b);

    private static bool SameTable(MigrationOperation a, MigrationOperation b) => SameName(a.Table, b.Table) && SameName(a.Schema, b.Schema);

    private static bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>
/// "Rename instead (keep the values)" for MIG1006 on a table: EF's own rename block (tests/Fixtures/TableRenameHistories)
/// in place of the drop and the create. In <c>Up()</c>, <c>DropTable(s)</c> becomes the drops of <c>s</c>'s foreign keys,
/// indexes <c>v</c> does not have, unique constraint, primary key and check constraints whose names change, then
/// <c>RenameTable(s → v)</c>; <c>CreateTable(v)</c> becomes a <c>RenameIndex</c> for each index both have under another
/// name, then the unique constraints, primary key, check constraints and foreign keys under their new names; the
/// <c>CreateIndex</c> of an index <c>s</c> had goes, one of a new index stays. <c>Down()</c>'s mirror is rewritten the same
/// way back. EF's <c>DropForeignKey</c> and <c>AddForeignKey</c> of the tables that point at it stay as they are.
/// </summary>
/// <remarks>
/// Offered only where the rename gives the same table as the create: <c>Down()</c> holds the mirror (<c>s</c>'s keys and
/// indexes are read from its <c>CreateTable(s)</c> and <c>CreateIndex</c>), both tables are read completely, every column
/// is defined the same (type, facets, default, annotations), comment and table annotations are the same and not
/// temporal, the keys and constraints pair up one to one, and neither method does anything else to either table.
/// </remarks>
internal static class RenameTableInstead
{
    public static ImmutableDictionary<StatementSyntax, ImmutableArray<StatementSyntax>>? Plan(DiagnosedDrop drop)
    {
        var scope = drop.Scope;
        if (drop.Operation.Kind != MigrationOperationKind.DropTable
            || RenamePair.Find(drop.Operation, drop.Up, drop.Down, scope) is not { IsTable: true, DownDrop: { } downDrop, DownAdd: { } downAdd } pair
            || pair.Drop.Target is not { } oldTable || pair.Add.Target is not { } newTable)
        {
            return null;
        }

        // The old table as Down() creates it again, the new one as Up() creates it.
        var old = TableDefinition.Of(downAdd.Syntax);
        var now = TableDefinition.Of(pair.Add.Syntax);
        if (!old.IsComplete || !now.IsComplete || !SameColumns(old, now, scope) || !SameTableOptions(old, now)
            || PairConstraints(old.Constraints, now.Constraints, oldTable, newTable, scope) is not { } constraints)
        {
            return null;
        }

        var oldIndexes = IndexesCreatedAfter(drop.Down, downAdd, oldTable, scope);
        var newIndexes = IndexesCreatedAfter(drop.Up, pair.Add, newTable, scope);
        if (!OnlyTouchedByThePair(drop.Up, pair.Drop, pair.Add, newIndexes, oldTable, newTable, scope)
            || !OnlyTouchedByThePair(drop.Down, downDrop, downAdd, oldIndexes, oldTable, newTable, scope))
        {
            return null;
        }

        var indexes = PairIndexes(oldIndexes, newIndexes, scope);
        var plan = ImmutableDictionary.CreateBuilder<StatementSyntax, ImmutableArray<StatementSyntax>>();
        var up = new Rename(pair.Drop, pair.Add, constraints, indexes, oldIndexes, scope);
        var down = new Rename(
            downDrop, downAdd, constraints.Select(c => (c.Now, c.Old)).ToList(), indexes.Select(i => (i.Now, i.Old)).ToList(), newIndexes, scope);
        return up.AddTo(plan) && down.AddTo(plan) && !plan.Values.Any(statements => statements.Any(s => s.ContainsDiagnostics))
            ? plan.ToImmutable()
            : null;
    }

    /// <summary>The same columns, each defined alike: type, facets, default, computed SQL, comment and annotations as written.</summary>
    private static bool SameColumns(TableDefinition old, TableDefinition now, NameScope scope)
        => old.Columns.Length == now.Columns.Length
           && now.Columns.All(column => old.Columns.FirstOrDefault(o => scope.SameName(o.Name, column.Name)) is { } before
                                        && SyntaxFactory.AreEquivalent(before.Definition, column.Definition));

    /// <summary>The same comment and the same table annotations, none of a temporal table (EF renames its history table too).</summary>
    private static bool SameTableOptions(TableDefinition old, TableDefinition now)
        => Equivalent(old.Comment, now.Comment)
           && Equivalent(old.Annotations, now.Annotations)
           && !old.Annotations.Concat(now.Annotations).Any(IsTemporal);

    private static bool IsTemporal(ArgumentListSyntax annotation)
        => annotation.Arguments.Count > 0
           && SyntaxConstants.StringLiteral(annotation.Arguments[0].Expression) is { } name
           && name.IndexOf("Temporal", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Each key and constraint of the old table with the one of the new table defined alike (kind, columns, principal,
    /// actions, SQL, annotations); <see langword="null"/> unless they pair up one to one.
    /// </summary>
    private static List<(TableConstraint Old, TableConstraint Now)>? PairConstraints(
        ImmutableArray<TableConstraint> old, ImmutableArray<TableConstraint> now, TableRef oldTable, TableRef newTable, NameScope scope)
    {
        if (old.Length != now.Length)
        {
            return null;
        }

        var pairs = new List<(TableConstraint, TableConstraint)>();
        var unpaired = now.ToList();
        foreach (var constraint in old)
        {
            var match = unpaired.FirstOrDefault(n => Alike(constraint, n, oldTable, newTable, scope));
            if (match is null)
            {
                return null;
            }

            unpaired.Remove(match);
            pairs.Add((constraint, match));
        }

        return pairs;
    }

    private static bool Alike(TableConstraint old, TableConstraint now, TableRef oldTable, TableRef newTable, NameScope scope)
    {
        if (old.Kind != now.Kind || !SameColumnNames(old.Columns.Select(c => c.Name), now.Columns.Select(c => c.Name), scope)
            || !Equivalent(old.Annotations, now.Annotations)
            || old.Arguments.Length != now.Arguments.Length)
        {
            return false;
        }

        foreach (var (name, expression) in old.Arguments)
        {
            if (now.Argument(name) is not { } other)
            {
                return false;
            }

            if (name is not ("principalTable" or "principalSchema") && !SyntaxFactory.AreEquivalent(expression, other))
            {
                return false;
            }
        }

        return old.Kind != TableConstraintKind.ForeignKey || SamePrincipal(old, now, oldTable, newTable, scope);
    }

    /// <summary>The same principal table, or each table itself (a self-reference follows the rename).</summary>
    private static bool SamePrincipal(TableConstraint old, TableConstraint now, TableRef oldTable, TableRef newTable, NameScope scope)
    {
        if (Principal(old) is not { } before || Principal(now) is not { } after)
        {
            return Equivalent(old.Argument("principalTable"), now.Argument("principalTable"))
                   && Equivalent(old.Argument("principalSchema"), now.Argument("principalSchema"));
        }

        return scope.SameTable(before, after) || (scope.SameTable(before, oldTable) && scope.SameTable(after, newTable));
    }

    private static TableRef? Principal(TableConstraint foreignKey)
    {
        var table = SyntaxConstants.Evaluate(foreignKey.Argument("principalTable"));
        var schema = SyntaxConstants.Evaluate(foreignKey.Argument("principalSchema"));
        return table.Value is { } name && (schema.IsKnown || foreignKey.Argument("principalSchema") is null) ? new TableRef(schema.Value, name) : null;
    }

    /// <summary>The <c>CreateIndex</c> operations of <paramref name="table"/> after its <c>CreateTable</c>.</summary>
    private static List<MigrationOperation> IndexesCreatedAfter(
        ImmutableArray<MigrationOperation> operations, MigrationOperation create, TableRef table, NameScope scope)
        => operations.Skip(operations.IndexOf(create) + 1)
            .Where(o => o.Kind == MigrationOperationKind.CreateIndex && !o.IsRawSql && o.Target is { } target && scope.SameTable(target, table))
            .ToList();

    /// <summary>
    /// Whether the drop, the create and the index creations are all the method does to either table: seed data, a
    /// foreign key added after the create (a cycle EF breaks) or raw SQL would not mean the same after a rename.
    /// </summary>
    private static bool OnlyTouchedByThePair(
        ImmutableArray<MigrationOperation> operations, MigrationOperation drop, MigrationOperation create, List<MigrationOperation> indexes,
        TableRef oldTable, TableRef newTable, NameScope scope)
        => operations.All(o => o == drop || o == create || indexes.Contains(o)
                               || o.Target is not { } target || !(scope.SameTable(target, oldTable) || scope.SameTable(target, newTable)));

    /// <summary>Each index of the old table with the index of the new table on the same columns and with the same arguments.</summary>
    private static List<(MigrationOperation Old, MigrationOperation Now)> PairIndexes(List<MigrationOperation> old, List<MigrationOperation> now, NameScope scope)
    {
        var pairs = new List<(MigrationOperation, MigrationOperation)>();
        var unpaired = old.ToList();
        foreach (var index in now)
        {
            var match = unpaired.FirstOrDefault(o => SameColumnNames(o.Columns, index.Columns, scope) && SameIndexOptions(o.Syntax, index.Syntax));
            if (match is not null)
            {
                unpaired.Remove(match);
                pairs.Add((match, index));
            }
        }

        return pairs;
    }

    /// <summary><c>unique</c>, <c>filter</c>, <c>descending</c>, … and the annotations chained on, as written.</summary>
    private static bool SameIndexOptions(InvocationExpressionSyntax old, InvocationExpressionSyntax now)
    {
        var before = IndexOptions(old);
        var after = IndexOptions(now);
        return before.Count == after.Count
               && before.All(b => after.Any(a => a.Name == b.Name && SyntaxFactory.AreEquivalent(a.Expression, b.Expression)))
               && CallArguments.ChainedAnnotations(old) is { } oldAnnotations && CallArguments.ChainedAnnotations(now) is { } newAnnotations
               && Equivalent(oldAnnotations, newAnnotations);
    }

    private static List<(string Name, ExpressionSyntax Expression)> IndexOptions(InvocationExpressionSyntax createIndex)
        => CallArguments.Bind(createIndex.ArgumentList, MigrationBuilderSignatures.AddConstraint)
            .Where(a => a.Name is not ("name" or "schema" or "table" or "column" or "columns"))
            .ToList();

    private static bool SameColumnNames(IEnumerable<string> old, IEnumerable<string> now, NameScope scope)
    {
        var before = old.ToList();
        var after = now.ToList();
        return before.Count == after.Count && before.Zip(after, (b, a) => scope.SameName(b, a)).All(same => same);
    }

    private static bool Equivalent(SyntaxNode? old, SyntaxNode? now)
        => old is null ? now is null : now is not null && SyntaxFactory.AreEquivalent(old, now);

    private static bool Equivalent(ImmutableArray<ArgumentListSyntax> old, ImmutableArray<ArgumentListSyntax> now)
        => old.Length == now.Length && old.Zip(now, (o, n) => SyntaxFactory.AreEquivalent(o, n)).All(same => same);

    /// <summary>
    /// One method's rewrite: its <c>DropTable(from)</c> and <c>CreateTable(to)</c> become the rename block, with the
    /// constraints and indexes paired as (from, to) and the indexes only <c>from</c> has (created in the other method).
    /// </summary>
    private sealed class Rename(
        MigrationOperation drop, MigrationOperation create, List<(TableConstraint From, TableConstraint To)> constraints,
        List<(MigrationOperation From, MigrationOperation To)> indexes, List<MigrationOperation> fromIndexes, NameScope scope)
    {
        /// <summary>Adds this method's statements to <paramref name="plan"/>; <see langword="false"/> where a statement has another shape than EF's.</summary>
        public bool AddTo(ImmutableDictionary<StatementSyntax, ImmutableArray<StatementSyntax>>.Builder plan)
        {
            // A DropTable with annotations chained on is a temporal table's.
            if (RemoveDrop.StatementOf(drop.Syntax) is not { Expression: var dropped } dropStatement || dropped != drop.Syntax
                || RemoveDrop.StatementOf(create.Syntax) is not { } createStatement
                || dropStatement.ContainsDiagnostics || createStatement.ContainsDiagnostics
                || Argument(drop.Syntax, MigrationBuilderSignatures.DropTable, "name") is not { } fromName
                || Argument(create.Syntax, MigrationBuilderSignatures.CreateTable, "name") is not { } toName)
            {
                return false;
            }

            var fromSchema = Argument(drop.Syntax, MigrationBuilderSignatures.DropTable, "schema");
            var toSchema = Argument(create.Syntax, MigrationBuilderSignatures.CreateTable, "schema");

            // Before the rename, under the old names: what goes or is renamed by a drop and an add. EF's order.
            var before = new List<MigrationCall>();
            before.AddRange(Changing(TableConstraintKind.ForeignKey).Select(c => Drop("DropForeignKey", c.From.Name, fromName, fromSchema)));
            foreach (var index in fromIndexes.Where(i => !indexes.Any(p => p.From == i)))
            {
                if (Argument(index.Syntax, MigrationBuilderSignatures.AddConstraint, "name") is not { } name)
                {
                    return false;
                }

                before.Add(new MigrationCall("DropIndex").With("name", name).With("schema", fromSchema).With("table", fromName));
            }

            before.AddRange(Changing(TableConstraintKind.UniqueConstraint).Select(c => Drop("DropUniqueConstraint", c.From.Name, fromName, fromSchema)));
            before.AddRange(Changing(TableConstraintKind.PrimaryKey).Select(c => Drop("DropPrimaryKey", c.From.Name, fromName, fromSchema)));
            before.AddRange(Changing(TableConstraintKind.CheckConstraint).Select(c => Drop("DropCheckConstraint", c.From.Name, fromName, fromSchema)));
            before.Add(new MigrationCall("RenameTable").With("name", fromName).With("schema", fromSchema).With("newName", toName).With("newSchema", toSchema));

            // After it, under the new names.
            var after = new List<MigrationCall>();
            foreach (var (from, to) in indexes)
            {
                if (scope.SameName(from.ConstraintName, to.ConstraintName))
                {
                    continue;
                }

                after.Add(new MigrationCall("RenameIndex")
                    .With("name", Argument(from.Syntax, MigrationBuilderSignatures.AddConstraint, "name"))
                    .With("schema", toSchema)
                    .With("table", toName)
                    .With("newName", Argument(to.Syntax, MigrationBuilderSignatures.AddConstraint, "name")));
            }

            after.AddRange(Changing(TableConstraintKind.UniqueConstraint).Select(c => Key("AddUniqueConstraint", c.To, toName, toSchema)));
            after.AddRange(Changing(TableConstraintKind.PrimaryKey).Select(c => Key("AddPrimaryKey", c.To, toName, toSchema)));
            after.AddRange(Changing(TableConstraintKind.CheckConstraint).Select(c => Check(c.To, toName, toSchema)));
            after.AddRange(Changing(TableConstraintKind.ForeignKey).Select(c => ForeignKey(c.To, toName, toSchema)));

            plan[dropStatement] = MigrationCall.InPlaceOf(dropStatement, drop.Syntax, before);
            plan[createStatement] = after.Count == 0 ? ImmutableArray<StatementSyntax>.Empty : MigrationCall.InPlaceOf(createStatement, create.Syntax, after);
            foreach (var (_, to) in indexes)
            {
                // The index is there already, renamed or under the same name.
                if (RemoveDrop.StatementOf(to.Syntax) is not { ContainsDiagnostics: false } statement)
                {
                    return false;
                }

                plan[statement] = ImmutableArray<StatementSyntax>.Empty;
            }

            return true;
        }

        /// <summary>The pairs of <paramref name="kind"/> whose name changes: a name that stays goes along with the table.</summary>
        private IEnumerable<(TableConstraint From, TableConstraint To)> Changing(TableConstraintKind kind)
            => constraints.Where(c => c.From.Kind == kind
                                      && !(SyntaxConstants.StringLiteral(c.From.Name) is { } from && SyntaxConstants.StringLiteral(c.To.Name) is { } to
                                           && scope.SameName(from, to)));

        private static MigrationCall Drop(string method, ExpressionSyntax name, string table, string? schema)
            => new MigrationCall(method).With("name", Text(name)).With("schema", schema).With("table", table);

        private static MigrationCall Key(string method, TableConstraint key, string table, string? schema)
            => Columns(new MigrationCall(method).With("name", Text(key.Name)).With("schema", schema).With("table", table), key.Columns)
                .WithAnnotations(key.Annotations);

        private static MigrationCall Check(TableConstraint check, string table, string? schema)
            => new MigrationCall("AddCheckConstraint").With("name", Text(check.Name)).With("schema", schema).With("table", table)
                .With("sql", Text(check.Argument("sql")))
                .WithAnnotations(check.Annotations);

        /// <summary><c>AddForeignKey</c> in EF's argument order: name, schema, table, columns, principal, actions.</summary>
        private static MigrationCall ForeignKey(TableConstraint foreignKey, string table, string? schema)
        {
            var call = Columns(new MigrationCall("AddForeignKey").With("name", Text(foreignKey.Name)).With("schema", schema).With("table", table), foreignKey.Columns);
            foreach (var parameter in new[] { "principalSchema", "principalTable", "principalColumn", "principalColumns", "onUpdate", "onDelete" })
            {
                call.With(parameter, Text(foreignKey.Argument(parameter)));
            }

            return call.WithAnnotations(foreignKey.Annotations);
        }

        /// <summary><c>column: "A"</c> or <c>columns: new[] { "A", "B" }</c>, each name as written (a literal where the member named the column).</summary>
        private static MigrationCall Columns(MigrationCall call, ImmutableArray<TableColumn> columns)
        {
            var names = columns.Select(c => c.NameArgument is { } written ? Text(written)! : SymbolDisplay.FormatLiteral(c.Name, quote: true)).ToList();
            return names.Count == 1 ? call.With("column", names[0]) : call.With("columns", "new[] { " + string.Join(", ", names) + " }");
        }

        private static string? Argument(InvocationExpressionSyntax call, ImmutableArray<string> signature, string parameter)
            => Text(CallArguments.Find(call, signature, parameter));

        private static string? Text(ExpressionSyntax? expression) => expression?.WithoutTrivia().ToString();
    }
}

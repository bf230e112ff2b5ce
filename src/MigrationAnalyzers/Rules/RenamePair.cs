using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// A drop and an add in one <c>Up()</c> that look like one renamed column or table (MIG1006), with <c>Down()</c>'s
/// mirrored pair where it has one. The rule and the "Rename instead" fix find pairs here, so they agree on them.
/// </summary>
/// <remarks>
/// Columns: <c>DropColumn(t.a)</c> and a later <c>AddColumn(t.b)</c> of the same table, with no <c>RenameColumn</c> from
/// <c>a</c> and no re-add of <c>a</c>, whose names are related (<see cref="RelatedNames"/>) or whose index or unique
/// constraint moves: <c>Up()</c> drops one on <c>a</c> (its columns are in <c>Down()</c>'s re-creation) and creates
/// one of the same kind and uniqueness on the same columns with <c>b</c> for <c>a</c>. Tables: <c>DropTable(s)</c>
/// and a later <c>CreateTable(v)</c> whose columns equal <c>s</c>'s as a set (names and facets; <c>s</c>'s come from
/// <c>Down()</c>'s <c>CreateTable</c>, else from the previous model's columns). A pair must be unique both ways: a
/// drop related to two adds (or an add to two drops: a merge or a split) is no rename.
/// </remarks>
internal sealed class RenamePair
{
    private RenamePair(
        MigrationOperation drop, MigrationOperation add, MigrationOperation? downDrop, MigrationOperation? downAdd,
        ColumnFacets? oldFacets, ColumnFacets? newFacets, int columnCount)
    {
        Drop = drop;
        Add = add;
        DownDrop = downDrop;
        DownAdd = downAdd;
        OldFacets = oldFacets;
        NewFacets = newFacets;
        ColumnCount = columnCount;
    }

    /// <summary><c>Up()</c>'s <c>DropColumn</c> or <c>DropTable</c>.</summary>
    public MigrationOperation Drop { get; }

    /// <summary><c>Up()</c>'s <c>AddColumn</c> or <c>CreateTable</c>.</summary>
    public MigrationOperation Add { get; }

    /// <summary><c>Down()</c>'s drop of what <see cref="Add"/> adds, if it has one.</summary>
    public MigrationOperation? DownDrop { get; }

    /// <summary><c>Down()</c>'s re-creation of what <see cref="Drop"/> drops, if it has one.</summary>
    public MigrationOperation? DownAdd { get; }

    /// <summary>A column's facets before (from <c>Down()</c>'s <c>AddColumn</c>), if known.</summary>
    public ColumnFacets? OldFacets { get; }

    /// <summary>A column's facets after (from <c>Up()</c>'s <c>AddColumn</c>).</summary>
    public ColumnFacets? NewFacets { get; }

    /// <summary>For tables: how many columns the two have.</summary>
    public int ColumnCount { get; }

    public bool IsTable => Drop.Kind == MigrationOperationKind.DropTable;

    /// <summary>The pair <paramref name="drop"/> (of <paramref name="up"/>) belongs to, or <see langword="null"/>.</summary>
    public static RenamePair? Find(
        MigrationOperation drop, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope,
        IEnumerable<string>? previousColumns = null)
    {
        if (drop.IsRawSql || drop.Target is not { } dropped)
        {
            return null;
        }

        return drop.Kind switch
        {
            MigrationOperationKind.DropColumn when dropped.IsColumn => FindColumn(drop, dropped, up, down, scope),
            MigrationOperationKind.DropTable when !dropped.IsColumn => FindTable(drop, dropped, up, down, scope, previousColumns),
            _ => null,
        };
    }

    /// <summary>
    /// Whether <paramref name="drop"/>, a <c>DropTable</c> of <paramref name="up"/>, may pair with a later
    /// <c>CreateTable</c>, judged by column names alone: where <c>Down()</c> re-creates the dropped table, a later
    /// <c>CreateTable</c> of another table must list the same names. Spares the previous designer for most drops.
    /// </summary>
    public static bool MayPairTable(MigrationOperation drop, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope)
    {
        if (drop.Target is not { } dropped
            || DownCreation(down, dropped, scope) is not { } downAdd)
        {
            return true;
        }

        for (var i = up.IndexOf(drop) + 1; i < up.Length; i++)
        {
            var create = up[i];
            if (create.Kind == MigrationOperationKind.CreateTable && !create.IsRawSql && create.Target is { } created && !scope.SameTable(created, dropped)
                && SameNames(downAdd.Columns, create.Columns, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Down()</c>'s <c>CreateTable</c> of the table <c>Up()</c> drops: its columns are the old ones.</summary>
    private static MigrationOperation? DownCreation(ImmutableArray<MigrationOperation> down, TableRef dropped, NameScope scope)
        => down.FirstOrDefault(o => o.Kind == MigrationOperationKind.CreateTable && !o.IsRawSql && o.Target is { } t && scope.SameTable(t, dropped));

    private static bool SameNames(ImmutableArray<string> names, ImmutableArray<string> others, NameScope scope)
        => names.Length == others.Length && names.All(name => others.Any(other => scope.SameName(name, other)));

    private static RenamePair? FindColumn(
        MigrationOperation drop, TableRef dropped, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope)
    {
        if (Creations.IsCreatedAgainAfter(up, drop, scope) || up.Any(o => o.Kind == MigrationOperationKind.RenameColumn && o.Target is { } t && scope.Same(t, dropped)))
        {
            return null;
        }

        var adds = ColumnAddsAfter(drop, up, scope).Where(add => ColumnsRelate(drop, add, up, down, scope)).ToList();
        if (adds.Count != 1)
        {
            return null;
        }

        var add = adds[0];
        var drops = up.Where(o => o.Kind == MigrationOperationKind.DropColumn && !o.IsRawSql && o.Target is { IsColumn: true } t && scope.SameTable(t, dropped)
                                  && up.IndexOf(o) < up.IndexOf(add) && ColumnsRelate(o, add, up, down, scope)).ToList();
        if (drops.Count != 1)
        {
            return null;
        }

        var downAdd = down.FirstOrDefault(o => o.Kind == MigrationOperationKind.AddColumn && !o.IsRawSql && o.Target is { } t && scope.Same(t, dropped));
        var downDrop = down.FirstOrDefault(o => o.Kind == MigrationOperationKind.DropColumn && !o.IsRawSql && o.Target is { } t && scope.Same(t, add.Target!));
        return new RenamePair(
            drop, add, downDrop, downAdd, downAdd is null ? null : ColumnFacets.OfAddColumn(downAdd.Syntax), ColumnFacets.OfAddColumn(add.Syntax), 1);
    }

    /// <summary>The <c>AddColumn</c>s after <paramref name="drop"/> in <paramref name="up"/> of another column of the same table.</summary>
    private static IEnumerable<MigrationOperation> ColumnAddsAfter(MigrationOperation drop, ImmutableArray<MigrationOperation> up, NameScope scope)
    {
        var dropped = drop.Target!;
        for (var i = up.IndexOf(drop) + 1; i < up.Length; i++)
        {
            var operation = up[i];
            if (operation.Kind == MigrationOperationKind.AddColumn && !operation.IsRawSql && operation.Target is { IsColumn: true } added
                && scope.SameTable(added, dropped) && !scope.SameName(added.Column, dropped.Column))
            {
                yield return operation;
            }
        }
    }

    private static bool ColumnsRelate(
        MigrationOperation drop, MigrationOperation add, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope)
        => RelatedNames.AreRelated(drop.Target!.Column!, add.Target!.Column!) || IndexMoves(drop.Target!, add.Target!, up, down, scope);

    /// <summary>
    /// Whether <c>Up()</c> drops an index or unique constraint on <paramref name="dropped"/> (its columns read from
    /// <c>Down()</c>'s re-creation) and creates one of the same kind and uniqueness on the same columns with
    /// <paramref name="added"/> in its place.
    /// </summary>
    public static bool IndexMoves(TableRef dropped, TableRef added, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope)
    {
        foreach (var removal in up)
        {
            if (removal.Kind is not (MigrationOperationKind.DropIndex or MigrationOperationKind.DropUniqueConstraint)
                || removal.Target is not { } table || !scope.SameTable(table, dropped))
            {
                continue;
            }

            var old = down.FirstOrDefault(o => o.Kind == removal.Kind.CreationOf() && o.Target is { } t && scope.SameTable(t, dropped)
                                               && scope.SameName(o.ConstraintName, removal.ConstraintName));
            if (old is null || !old.Columns.Any(c => scope.SameName(c, dropped.Column)))
            {
                continue;
            }

            var moved = old.Columns.Select(c => scope.SameName(c, dropped.Column) ? added.Column! : c).ToList();
            if (up.Any(o => o.Kind == old.Kind && o.Target is { } t && scope.SameTable(t, added)
                            && o.Columns.Length == moved.Count && o.Columns.Zip(moved, (x, y) => scope.SameName(x, y)).All(same => same)
                            && Argument(o.Syntax, "unique") == Argument(old.Syntax, "unique")))
            {
                return true;
            }
        }

        return false;
    }

    private static RenamePair? FindTable(
        MigrationOperation drop, TableRef dropped, ImmutableArray<MigrationOperation> up, ImmutableArray<MigrationOperation> down, NameScope scope,
        IEnumerable<string>? previousColumns)
    {
        if (Creations.IsCreatedAgainAfter(up, drop, scope))
        {
            return null;
        }

        var downAdd = DownCreation(down, dropped, scope);
        var oldColumns = downAdd is null
            ? previousColumns?.Select(c => (Name: c, Facets: (ColumnFacets?)null)).ToList()
            : ColumnFacets.OfCreateTable(downAdd.Syntax).Select(c => (c.Name, Facets: (ColumnFacets?)c.Facets)).ToList();
        if (oldColumns is not { Count: > 0 })
        {
            return null;
        }

        var matches = new List<MigrationOperation>();
        for (var i = up.IndexOf(drop) + 1; i < up.Length; i++)
        {
            var create = up[i];
            if (create.Kind == MigrationOperationKind.CreateTable && !create.IsRawSql && create.Target is { } created && !scope.SameTable(created, dropped)
                && SameColumns(oldColumns, ColumnFacets.OfCreateTable(create.Syntax), scope))
            {
                matches.Add(create);
            }
        }

        if (matches.Count != 1)
        {
            return null;
        }

        var add = matches[0];

        // A column whose foreign key now points at another table holds other keys: a replacement, no rename
        // (ChapterMetadataPerson.ChapterMetadatasId → ChapterMetadata, ChapterPerson.ChapterMetadatasId → Chapter).
        if (downAdd is not null && PrincipalMoves(ForeignKeyPrincipals(downAdd.Syntax), ForeignKeyPrincipals(add.Syntax), dropped, add.Target!, up, scope))
        {
            return null;
        }

        // No other table dropped before it has the same columns: two alike tables swapped are no rename of one.
        if (up.Any(o => o != drop && o.Kind == MigrationOperationKind.DropTable && o.Target is { } other
                        && down.FirstOrDefault(d => d.Kind == MigrationOperationKind.CreateTable && d.Target is { } t && scope.SameTable(t, other)) is { } otherCreate
                        && SameColumns(
                            ColumnFacets.OfCreateTable(otherCreate.Syntax).Select(c => (c.Name, Facets: (ColumnFacets?)c.Facets)).ToList(),
                            ColumnFacets.OfCreateTable(add.Syntax), scope)))
        {
            return null;
        }

        var downDrop = down.FirstOrDefault(o => o.Kind == MigrationOperationKind.DropTable && !o.IsRawSql && o.Target is { } t && scope.SameTable(t, add.Target!));
        return new RenamePair(drop, add, downDrop, downAdd, null, null, oldColumns.Count);
    }

    /// <summary>The principal table of each single-column <c>table.ForeignKey(...)</c> in a <c>CreateTable</c>'s constraints, by column.</summary>
    private static List<(string Column, string Principal)> ForeignKeyPrincipals(InvocationExpressionSyntax createTable)
        => TableDefinition.Of(createTable).Constraints
            .Where(c => c.Kind == TableConstraintKind.ForeignKey && c.Columns.Length == 1)
            .Select(c => (c.Columns[0].Name, Principal: SyntaxConstants.StringLiteral(c.Argument("principalTable"))))
            .Where(c => c.Principal is not null)
            .Select(c => (c.Name, c.Principal!))
            .ToList();

    /// <summary>Whether a column's foreign key points at another table after, one that <c>Up()</c> did not rename the old principal to.</summary>
    private static bool PrincipalMoves(
        List<(string Column, string Principal)> before, List<(string Column, string Principal)> after, TableRef dropped, TableRef created,
        ImmutableArray<MigrationOperation> up, NameScope scope)
    {
        foreach (var (column, principal) in before)
        {
            if (after.FirstOrDefault(a => scope.SameName(a.Column, column)).Principal is not { } now || scope.SameName(principal, now)
                || (scope.SameName(principal, dropped.Table) && scope.SameName(now, created.Table)))
            {
                continue;
            }

            if (!up.Any(o => o.Kind == MigrationOperationKind.RenameTable && o.Target is { } from && o.Created is { } to
                             && scope.SameName(from.Table, principal) && scope.SameName(to.Table, now)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameColumns(List<(string Name, ColumnFacets? Facets)> old, ImmutableArray<(string Name, ColumnFacets Facets)> created, NameScope scope)
    {
        if (old.Count != created.Length)
        {
            return false;
        }

        foreach (var (name, facets) in old)
        {
            var match = created.Where(c => scope.SameName(c.Name, name)).Select(c => c.Facets).FirstOrDefault();
            if (match is null || (facets is not null && !facets.SameShape(match)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A named argument's text without trivia, or <see langword="null"/>.</summary>
    private static string? Argument(InvocationExpressionSyntax invocation, string name)
        => invocation.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)?.Expression.WithoutTrivia().ToString();
}

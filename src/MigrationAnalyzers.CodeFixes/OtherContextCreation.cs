using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Infrastructure;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.Rules;
using MigrationAnalyzers.Sql;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>What "Remove this drop" can do about the other context's creation of a table that moved to it.</summary>
internal enum OtherContextVerdict
{
    /// <summary>The other context's migrations are not in the compilation, or its creation could not be found: the title says what remains.</summary>
    Unknown,

    /// <summary>The other context maps the table with <c>ExcludeFromMigrations()</c>: its history creates nothing.</summary>
    NothingToRemove,

    /// <summary>The creation can go with the drop: <see cref="OtherContextCreation.Statements"/>.</summary>
    Removable,

    /// <summary>The creation is there, but removing it is not safe (seed data, raw SQL on the table, a rename, other changes of it).</summary>
    ByHand,

    /// <summary>
    /// The creation makes the table otherwise than the history of the dropping context left it: other columns or facets,
    /// or an index or key that history did not make.
    /// </summary>
    ShapeDiffers,
}

/// <summary>
/// MIG1001 on a <c>DropTable</c> in <c>Up()</c> of context A's migration, with context B's snapshot as the evidence: the
/// table moved from A to B, and B's history most likely creates it too. With the drop gone, A's history keeps the
/// table and its rows, and B's <c>CreateTable</c> would then fail with "already exists". This finds B's first
/// migration whose <c>Up()</c> creates the table and, where that is safe, the statements to remove with the drop: the
/// <c>CreateTable</c>, the indexes, keys and foreign keys of the table that <c>Up()</c> adds apart from it, and in
/// <c>Down()</c> the <c>DropTable</c> and the drops of those indexes and keys. Foreign keys of B's other tables to it
/// stay: the table exists when B's migration runs, provided A's history has been applied first (docs/rules/MIG1001.md).
/// </summary>
internal sealed class OtherContextCreation
{
    private OtherContextCreation(string context, TableRef table, OtherContextVerdict verdict, string? migration = null, ImmutableArray<StatementSyntax> statements = default)
    {
        Context = context;
        Table = table;
        Verdict = verdict;
        Migration = migration;
        Statements = statements.IsDefault ? ImmutableArray<StatementSyntax>.Empty : statements;
    }

    /// <summary>The other context, as the diagnostic names it.</summary>
    public string Context { get; }

    /// <summary>The table, as the drop names it.</summary>
    public TableRef Table { get; }

    public OtherContextVerdict Verdict { get; }

    /// <summary>The name of the other context's migration that creates the table, where it was found.</summary>
    public string? Migration { get; }

    /// <summary>For <see cref="OtherContextVerdict.Removable"/>: the statements of that migration to remove, all of one syntax tree.</summary>
    public ImmutableArray<StatementSyntax> Statements { get; }

    /// <summary>The title of "Remove this drop" for this drop.</summary>
    public string Title => Verdict switch
    {
        OtherContextVerdict.Removable => $"Remove this drop and {Context}'s creation of '{Table}'",
        OtherContextVerdict.NothingToRemove => "Remove this drop",
        OtherContextVerdict.ByHand => $"Remove this drop (then remove {Context}'s creation of '{Table}' from its migration '{Migration}')",
        OtherContextVerdict.ShapeDiffers => $"Remove this drop (then make {Context}'s migration '{Migration}' alter '{Table}' instead of creating it)",
        _ => $"Remove this drop (then remove {Context}'s creation of '{Table}' from its migrations)",
    };

    /// <summary>
    /// The other context's creation of the table <paramref name="drop"/> drops; <see langword="null"/> when the evidence
    /// is not another context's snapshot, <see cref="OtherContextVerdict.Unknown"/> when the drop is not a <c>DropTable</c> in <c>Up()</c>.
    /// <paramref name="isEditable"/> tells whether a syntax tree is a document the fix may change.
    /// </summary>
    public static OtherContextCreation? Find(DiagnosedDrop drop, Compilation compilation, Func<SyntaxTree, bool> isEditable, CancellationToken cancellationToken)
    {
        if (DiagnosticProperties.EvidenceContextOf(drop.Diagnostic) is not { } contextName)
        {
            return null;
        }

        var table = drop.Target;
        if (drop.Operation.Kind != MigrationOperationKind.DropTable || drop.Direction != MigrationDirection.Up || drop.Operation.IsRawSql)
        {
            // A column (MIG1002), or a drop in Down(): the other history may add it again; only the title can say so.
            return new OtherContextCreation(contextName, table, OtherContextVerdict.Unknown);
        }

        var index = ModelIndex.Build(compilation, cancellationToken);
        var other = index.Contexts.FirstOrDefault(c => string.Equals(c.Name, contextName, StringComparison.Ordinal));
        if (other is null || other.Migrations.IsEmpty)
        {
            return new OtherContextCreation(contextName, table, OtherContextVerdict.Unknown);
        }

        if (other.FirstCreationOf(table, drop.Scope) is not { } migration)
        {
            return new OtherContextCreation(contextName, table, IsExcludedFromMigrations(other, table, drop.Scope) ? OtherContextVerdict.NothingToRemove : OtherContextVerdict.Unknown);
        }

        var byHand = new OtherContextCreation(contextName, table, OtherContextVerdict.ByHand, migration.Name);
        var part = migration.Parts.FirstOrDefault(p => p.UpMethod is not null);
        if (part?.UpMethod is not { } upMethod || !isEditable(upMethod.SyntaxTree) || other.IsCreatedAfter(migration.Id!, table, drop.Scope))
        {
            // Not a document of the solution; or the other history creates the table again later, after dropping it.
            return byHand;
        }

        var downMethod = migration.Parts.Select(p => DiagnosedDrop.MethodOf(p.Syntax, "Down")).FirstOrDefault(m => m is not null);
        if (downMethod is not null && downMethod.SyntaxTree != upMethod.SyntaxTree)
        {
            return byHand;
        }

        var resolve = SemanticFacts.ConstantResolver(compilation.GetSemanticModel(upMethod.SyntaxTree), cancellationToken);
        var up = MigrationOperationReader.Read(upMethod, resolve);
        var down = downMethod is null ? ImmutableArray<MigrationOperation>.Empty : MigrationOperationReader.Read(downMethod, resolve);
        var plan = new Plan(table, drop.Scope, other.Scope);
        if (!plan.Up(up) || !plan.Down(down) || NamesTableInUnreadCall(upMethod, up, plan, resolve)
            || (downMethod is not null && NamesTableInUnreadCall(downMethod, down, plan, resolve)))
        {
            return byHand;
        }

        if (!SameShape(drop, plan))
        {
            return new OtherContextCreation(contextName, table, OtherContextVerdict.ShapeDiffers, migration.Name);
        }

        var statements = ImmutableArray.CreateBuilder<StatementSyntax>(plan.Removed.Count);
        foreach (var operation in plan.Removed)
        {
            if (RemoveDrop.StatementOf(operation.Syntax) is not { } statement)
            {
                return byHand;
            }

            statements.Add(statement);
        }

        return new OtherContextCreation(contextName, table, OtherContextVerdict.Removable, migration.Name, statements.ToImmutable());
    }

    private static bool IsExcludedFromMigrations(ContextModel context, TableRef table, NameScope tableScope)
    {
        var mapped = false;
        foreach (var snapshot in context.Snapshots)
        {
            var modelScope = snapshot.ScopeWithin(context.Scope);
            foreach (var candidate in snapshot.TablesNamed(table.Table))
            {
                if (NameScope.SameTable(candidate.Reference, modelScope, table, tableScope))
                {
                    if (!candidate.IsExcludedFromMigrations)
                    {
                        return false;
                    }

                    mapped = true;
                }
            }
        }

        return mapped;
    }

    /// <summary>
    /// Whether the creation makes the table as the dropping migration's <c>Down()</c> re-creates it, that is as the
    /// dropping context's history leaves it: the same columns, each with the same type and facets; and no index, key or
    /// foreign key (by name) that the history did not make. The history may have more: the other context does not know them.
    /// </summary>
    private static bool SameShape(DiagnosedDrop drop, Plan plan)
    {
        var before = drop.Down.FirstOrDefault(o => o.Kind == MigrationOperationKind.CreateTable && o.Target is { } target && drop.Scope.SameTable(target, drop.Target));
        if (before is null || plan.Creation is null)
        {
            return false;
        }

        var kept = ColumnFacets.OfCreateTable(before.Syntax);
        var created = ColumnFacets.OfCreateTable(plan.Creation.Syntax);
        if (kept.IsEmpty || kept.Length != created.Length)
        {
            return false;
        }

        foreach (var (name, facets) in created)
        {
            var match = kept.Where(k => NameScope.SameName(k.Name, plan.TableScope, name, plan.Scope)).ToList();
            if (match.Count != 1 || !match[0].Facets.SameShape(facets))
            {
                return false;
            }
        }

        var keptConstraints = ConstraintNames(before, drop.Down.Where(o => o != before && IsConstraintOf(o, drop.Target, drop.Scope, drop.Scope)));
        var createdConstraints = ConstraintNames(plan.Creation, plan.Removed.Where(o => o != plan.Creation && o.Kind.IsConstraintCreation()));
        return keptConstraints is not null && createdConstraints is not null
               && createdConstraints.All(c => keptConstraints.Any(k => NameScope.SameName(k, plan.TableScope, c, plan.Scope)));
    }

    private static bool IsConstraintOf(MigrationOperation operation, TableRef table, NameScope scope, NameScope tableScope)
        => operation.Kind.IsConstraintCreation() && operation.Target is { } target && NameScope.SameTable(target, scope, table, tableScope);

    /// <summary>
    /// The names of the keys, foreign keys and checks in <paramref name="createTable"/>'s <c>constraints:</c> lambda
    /// (<c>table.PrimaryKey("PK_X", ...)</c>) and of the indexes and keys <paramref name="others"/> add;
    /// <see langword="null"/> when a name is not a constant.
    /// </summary>
    private static List<string>? ConstraintNames(MigrationOperation createTable, IEnumerable<MigrationOperation> others)
    {
        var names = new List<string>();
        var constraints = createTable.Syntax.ArgumentList.Arguments
            .FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "constraints"
                                 || (a.NameColon is null && createTable.Syntax.ArgumentList.Arguments.IndexOf(a) == MigrationBuilderSignatures.CreateTable.IndexOf("constraints")))
            ?.Expression as LambdaExpressionSyntax;
        if (constraints is not null)
        {
            foreach (var call in constraints.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "PrimaryKey" or "UniqueConstraint" or "ForeignKey" or "CheckConstraint" }
                    || call.ArgumentList.Arguments.Count == 0)
                {
                    continue;
                }

                var name = call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "name") ?? call.ArgumentList.Arguments[0];
                if (SyntaxConstants.StringLiteral(name.Expression) is not { } value)
                {
                    return null;
                }

                names.Add(value);
            }
        }

        foreach (var operation in others)
        {
            if (operation.ConstraintName is not { } name)
            {
                return null;
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// Whether a <c>migrationBuilder</c> call the reader does not turn into an operation (<c>AlterColumn</c>,
    /// <c>UpdateData</c>, <c>DeleteData</c>, <c>AddCheckConstraint</c>, …) has an argument whose constant value is the
    /// table's name: such a call changes the table, and would then change the other context's table.
    /// </summary>
    private static bool NamesTableInUnreadCall(
        MethodDeclarationSyntax method, ImmutableArray<MigrationOperation> read, Plan plan, Func<ExpressionSyntax, ConstantString> resolve)
    {
        if (method.ParameterList.Parameters.Count != 1 || ((SyntaxNode?)method.Body ?? method.ExpressionBody) is not { } body)
        {
            return false;
        }

        var builder = method.ParameterList.Parameters[0].Identifier.ValueText;
        var readCalls = new HashSet<SyntaxNode>(read.Select(o => o.Syntax));
        foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } || receiver.Identifier.ValueText != builder
                || readCalls.Contains(invocation))
            {
                continue;
            }

            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                var value = SyntaxConstants.Evaluate(argument.Expression);
                if (!value.IsKnown)
                {
                    value = resolve(argument.Expression);
                }

                if (value.Value is { } text && plan.NamesTable(text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What to remove from the other context's migration, operation by operation.</summary>
    private sealed class Plan(TableRef table, NameScope tableScope, NameScope scope)
    {
        /// <summary>How the dropping migration's names compare.</summary>
        public NameScope TableScope { get; } = tableScope;

        /// <summary>How the other context's names compare.</summary>
        public NameScope Scope { get; } = scope;

        public MigrationOperation? Creation { get; private set; }

        public List<MigrationOperation> Removed { get; } = new();

        /// <summary>Plans <c>Up()</c>; <see langword="false"/> when removing the creation is not safe.</summary>
        public bool Up(ImmutableArray<MigrationOperation> operations)
        {
            foreach (var operation in operations)
            {
                if (operation.Kind == MigrationOperationKind.Sql)
                {
                    // Raw SQL that names the table (or whose text is not known) may fill or change it.
                    if (operation.SqlText is not { } sql || NamesTableIn(sql))
                    {
                        return false;
                    }

                    continue;
                }

                if (Creation is null && operation.Creates(Scope, table, TableScope))
                {
                    if (operation.Kind != MigrationOperationKind.CreateTable)
                    {
                        // Renamed from another table: that table's rows and name are the other history's.
                        return false;
                    }

                    Creation = operation;
                    Removed.Add(operation);
                    continue;
                }

                if (!OnTable(operation))
                {
                    // Foreign keys of other tables to it stay: the table is there, created by the dropping context's history.
                    continue;
                }

                if (!operation.Kind.IsConstraintCreation() || Creation is null)
                {
                    // Seed data (InsertData), a column added, renamed or dropped, a drop: more than a creation.
                    return false;
                }

                Removed.Add(operation);
            }

            return Creation is not null;
        }

        /// <summary>Plans <c>Down()</c>: the drop of the table and of its indexes and keys; <see langword="false"/> when it does more with the table.</summary>
        public bool Down(ImmutableArray<MigrationOperation> operations)
        {
            foreach (var operation in operations)
            {
                if (operation.Kind == MigrationOperationKind.Sql)
                {
                    if (operation.SqlText is not { } sql || NamesTableIn(sql))
                    {
                        return false;
                    }

                    continue;
                }

                if (!OnTable(operation))
                {
                    continue;
                }

                if (operation.Kind == MigrationOperationKind.DropTable || operation.Kind.IsConstraintDrop())
                {
                    Removed.Add(operation);
                    continue;
                }

                return false;
            }

            return true;
        }

        /// <summary>Whether <paramref name="name"/>, written in the other context's migration, is the table's name.</summary>
        public bool NamesTable(string name) => NameScope.SameName(name, Scope, table.Table, TableScope);

        private bool OnTable(MigrationOperation operation)
            => !operation.IsRawSql && operation.Target is { } target && NameScope.SameTable(target, Scope, table, TableScope);

        private bool NamesTableIn(string sql) => SqlLexer.Tokenize(sql).Any(t => t.IsName && NamesTable(t.Text));
    }
}

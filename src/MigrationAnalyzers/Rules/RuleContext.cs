using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Approvals;
using MigrationAnalyzers.Configuration;
using MigrationAnalyzers.Manifest;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using MigrationAnalyzers.SourceMapping;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// The <c>Up()</c> or <c>Down()</c> method being analyzed, with what every rule needs to judge its operations and
/// the guards they share.
/// </summary>
internal sealed class RuleContext
{
    private readonly Func<SourceMappings> _sourceMappings;

    public RuleContext(
        string name,
        MigrationDirection direction,
        ModelIndex index,
        MigrationInfo? migration,
        ImmutableArray<MigrationOperation> operations,
        ImmutableArray<MigrationOperation> upOperations,
        MigrationApprovals approvals,
        ProtectedTables protectedTables,
        Func<SourceMappings> sourceMappings,
        IsolatedContexts isolatedContexts = default)
    {
        _sourceMappings = sourceMappings;
        IsolatedContexts = isolatedContexts;
        Name = name;
        Direction = direction;
        Index = index;
        Migration = migration;
        Context = migration is null ? null : index.ContextOf(migration);
        Scope = Context?.Scope ?? NameScope.Unknown;
        Operations = operations;
        UpOperations = upOperations;
        Approvals = approvals;
        ProtectedTables = protectedTables;
    }

    /// <summary>The migration class name, as messages show it.</summary>
    public string Name { get; }

    public MigrationDirection Direction { get; }

    public ModelIndex Index { get; }

    /// <summary>The migration as the index knows it; <see langword="null"/> when the index has not seen it.</summary>
    public MigrationInfo? Migration { get; }

    /// <summary>The migration's DbContext, when the index knows it.</summary>
    public ContextModel? Context { get; }

    /// <summary>How the names of this migration's operations resolve and compare.</summary>
    public NameScope Scope { get; }

    /// <summary>The operations of the method being analyzed, in source order.</summary>
    public ImmutableArray<MigrationOperation> Operations { get; }

    /// <summary>The operations of the same migration's <c>Up()</c>.</summary>
    public ImmutableArray<MigrationOperation> UpOperations { get; }

    /// <summary>The <c>[ApprovedDataLoss]</c> approvals on the migration class.</summary>
    public MigrationApprovals Approvals { get; }

    public ProtectedTables ProtectedTables { get; }

    /// <summary>What the application's own code maps; read on first use (most drops never need it).</summary>
    public SourceMappings SourceMappings => _sourceMappings();

    /// <summary>The contexts <c>migration_analyzers.isolated_contexts</c> gives a database of their own.</summary>
    public IsolatedContexts IsolatedContexts { get; }

    /// <summary>
    /// Whether <paramref name="other"/>'s snapshot may map a table of this migration's database: not when it is the
    /// dead history of an abstract context, when either context is isolated by configuration, or when both providers
    /// are known and differ. Where the migration's context is not known, only the first two apply.
    /// </summary>
    public bool MayShareDatabaseWith(ContextModel other)
    {
        if (other.IsDead || IsolatedContexts.Contains(other.IsNamed))
        {
            return false;
        }

        return Context is not { } own || !(IsolatedContexts.Contains(own.IsNamed) || own.HasOtherProviderThan(other));
    }

    /// <summary>
    /// Whether the application's own DbContext <paramref name="contextFullName"/> (one without migrations, read from source)
    /// is configured to have another database than this migration's: either of the two is in <c>isolated_contexts</c>.
    /// </summary>
    public bool IsIsolatedFrom(string contextFullName)
    {
        if (Context is { } own && own.IsNamed(contextFullName))
        {
            return false;
        }

        var simpleName = contextFullName.Substring(contextFullName.LastIndexOf('.') + 1);
        return IsolatedContexts.Contains(name => name == contextFullName || name == simpleName)
               || (Context is { } isolated && IsolatedContexts.Contains(isolated.IsNamed));
    }

    /// <summary>" in Down()" for <c>Down()</c>, nothing for <c>Up()</c>: where messages say the operation is.</summary>
    public string Where => Direction == MigrationDirection.Down ? " in Down()" : string.Empty;

    /// <summary>
    /// Whether every drop and rename of a <c>Down()</c> (<paramref name="down"/>) undoes what its <c>Up()</c>
    /// (<paramref name="up"/>) creates, as written and so in every scope, and none is raw SQL or drops a schema: then no
    /// rule reports any of them (each skips what <see cref="UndoesUp"/> says), and the method is settled before the
    /// model index, the snapshots and the approvals are read.
    /// </summary>
    public static bool OnlyUndoesUp(ImmutableArray<MigrationOperation> down, ImmutableArray<MigrationOperation> up)
    {
        foreach (var operation in down)
        {
            if ((operation.Kind.IsDestructive() || operation.Kind.IsRenaming())
                && (operation.IsRawSql || operation.Target is not { } target || !Creations.AnyCreates(up, target, NameScope.AsWritten)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="operation"/> is <c>Down()</c> undoing what the same migration's <c>Up()</c> created: routine, never a loss.</summary>
    public bool UndoesUp(MigrationOperation operation)
        => Direction == MigrationDirection.Down && operation.Target is { } target && Creations.AnyCreates(UpOperations, target, Scope);

    /// <summary>Whether <c>Up()</c> creates what <paramref name="operation"/> drops again after it: that does not bring the data back.</summary>
    public bool IsCreatedAgainLater(MigrationOperation operation)
        => Direction == MigrationDirection.Up && Creations.IsCreatedAgainAfter(Operations, operation, Scope);

    /// <summary>
    /// The operations of the same migration's <c>Down()</c>: for <c>Down()</c> its own; for <c>Up()</c> read from the
    /// migration class's syntax on first use (names that only the semantic model resolves are left out).
    /// </summary>
    public ImmutableArray<MigrationOperation> DownOperations
        => Direction == MigrationDirection.Down ? Operations : _downOperations ??= ReadDown();

    private ImmutableArray<MigrationOperation>? _downOperations;

    private ImmutableArray<MigrationOperation> ReadDown()
    {
        if (Operations.Length > 0 && Operations[0].Syntax.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.Parent is ClassDeclarationSyntax migration)
        {
            foreach (var member in migration.Members)
            {
                if (member is MethodDeclarationSyntax { Identifier.ValueText: "Down", ParameterList.Parameters.Count: 1 } down)
                {
                    return MigrationOperationReader.Read(down);
                }
            }
        }

        return ImmutableArray<MigrationOperation>.Empty;
    }

    /// <summary>Whether <paramref name="operation"/> is the drop in the middle of a copy, drop, rename-back rebuild: no rule reports it.</summary>
    public bool IsPartOfRebuild(MigrationOperation operation) => Rebuilds.IsPartOfRebuild(Operations, operation, Scope);
}

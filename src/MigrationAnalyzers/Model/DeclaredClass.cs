using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Reading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MigrationAnalyzers.Model;

/// <summary>
/// One class declaration (one partial) that looks like part of an EF Core migration or model snapshot,
/// with what its syntax says. Heavy parts (the model, the operations) are read on first use and kept
/// for as long as the syntax tree lives.
/// </summary>
internal sealed class DeclaredClass
{
    private readonly Lazy<MappedModel>? _model;
    private readonly Lazy<ImmutableArray<MigrationOperation>> _upCreations;

    public DeclaredClass(string fullName, ClassDeclarationSyntax syntax, string? contextName, ContextReference? contextReference, string? migrationId, bool derivesFromMigration, bool derivesFromModelSnapshot)
    {
        FullName = fullName;
        Syntax = syntax;
        ContextName = contextName;
        ContextReference = contextReference;
        MigrationId = migrationId;
        DerivesFromMigration = derivesFromMigration;
        DerivesFromModelSnapshot = derivesFromModelSnapshot;

        foreach (var method in syntax.Members.OfType<MethodDeclarationSyntax>())
        {
            switch (method.Identifier.ValueText)
            {
                case "BuildModel":
                    ModelMethod ??= method;
                    IsSnapshotModel = true;
                    break;
                case "BuildTargetModel":
                    ModelMethod ??= method;
                    break;
                case "Up" when method.ParameterList.Parameters.Count == 1:
                    UpMethod ??= method;
                    break;
            }
        }

        if (ModelMethod is { } modelMethod)
        {
            _model = new Lazy<MappedModel>(() => ModelReader.Read(modelMethod), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        var up = UpMethod;
        _upCreations = new Lazy<ImmutableArray<MigrationOperation>>(
            () => up is null ? ImmutableArray<MigrationOperation>.Empty : MigrationOperationReader.ReadCreations(up),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Namespace-qualified name, the same for every partial of the class.</summary>
    public string FullName { get; }

    public string Name => Syntax.Identifier.ValueText;

    public ClassDeclarationSyntax Syntax { get; }

    /// <summary>The simple name of the type in <c>[DbContext(typeof(X))]</c>.</summary>
    public string? ContextName { get; }

    /// <summary>The type in <c>[DbContext(typeof(X))]</c> with the namespaces and usings it binds in; <see cref="ContextResolver"/> binds it.</summary>
    public ContextReference? ContextReference { get; }

    /// <summary>The id in <c>[Migration("id")]</c>.</summary>
    public string? MigrationId { get; }

    public bool DerivesFromMigration { get; }

    public bool DerivesFromModelSnapshot { get; }

    /// <summary><c>BuildModel</c> (snapshot) or <c>BuildTargetModel</c> (designer).</summary>
    public MethodDeclarationSyntax? ModelMethod { get; }

    public bool IsSnapshotModel { get; }

    public MethodDeclarationSyntax? UpMethod { get; }

    public MappedModel? Model => _model?.Value;

    /// <summary>The operations of <c>Up()</c> that create a table or column, names resolved from syntax alone.</summary>
    public ImmutableArray<MigrationOperation> UpCreations => _upCreations.Value;

    /// <summary>
    /// Whether <paramref name="other"/> (the same class after an edit) plays the same part in a <see cref="ModelIndex"/>:
    /// same name, context, id, base types and methods. Its model and operations may still differ.
    /// </summary>
    public bool HasSameShapeAs(DeclaredClass other)
        => FullName == other.FullName
           && ContextName == other.ContextName
           && Equals(ContextReference, other.ContextReference)
           && MigrationId == other.MigrationId
           && DerivesFromMigration == other.DerivesFromMigration
           && DerivesFromModelSnapshot == other.DerivesFromModelSnapshot
           && IsSnapshotModel == other.IsSnapshotModel
           && (ModelMethod is null) == (other.ModelMethod is null)
           && (UpMethod is null) == (other.UpMethod is null);
}

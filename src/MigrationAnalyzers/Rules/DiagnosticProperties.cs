using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// The contract between the analyzer and the code fixes: what a diagnostic's <see cref="Diagnostic.Properties"/>
/// carry, written by <see cref="Of"/> and read by the other members. The fixes re-read the operations from the
/// syntax; the properties say which one was reported and how its names compare.
/// </summary>
internal static class DiagnosticProperties
{
    private const string Operation = "Operation";
    private const string Direction = "Direction";
    private const string Schema = "Schema";
    private const string Table = "Table";
    private const string Column = "Column";
    private const string Provider = "Provider";
    private const string DefaultSchema = "DefaultSchema";
    private const string EvidenceContext = "EvidenceContext";

    public static ImmutableDictionary<string, string?> Of(Finding finding)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(Operation, finding.Operation.Kind.ToString());
        properties.Add(Direction, finding.Context.Direction.ToString());
        properties.Add(Schema, finding.Operation.Target?.Schema);
        properties.Add(Table, finding.Operation.Target?.Table);
        properties.Add(Column, finding.Operation.Target?.Column);
        properties.Add(Provider, finding.Context.Scope.Provider.ToString());
        properties.Add(DefaultSchema, finding.Context.Scope.DefaultSchema);
        properties.Add(EvidenceContext, finding.EvidenceContext);
        return properties.ToImmutable();
    }

    public static MigrationDirection? DirectionOf(Diagnostic diagnostic)
        => Enum.TryParse<MigrationDirection>(Read(diagnostic, Direction), out var direction) ? direction : null;

    public static MigrationOperationKind? KindOf(Diagnostic diagnostic)
        => Enum.TryParse<MigrationOperationKind>(Read(diagnostic, Operation), out var kind) ? kind : null;

    /// <summary>What the reported operation acts on.</summary>
    public static TableRef? TargetOf(Diagnostic diagnostic)
        => Read(diagnostic, Table) is { } table ? new TableRef(Read(diagnostic, Schema), table, Read(diagnostic, Column)) : null;

    /// <summary>How the names of the reported migration compare; <see cref="NameScope.Unknown"/> for a diagnostic without it.</summary>
    public static NameScope ScopeOf(Diagnostic diagnostic)
        => Enum.TryParse<DatabaseProvider>(Read(diagnostic, Provider), out var provider)
            ? new NameScope(provider, Read(diagnostic, DefaultSchema))
            : NameScope.Unknown;

    /// <summary>The other DbContext whose snapshot still maps what the reported operation drops, if the evidence is another context's.</summary>
    public static string? EvidenceContextOf(Diagnostic diagnostic) => Read(diagnostic, EvidenceContext);

    private static string? Read(Diagnostic diagnostic, string key) => diagnostic.Properties.TryGetValue(key, out var value) ? value : null;
}

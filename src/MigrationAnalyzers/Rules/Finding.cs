using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>What a rule found: the operation, the rule, the message arguments and the evidence.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, MigrationOperation operation, MigrationUnderAnalysis migration, object?[] messageArguments, Location? evidence)
    {
        Descriptor = descriptor;
        Operation = operation;
        Migration = migration;
        MessageArguments = messageArguments;
        Evidence = evidence;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public MigrationOperation Operation { get; }

    public MigrationUnderAnalysis Migration { get; }

    public object?[] MessageArguments { get; }

    public Location? Evidence { get; }

    /// <summary>
    /// The diagnostic, on the operation's method name (<c>migrationBuilder.[|DropTable|](...)</c>) or on the SQL
    /// statement inside a <c>Sql("...")</c> literal, with the
    /// evidence as additional location and what a code fix needs in its properties.
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var syntax = Operation.Syntax;
        var location = Operation.SqlLocation
            ?? (syntax.Expression is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : syntax.GetLocation());
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DiagnosticProperties.Operation, Operation.Kind.ToString());
        properties.Add(DiagnosticProperties.Direction, Migration.Direction.ToString());
        properties.Add(DiagnosticProperties.Migration, Migration.Name);
        properties.Add(DiagnosticProperties.Schema, Operation.Schema);
        properties.Add(DiagnosticProperties.Table, Operation.Table);
        properties.Add(DiagnosticProperties.Column, Operation.Column);
        return Diagnostic.Create(
            Descriptor,
            location,
            Evidence is { Kind: LocationKind.SourceFile or LocationKind.ExternalFile } ? new[] { Evidence } : null,
            properties.ToImmutable(),
            MessageArguments);
    }
}

/// <summary>Keys of <see cref="Diagnostic.Properties"/> that code fixes read.</summary>
internal static class DiagnosticProperties
{
    public const string Operation = "Operation";
    public const string Direction = "Direction";
    public const string Migration = "Migration";
    public const string Schema = "Schema";
    public const string Table = "Table";
    public const string Column = "Column";
}

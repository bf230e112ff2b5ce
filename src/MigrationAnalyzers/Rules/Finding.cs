using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>What a rule found: the operation, the rule, the message arguments and the evidence.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, MigrationOperation operation, RuleContext context, object?[] messageArguments, Location? evidence, string? evidenceContext = null)
    {
        EvidenceContext = evidenceContext;
        Descriptor = descriptor;
        Operation = operation;
        Context = context;
        MessageArguments = messageArguments;
        Evidence = evidence;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public MigrationOperation Operation { get; }

    public RuleContext Context { get; }

    public object?[] MessageArguments { get; }

    public Location? Evidence { get; }

    /// <summary>The other DbContext whose snapshot is the evidence, when it is another context's.</summary>
    public string? EvidenceContext { get; }

    /// <summary>Whether an <c>[ApprovedDataLoss]</c> on the migration covers what the operation drops, empties or renames.</summary>
    public bool IsApproved
        => Operation.Kind.IsApprovable() && Operation.Target is { } target && Context.Approvals.Approves(target, Context.Scope);

    /// <summary>
    /// The diagnostic, on the operation's method name (<c>migrationBuilder.[|DropTable|](...)</c>) or on the SQL
    /// statement inside a <c>Sql("...")</c> literal, with the evidence as additional location and what a code fix
    /// needs in its properties (<see cref="DiagnosticProperties"/>).
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var syntax = Operation.Syntax;
        var location = Operation.SqlLocation
            ?? (syntax.Expression is MemberAccessExpressionSyntax access ? access.Name.GetLocation() : syntax.GetLocation());
        return Diagnostic.Create(
            Descriptor,
            location,
            Evidence is { Kind: LocationKind.SourceFile or LocationKind.ExternalFile } ? new[] { Evidence } : null,
            DiagnosticProperties.Of(this),
            MessageArguments);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Approvals;

/// <summary>
/// The approvals on a migration class: <c>MigrationAnalyzers.ApprovedDataLossAttribute</c>, the generated one or a
/// project's own, recognized by its full name. Every rule's finding is checked here before it is reported.
/// </summary>
internal sealed class MigrationApprovals
{
    public const string AttributeFullName = "MigrationAnalyzers.ApprovedDataLossAttribute";

    public static readonly MigrationApprovals None = new(ImmutableArray<Approval>.Empty);

    private MigrationApprovals(ImmutableArray<Approval> approvals) => All = approvals;

    public ImmutableArray<Approval> All { get; }

    public static MigrationApprovals Of(INamedTypeSymbol migration)
    {
        // Binding attributes costs; most migrations have none of ours, which their syntax shows.
        if (!NamesApprovalAttribute(migration))
        {
            return None;
        }

        List<Approval>? approvals = null;
        foreach (var attribute in migration.GetAttributes())
        {
            if (Read(attribute) is { } approval)
            {
                (approvals ??= new List<Approval>()).Add(approval);
            }
        }

        return approvals is null ? None : new MigrationApprovals(approvals.ToImmutableArray());
    }

    /// <summary>Whether an approval covers dropping, emptying or renaming <paramref name="target"/> (see <see cref="Approval.Covers"/>).</summary>
    public bool Approves(TableRef target, NameScope scope)
    {
        foreach (var approval in All)
        {
            if (approval.Covers(target, scope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesApprovalAttribute(INamedTypeSymbol migration)
    {
        foreach (var reference in migration.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right : attribute.Name;
                    if (name.ToString() is "ApprovedDataLoss" or "ApprovedDataLossAttribute")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static Approval? Read(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type || type.ToDisplayString() != AttributeFullName
            || attribute.ConstructorArguments.Length < 1 || attribute.ConstructorArguments[0].Value is not string table)
        {
            return null;
        }

        string? schema = null;
        string? column = null;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Schema":
                    schema = named.Value.Value as string;
                    break;
                case "Column":
                    column = named.Value.Value as string;
                    break;
            }
        }

        return new Approval(table, schema, column, attribute);
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Operations;
using MigrationAnalyzers.Rules;

namespace MigrationAnalyzers.Approvals;

/// <summary>One <c>[ApprovedDataLoss(...)]</c> on a migration class.</summary>
internal sealed class Approval
{
    public Approval(string table, string? schema, string? column, AttributeData attribute)
    {
        Table = table;
        Schema = schema;
        Column = column;
        Attribute = attribute;
    }

    public string Table { get; }

    /// <summary><see langword="null"/>: the table in any schema.</summary>
    public string? Schema { get; }

    /// <summary><see langword="null"/>: the table and every column of it.</summary>
    public string? Column { get; }

    public AttributeData Attribute { get; }

    /// <summary>Whether this approves a drop or rename of (<paramref name="schema"/>, <paramref name="table"/>[, <paramref name="column"/>]).</summary>
    public bool Covers(string? schema, string table, string? column)
        => SameName(Table, table)
           && (Schema is null || SameName(Schema, schema ?? string.Empty))
           && (Column is null || (column is not null && SameName(Column, column)));

    private static bool SameName(string name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The approvals on a migration class: <c>MigrationAnalyzers.ApprovedDataLossAttribute</c>, the generated one or
/// a project's own, recognized by its full name. Every rule's <see cref="Finding"/> passes through
/// <see cref="Approves(Finding)"/> before it is reported (see <see cref="FindingReporter"/>).
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

    private static bool NamesApprovalAttribute(INamedTypeSymbol migration)
    {
        foreach (var reference in migration.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var list in declaration.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name is Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax qualified ? qualified.Right : attribute.Name;
                    if (name.ToString() is "ApprovedDataLoss" or "ApprovedDataLossAttribute")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether an approval covers what the finding's operation drops.</summary>
    public bool Approves(Finding finding) => Approves(finding.Operation.Schema, finding.Operation.Table, finding.Operation.Column);

    public bool Approves(string? schema, string table, string? column)
    {
        foreach (var approval in All)
        {
            if (approval.Covers(schema, table, column))
            {
                return true;
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

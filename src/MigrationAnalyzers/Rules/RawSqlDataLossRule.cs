using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Manifest;
using MigrationAnalyzers.Names;
using MigrationAnalyzers.Operations;

namespace MigrationAnalyzers.Rules;

/// <summary>
/// MIG1004: a statement of <c>migrationBuilder.Sql(...)</c> that drops, truncates or empties a table, drops a
/// column, or drops a schema, where a model maps the table (as MIG1001/MIG1002 judge it) or a manifest protects it.
/// </summary>
internal static class RawSqlDataLossRule
{
    public static Finding? Evaluate(MigrationOperation operation, RuleContext context)
    {
        if (!operation.IsRawSql)
        {
            return DropSchemaOnOracleMySql(operation, context);
        }

        var verb = operation.Kind switch
        {
            MigrationOperationKind.DropTable => "drops table",
            MigrationOperationKind.Truncate => "truncates table",
            MigrationOperationKind.DeleteAllRows => "deletes every row of table",
            MigrationOperationKind.DropColumn => "drops column",
            MigrationOperationKind.DropSchema => "drops schema",
            _ => null,
        };
        if (verb is null)
        {
            return null;
        }

        string target;
        string reason;
        Location? evidenceLocation;
        if (operation.DroppedSchema is { } schema)
        {
            target = schema;
            if (context.ProtectedTables.FindSchema(schema) is { } schemaProtection)
            {
                (reason, evidenceLocation) = (Protected(schemaProtection), schemaProtection.Location);
            }
            else if ((operation.DropsSchemaContents || context.Context?.Provider == DatabaseProvider.MySql)
                     && MappingEvidence.FindInSchema(context, schema) is { } evidence)
            {
                // DROP SCHEMA s CASCADE, DROP DATABASE s, or DROP SCHEMA s on MySQL (a synonym of DROP DATABASE) drops s's tables.
                (reason, evidenceLocation) = (MessageParts.Model(evidence) + " still maps" + MessageParts.IsolationHint(evidence), evidence.Location);
            }
            else
            {
                return null;
            }
        }
        else
        {
            if (operation.Target is not { } table || context.UndoesUp(operation))
            {
                return null;
            }

            if (MappingEvidence.Find(context, table) is { } evidence)
            {
                (reason, evidenceLocation) = (MessageParts.Model(evidence) + " still maps" + MessageParts.IsolationHint(evidence), evidence.Location);
            }
            else if (context.ProtectedTables.FindTable(table, context.Scope) is { } protection)
            {
                (reason, evidenceLocation) = (Protected(protection), protection.Location);
            }
            else
            {
                return null;
            }

            target = table.ToString();
        }

        return new Finding(
            Descriptors.Mig1004_RawSqlDataLoss,
            operation,
            context,
            new object?[] { context.Name, verb, target, context.Where, reason },
            evidenceLocation);
    }

    /// <summary>
    /// <c>migrationBuilder.DropSchema("s")</c> generates <c>DROP SCHEMA s</c> without CASCADE: a no-op on SQLite and Pomelo,
    /// refused on SQL Server and PostgreSQL for a schema that holds anything, but on Oracle's MySql.EntityFrameworkCore a
    /// real <c>DROP SCHEMA</c>, which MySQL runs as <c>DROP DATABASE</c>. Reported there when a model maps a table in
    /// <c>s</c> (a protected schema is MIG1003's).
    /// </summary>
    private static Finding? DropSchemaOnOracleMySql(MigrationOperation operation, RuleContext context)
    {
        if (operation.Kind != MigrationOperationKind.DropSchema || operation.DroppedSchema is not { } schema
            || context.Context is not { Provider: DatabaseProvider.MySql } owner || !IsOracleMySql(owner, operation)
            || MappingEvidence.FindInSchema(context, schema) is not { } evidence)
        {
            return null;
        }

        return new Finding(
            Descriptors.Mig1004_RawSqlDataLoss,
            operation,
            context,
            new object?[] { context.Name, "drops schema (DROP DATABASE on MySQL)", schema, context.Where, MessageParts.Model(evidence) + " still maps" + MessageParts.IsolationHint(evidence) },
            evidence.Location);
    }

    /// <summary>The context's source calls Oracle's <c>UseMySQL</c>, or the migration's file uses Oracle's annotations or namespace.</summary>
    private static bool IsOracleMySql(Model.ContextModel context, MigrationOperation operation)
    {
        if (context.Identity.SourceMySqlPackage != MySqlPackage.Unknown)
        {
            return context.Identity.SourceMySqlPackage == MySqlPackage.Oracle;
        }

        var text = operation.Syntax.SyntaxTree.GetText();
        return Infrastructure.SourceTextSearch.Contains(text, "\"MySQL:") || Infrastructure.SourceTextSearch.Contains(text, "MySql.EntityFrameworkCore");
    }

    private static string Protected(Protection protection)
        => "is protected by " + protection.Source + (protection.Entry.Owner is { } owner ? $" ({owner})" : string.Empty);
}

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
            return null;
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

    private static string Protected(Protection protection)
        => "is protected by " + protection.Source + (protection.Entry.Owner is { } owner ? $" ({owner})" : string.Empty);
}

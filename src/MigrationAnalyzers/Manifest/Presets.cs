using System;
using System.Collections.Immutable;

namespace MigrationAnalyzers.Manifest;

/// <summary>
/// Built-in lists of tables that frameworks sharing the database own, pulled into a manifest with
/// <c>preset:NAME</c>. Each entry uses the manifest's own line syntax. docs/presets.md documents every list
/// and the source it was taken from.
/// </summary>
internal static class Presets
{
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> All = ImmutableDictionary.CreateRange(
        StringComparer.OrdinalIgnoreCase,
        new[]
        {
            Preset(
                "hangfire",
                "HangFire.*;Hangfire job storage (SQL Server schema HangFire, PostgreSQL schema hangfire)"),
            Preset(
                "quartz",
                "QRTZ_*;Quartz.NET ADO.NET job store"),
            Preset(
                "wolverine",
                "wolverine_*;Wolverine message persistence"),
            Preset(
                "orleans",
                "OrleansQuery;Orleans ADO.NET clustering, persistence and reminders",
                "OrleansMembershipVersionTable;Orleans ADO.NET clustering",
                "OrleansMembershipTable;Orleans ADO.NET clustering",
                "OrleansRemindersTable;Orleans ADO.NET reminders",
                "OrleansStorage;Orleans ADO.NET grain persistence"),
            Preset(
                "elsa",
                "Elsa.*;Elsa Workflows persistence"),
            Preset(
                "tickerq",
                "ticker.*;TickerQ job storage"),
            Preset(
                "masstransit-sql",
                "transport.*;MassTransit SQL transport"),
            Preset(
                "langgraph",
                "checkpoints;LangGraph checkpointer",
                "checkpoint_blobs;LangGraph checkpointer",
                "checkpoint_writes;LangGraph checkpointer",
                "checkpoint_migrations;LangGraph checkpointer"),
            Preset(
                "migration-history",
                "alembic_version;Alembic migration history",
                "flyway_schema_history;Flyway migration history",
                "DATABASECHANGELOG;Liquibase migration history",
                "DATABASECHANGELOGLOCK;Liquibase migration lock",
                "VersionInfo;FluentMigrator migration history",
                "SchemaVersions;DbUp migration history",
                "atlas_schema_revisions;Atlas migration history"),
        });

    private static System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>> Preset(string name, params string[] lines)
        => new(name, ImmutableArray.Create(lines));
}

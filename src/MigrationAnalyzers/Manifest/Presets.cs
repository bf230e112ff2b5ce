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
                "HangFire.*;Hangfire job storage"),
            Preset(
                "quartz",
                "QRTZ_*;Quartz.NET ADO.NET job store"),
            Preset(
                "wolverine",
                "wolverine_*;Wolverine message store and queues",
                "wolverine.*;Wolverine message store (PostgreSQL default schema)",
                "wolverine_queues.*;Wolverine PostgreSQL/MySQL queues"),
            Preset(
                "orleans",
                "OrleansQuery;Orleans ADO.NET queries",
                "OrleansMembershipVersionTable;Orleans ADO.NET clustering",
                "OrleansMembershipTable;Orleans ADO.NET clustering",
                "OrleansRemindersTable;Orleans ADO.NET reminders",
                "OrleansStorage;Orleans ADO.NET grain persistence",
                "OrleansGrainDirectory;Orleans ADO.NET grain directory",
                "OrleansStreamMessage;Orleans ADO.NET streaming",
                "OrleansStreamDeadLetter;Orleans ADO.NET streaming",
                "OrleansStreamControl;Orleans ADO.NET streaming",
                "OrleansStreamMessageSequence;Orleans ADO.NET streaming (MySQL)"),
            Preset(
                "elsa",
                "Elsa.*;Elsa Workflows 3 persistence"),
            Preset(
                "tickerq",
                "ticker.*;TickerQ job storage"),
            Preset(
                "masstransit-sql",
                "transport.*;MassTransit SQL transport"),
            Preset(
                "langgraph",
                "checkpoints;LangGraph checkpointer",
                "checkpoint_blobs;LangGraph Postgres checkpointer",
                "checkpoint_writes;LangGraph Postgres checkpointer",
                "checkpoint_migrations;LangGraph Postgres checkpointer",
                "writes;LangGraph SQLite checkpointer",
                "store;LangGraph store",
                "store_vectors;LangGraph store",
                "store_migrations;LangGraph store",
                "vector_migrations;LangGraph store"),
            Preset(
                "migration-history",
                "alembic_version;Alembic migration history",
                "flyway_schema_history;Flyway migration history",
                "DATABASECHANGELOG;Liquibase migration history",
                "DATABASECHANGELOGLOCK;Liquibase migration lock",
                "VersionInfo;FluentMigrator migration history",
                "SchemaVersions;DbUp migration history",
                "atlas_schema_revisions;Atlas migration history",
                "atlas_schema_revisions.*;Atlas migration history (default revisions schema)"),
        });

    private static System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>> Preset(string name, params string[] lines)
        => new(name, ImmutableArray.Create(lines));
}

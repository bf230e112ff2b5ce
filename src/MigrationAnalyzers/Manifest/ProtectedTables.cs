using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using MigrationAnalyzers.Model;
using MigrationAnalyzers.Names;

namespace MigrationAnalyzers.Manifest;

/// <summary>Why a table is protected: the manifest line, preset or EF history table, and where that is written.</summary>
internal sealed class Protection
{
    public Protection(ManifestEntry entry, string source, Location? location)
    {
        Entry = entry;
        Source = source;
        Location = location;
    }

    public ManifestEntry Entry { get; }

    /// <summary>Completes "protected by …", e.g. "MigrationExclusions.txt line 4".</summary>
    public string Source { get; }

    /// <summary>The manifest line (or <c>MigrationsHistoryTable</c> call) that protects the table.</summary>
    public Location? Location { get; }
}

/// <summary>
/// Every table the project protects: the exclusion manifests' lines and presets, and EF Core's migrations
/// history table (<c>__EFMigrationsHistory</c>, plus any name configured with <c>MigrationsHistoryTable</c>).
/// Built once per compilation; lookups by literal table name are hashed.
/// </summary>
internal sealed class ProtectedTables
{
    public const string DefaultHistoryTable = "__EFMigrationsHistory";

    private readonly Dictionary<string, List<Protection>> _byLiteralTable = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Protection> _byPattern = new();

    private ProtectedTables()
    {
    }

    public static ProtectedTables Build(ImmutableArray<LoadedManifest> manifests, ImmutableArray<HistoryTableCall> historyTables)
    {
        var tables = new ProtectedTables();
        tables.Add(new Protection(
            new ManifestEntry(null, WildcardPattern.Create(DefaultHistoryTable), "EF Core", preset: null),
            "EF Core's migrations history table",
            location: null));
        foreach (var call in historyTables)
        {
            tables.Add(new Protection(
                new ManifestEntry(call.Schema is null ? null : WildcardPattern.Create(call.Schema), WildcardPattern.Create(call.Table), "EF Core", preset: null),
                "the migrations history table configured with MigrationsHistoryTable",
                call.Location));
        }

        foreach (var manifest in manifests)
        {
            foreach (var line in manifest.Text.Lines)
            {
                var location = manifest.LocationOf(line.Span);
                var where = $"{manifest.FileName} line {line.LineNumber}";
                foreach (var entry in line.Entries)
                {
                    tables.Add(new Protection(entry, entry.Preset is null ? where : $"preset '{entry.Preset}' ({where})", location));
                }
            }
        }

        return tables;
    }

    /// <summary>
    /// The first protection of the table <paramref name="reference"/> names (or whose column it names), resolving an
    /// absent schema as <paramref name="scope"/> says. Manifest patterns match case-insensitively on every provider.
    /// </summary>
    public Protection? FindTable(TableRef reference, NameScope scope)
    {
        var (schema, table) = (reference.Schema, reference.Table);
        if (_byLiteralTable.TryGetValue(table, out var literal))
        {
            foreach (var protection in literal)
            {
                if (SchemaMatches(protection.Entry, schema, scope))
                {
                    return protection;
                }
            }
        }

        foreach (var protection in _byPattern)
        {
            if (protection.Entry.Table.Matches(table) && SchemaMatches(protection.Entry, schema, scope))
            {
                return protection;
            }
        }

        return null;
    }

    /// <summary>A protection whose explicit schema pattern matches <paramref name="schema"/>: dropping that schema drops its tables.</summary>
    public Protection? FindSchema(string schema)
    {
        foreach (var list in _byLiteralTable.Values)
        {
            foreach (var protection in list)
            {
                if (protection.Entry.Schema?.Matches(schema) == true)
                {
                    return protection;
                }
            }
        }

        foreach (var protection in _byPattern)
        {
            if (protection.Entry.Schema?.Matches(schema) == true)
            {
                return protection;
            }
        }

        return null;
    }

    /// <summary>
    /// An absent schema resolves to the context's default (none on SQLite). Where that is not known, a
    /// schema-qualified entry still protects a table it names exactly, but a whole-schema pattern such as
    /// <c>HangFire.*</c> does not reach tables whose schema is unknown: they are most likely in the default schema.
    /// </summary>
    private static bool SchemaMatches(ManifestEntry entry, string? schema, NameScope scope)
    {
        if (entry.Schema is null)
        {
            return true;
        }

        var resolved = schema ?? scope.DefaultSchema;
        return resolved is null ? entry.Table.IsLiteral : entry.Schema.Matches(resolved);
    }

    private void Add(Protection protection)
    {
        if (!protection.Entry.Table.IsLiteral)
        {
            _byPattern.Add(protection);
            return;
        }

        if (!_byLiteralTable.TryGetValue(protection.Entry.Table.Text, out var list))
        {
            list = new List<Protection>(1);
            _byLiteralTable.Add(protection.Entry.Table.Text, list);
        }

        list.Add(protection);
    }
}

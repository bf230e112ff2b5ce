using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The references every test compilation gets: the .NET 10 reference assemblies (from
/// Basic.Reference.Assemblies, so nothing is downloaded at test time) and the real EF Core assemblies
/// this test project references, providers included.
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty reference set: the test framework would otherwise download reference packs.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> All = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Concat(EntityFrameworkAssemblies())
        .ToImmutableArray();

    private static ImmutableArray<MetadataReference> EntityFrameworkAssemblies()
    {
        var directory = Path.GetDirectoryName(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).Assembly.Location)!;
        string[] prefixes =
        [
            "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient",
            "Microsoft.Extensions.", "SQLitePCLRaw",
        ];
        return Directory.EnumerateFiles(directory, "*.dll")
            .Where(path => prefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>
/// A fixture's history compiled in memory and applied to a real SQLite file with EF's own migrator (the one
/// <c>Database.Migrate()</c> uses): the proof that a fixed migration keeps the rows.
/// </summary>
internal static class SqliteHistory
{
    /// <summary>Compiles the sources and creates the context <paramref name="contextType"/> on <paramref name="database"/>.</summary>
    public static DbContext Open(IReadOnlyDictionary<string, string> sources, string contextType, string database)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Value, new CSharpParseOptions(LanguageVersion.CSharp12), s.Key));
        var compilation = ProjectAnalysis.Compile(trees);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var type = Assembly.Load(stream.ToArray()).GetType(contextType, throwOnError: true)!;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UseSqlite("Data Source=" + database);
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    /// <summary>The id of the migration named <paramref name="name"/>.</summary>
    public static string Id(DbContext context, string name)
        => context.Database.GetMigrations().Single(i => i.EndsWith("_" + name, StringComparison.Ordinal));

    /// <summary>The first value <paramref name="sql"/> returns, as text: <c>NULL</c> for none, <c>ERROR: …</c> when it fails.</summary>
    public static string Query(DbContext context, string sql)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "NULL";
        }
        catch (SqliteException e)
        {
            return "ERROR: " + e.Message;
        }
    }
}

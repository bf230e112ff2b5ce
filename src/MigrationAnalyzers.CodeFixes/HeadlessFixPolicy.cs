using System;
using System.Collections.Generic;
using System.Reflection;

namespace MigrationAnalyzers.CodeFixes;

/// <summary>Which fixes a diagnostic may get where nobody reviews them one by one.</summary>
internal enum HeadlessFixes
{
    /// <summary>In an editor: every fix, a person picks one.</summary>
    All,

    /// <summary>
    /// Named on the <c>dotnet format</c> command line: "Remove this drop" or "Rename instead", whichever the rule has. An
    /// approval needs a person's reason.
    /// </summary>
    RemoveOnly,

    /// <summary>A <c>dotnet format</c> run that did not name the rule: no fix, so that formatting never changes a migration.</summary>
    None,
}

/// <summary>
/// <c>dotnet format</c> applies the first fix of every diagnostic at or above its severity (warning by default), and
/// <c>--diagnostics</c> only narrows that. Its project loading happens in another process, so nothing in the build can
/// tell a plain run from one that names our rules; the fixer can, from the <c>dotnet-format</c> process's own
/// command line.
/// </summary>
internal static class HeadlessFixPolicy
{
    private const string DotnetFormat = "dotnet-format";

    private static readonly char[] Separators = { ' ', ',', ';' };

    /// <summary>The policy for this process.</summary>
    public static HeadlessFixes For(string diagnosticId)
#pragma warning disable RS1035 // A setting is not read here: the fixer asks which process hosts it (dotnet format's own command line).
        => For(diagnosticId, Assembly.GetEntryAssembly()?.GetName().Name, Environment.GetCommandLineArgs());
#pragma warning restore RS1035

    /// <summary>The policy for <paramref name="diagnosticId"/> in a process whose entry assembly and command line are given.</summary>
    public static HeadlessFixes For(string diagnosticId, string? entryAssembly, IReadOnlyList<string> commandLine)
    {
        if (!string.Equals(entryAssembly, DotnetFormat, StringComparison.OrdinalIgnoreCase))
        {
            return HeadlessFixes.All;
        }

        for (var i = 0; i < commandLine.Count; i++)
        {
            var argument = commandLine[i];
            if (argument.StartsWith("--diagnostics", StringComparison.Ordinal) && argument.Length > "--diagnostics".Length
                && argument["--diagnostics".Length] is ':' or '=')
            {
                if (Names(argument.Substring("--diagnostics".Length + 1), diagnosticId))
                {
                    return HeadlessFixes.RemoveOnly;
                }

                continue;
            }

            if (argument != "--diagnostics")
            {
                continue;
            }

            for (var j = i + 1; j < commandLine.Count && !commandLine[j].StartsWith("-", StringComparison.Ordinal); j++)
            {
                if (Names(commandLine[j], diagnosticId))
                {
                    return HeadlessFixes.RemoveOnly;
                }
            }
        }

        return HeadlessFixes.None;
    }

    private static bool Names(string value, string diagnosticId)
    {
        foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(part, diagnosticId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace MigrationAnalyzers.Tests.Infrastructure;

/// <summary>
/// The repository's own checks that are scripts, run as part of the test command: the package's readme, targets and
/// errors config follow the README's rules table; the sample's diagnostics arrive in a real language server.
/// </summary>
public sealed class ScriptTests
{
    [Fact]
    public void PackageDocs_FollowTheRulesTable()
    {
        var (exitCode, output) = Run("python3", "scripts/check-docs.py", TimeSpan.FromMinutes(1));

        Assert.True(exitCode == 0, output);
    }

    /// <summary>
    /// scripts/editor-e2e.sh in both modes, the sample with the project references and with the package packed into a
    /// local feed: csharp-ls 0.28.0 (from NuGet) shows, clears and restores the squiggles.
    /// </summary>
    [Fact]
    public void Editor_ShowsTheSamplesDiagnostics_ThroughARealLanguageServer()
    {
        var (exitCode, output) = Run("bash", "scripts/editor-e2e.sh project package", TimeSpan.FromMinutes(10));

        Assert.True(exitCode == 0, output);
        Assert.Contains("editor: PASSED (project package)", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string fileName, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = ProjectAnalysis.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + timeout + "\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}

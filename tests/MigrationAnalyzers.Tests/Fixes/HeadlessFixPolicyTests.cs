using MigrationAnalyzers.CodeFixes;
using Xunit;

namespace MigrationAnalyzers.Tests.Fixes;

/// <summary>A plain <c>dotnet format</c> changes no migration; a named rule gets "Remove this drop" only; an editor gets every fix.</summary>
public sealed class HeadlessFixPolicyTests
{
    [Theory]
    [InlineData("testhost", new[] { "testhost.dll" }, "MIG1001", "All")]
    [InlineData("devenv", new string[0], "MIG1004", "All")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "Shop.csproj" }, "MIG1001", "None")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "analyzers", "Shop.csproj", "--severity", "warn" }, "MIG1001", "None")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "analyzers", "--diagnostics", "MIG1001", "MIG1002", "--severity", "warn" }, "MIG1002", "RemoveOnly")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "analyzers", "--diagnostics", "MIG1001", "--severity", "warn", "MIG1002" }, "MIG1002", "None")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "--diagnostics:MIG1001,MIG1007" }, "mig1007", "RemoveOnly")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "--exclude-diagnostics", "MIG1001" }, "MIG1001", "None")]
    [InlineData("dotnet-format", new[] { "dotnet-format.dll", "@args.rsp" }, "MIG1001", "None")]
    public void Policy_FollowsTheProcessAndItsCommandLine(string entryAssembly, string[] commandLine, string id, string expected)
    {
        Assert.Equal(expected, HeadlessFixPolicy.For(id, entryAssembly, commandLine).ToString());
    }

    [Fact]
    public void TestHost_GetsEveryFix()
    {
        Assert.Equal(HeadlessFixes.All, HeadlessFixPolicy.For("MIG1001"));
    }
}

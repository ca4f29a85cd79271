// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using System.Reflection;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// `dotnet pack` makes a .NET tool that installs and runs as the README says: packed from the build the
/// tests run against, installed into a temporary tool path from a local folder only (a NuGet config of its
/// own, so nothing is fetched and no other source can shadow the package), then run as `logisticssim`.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void Pack_InstallIntoAToolPath_RunsVersionValidateAndTheOptimiser()
    {
        using var root = new TestFolder();
        string packages = Path.Combine(root, "nupkg");
        string tools = Path.Combine(root, "tools");
        // The tests were built in some configuration, and the command with them: pack that build as it is.
        string configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var pack = Dotnet(root, "pack", Path.Combine(Cli.Repo, "engine", "LogisticsSim.Cli"), "-c", configuration, "--no-build",
            "-o", packages, "-p:PublishDir=" + Path.Combine(root, "publish") + Path.DirectorySeparatorChar);
        Assert.True(pack.Exit == 0, pack.Out + pack.Error);
        string package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.StartsWith("logisticssim.", Path.GetFileName(package), StringComparison.Ordinal);

        string config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var install = Dotnet(root, "tool", "install", "logisticssim", "--tool-path", tools, "--configfile", config);
        Assert.True(install.Exit == 0, install.Out + install.Error);
        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "logisticssim.exe" : "logisticssim");

        var version = Run(root, command, "--version");
        Assert.True(version.Exit == 0, version.Error);
        string expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, version.Out.Trim());

        var validate = Run(root, command, "validate", Cli.Scenario("tutorial.yaml"));
        Assert.True(validate.Exit == 0, validate.Error);
        Assert.Contains("tutorial.yaml: ok: 'Tutorial'", validate.Out, StringComparison.Ordinal);

        // OR-Tools' native libraries came with the package: the routing solver loads and solves.
        var solve = Run(root, command, "solve", Path.Combine(Cli.Repo, "benches", "data", "li-lim-100", "lc101.txt"), "--time-limit", "1s");
        Assert.True(solve.Exit == 0, solve.Error);
        Assert.Contains("best known    828.94", solve.Out, StringComparison.Ordinal);
    }

    private static (int Exit, string Out, string Error) Dotnet(string workingDirectory, params string[] args) => Run(workingDirectory, "dotnet", args);

    /// <summary>Runs a program to its end and returns its exit code and what it printed on each stream.</summary>
    private static (int Exit, string Out, string Error) Run(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        // The test host's own MSBuild settings would steer the child build; it starts from a clean slate.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        // A guard against a hung process, not a measurement.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish");
        }
        return (process.ExitCode, output, errors.Result);
    }
}

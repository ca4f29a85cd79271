// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>Strategies from outside: a program over JSON lines (exec:) and a .NET assembly loaded by path.</summary>
public class ExternalStrategyTests
{
    private static readonly string Policy = "exec:python3 " + Path.Combine(Cli.Repo, "scenarios", "strategies", "nearest_first.py");

    private static (int Exit, string Error, JsonElement Summary) Run(string strategy, int replications = 1)
    {
        using var dir = new TestFolder();
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", replications.ToString(System.Globalization.CultureInfo.InvariantCulture), "--strategy", strategy, "--out", dir);
        string summary = Path.Combine(dir, "summary.json");
        var root = File.Exists(summary) ? JsonDocument.Parse(File.ReadAllText(summary)).RootElement : default;
        return (exit, error, root);
    }

    [Fact]
    public void Exec_ShippedPythonPolicy_DecidesEveryEpoch()
    {
        var (exit, error, summary) = Run(Policy, 2);
        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        Assert.Equal(0, summary.GetProperty("strategy_fallbacks").GetDouble());
        Assert.True(summary.GetProperty("tonnes_delivered").GetDouble() > 0);
        // Deterministic: the same program on the same seed decides the same.
        Assert.Equal(summary.GetRawText(), Run(Policy, 2).Summary.GetRawText());
    }

    [Theory]
    [InlineData("exec:python3 -c \"import sys; sys.exit(3)\"", "the program exited with code 3")]
    [InlineData("exec[timeout=300ms]:sleep 30", "no answer within 0.3 s (timeout)")]
    [InlineData("exec:python3 -c \"print('hello')\"", "invalid answer: an answer that is not the expected JSON")]
    [InlineData("exec:python3 -c \"import sys; [print('{\\\"decisions\\\": [{\\\"vehicle\\\": \\\"nope\\\", \\\"stops\\\": []}]}', flush=True) for _ in sys.stdin]\"", "invalid answer: vehicle 'nope', which does not exist")]
    public void Exec_CrashHangOrBadAnswer_ReportedThenPriorityDecides(string strategy, string problem)
    {
        var (exit, error, summary) = Run(strategy);
        Assert.True(exit == 0, error);
        Assert.Contains("epoch 1 at 0 h: " + problem, error);
        Assert.Contains("the priority rule decides for the rest of this run", error);
        Assert.True(summary.GetProperty("strategy_fallbacks").GetDouble() > 0);
        Assert.Equal(Run("priority").Summary.GetProperty("tonnes_delivered").GetDouble(), summary.GetProperty("tonnes_delivered").GetDouble());
    }

    [Fact]
    public void Exec_OnErrorFail_RunFailsWithTheReason()
    {
        var (exit, error, _) = Run("exec[on-error=fail]:python3 -c \"import sys; sys.stderr.write('boom\\n'); sys.exit(3)\"");
        Assert.Equal(1, exit);
        Assert.Contains("epoch 1 at 0 h: the program exited with code 3 without answering; its error output ends: boom", error);
    }

    [Fact]
    public void Exec_BadSpec_ExitCode2()
    {
        var (exit, error, _) = Run("exec[speed=3]:python3 x.py");
        Assert.Equal(2, exit);
        Assert.Contains("error: --strategy: exec[speed=3]:python3 x.py: found unknown option 'speed' for strategy 'exec', expected one of timeout, on-error", error);
    }

    [Fact]
    public void Assembly_LoadedByPath_RunsTheShippedExample()
    {
        // The shipped example (scenarios/strategies/LargestFirst) is compiled into this test assembly; load it from there by path.
        string dll = typeof(ExternalStrategyTests).Assembly.Location;
        var (exit, error, summary) = Run($"assembly:{dll}:LogisticsSim.Examples.LargestFirstStrategy", 2);
        Assert.True(exit == 0, error);
        Assert.Equal("largest-first", summary.GetProperty("strategy").GetString());
        Assert.True(summary.GetProperty("tonnes_delivered").GetDouble() > 0);
        var (_, _, compare) = (0, "", Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", $"priority,assembly:{dll}:LargestFirstStrategy", "-r", "2"));
        Assert.Equal(0, compare.Exit);
    }

    [Theory]
    [InlineData("nowhere/Policy.dll", "no such file")]
    [InlineData("assembly:{self}:NoSuchType", "found no public type implementing IStrategy named 'NoSuchType'")]
    public void Assembly_Bad_ExitCode2(string spec, string message)
    {
        var (exit, error, _) = Run(spec.Replace("{self}", typeof(ExternalStrategyTests).Assembly.Location));
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}

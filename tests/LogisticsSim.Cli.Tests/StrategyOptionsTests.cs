// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// Strategy names and options, checked against the strategies' declarations wherever they are written
/// (the scenario, --strategy, --strategies, an experiment), before anything runs: exit code 2, a located
/// message, nothing written. And a scenario's options reach the strategy of the same name.
/// </summary>
public sealed class StrategyOptionsTests : IDisposable
{
    private readonly TestFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    /// <summary>The tutorial with its strategy section replaced (the section is last in the file; it starts at line 125).</summary>
    private string Tutorial(string strategy)
    {
        string text = File.ReadAllText(Cli.Scenario("tutorial.yaml"));
        string file = Path.Combine(_folder.NewFolder(), "tutorial.yaml");
        File.WriteAllText(file, text[..text.IndexOf("\nstrategy:", StringComparison.Ordinal)] + "\n" + strategy + "\n");
        return file;
    }

    private static Scenario Load(string file) => ScenarioFiles.Load(file);

    /// <summary>Runs a command that must fail on input: exit code 2, and no --out folder made.</summary>
    private string Refused(params string[] args)
    {
        string outDir = Path.Combine(_folder.NewFolder(), "out");
        var (exit, output, error) = Cli.Run([.. args, "--out", outDir]);
        Assert.True(exit == 2, $"exit {exit}\n{output}\n{error}");
        Assert.False(Directory.Exists(outDir), "nothing is written when the input is refused");
        Assert.DoesNotContain("internal error", error);
        return error;
    }

    [Theory]
    [InlineData("strategy: {name: nosuch}", "tutorial.yaml:125:18: strategy.name: found unknown strategy 'nosuch', expected one of fcfs, hindsight, lazy, ortools, priority, assembly:PATH.dll or exec:COMMAND")]
    [InlineData("strategy: ortols", "tutorial.yaml:125:11: strategy: found unknown strategy 'ortols', expected one of fcfs, hindsight, lazy, ortools, priority, assembly:PATH.dll or exec:COMMAND (did you mean 'ortools'?)")]
    [InlineData("strategy:\n  name: priority\n  replan_every: 6h", "tutorial.yaml:127:3: strategy.replan_every: found unknown option 'replan_every' for strategy 'priority', expected no options: 'priority' takes none (replan_every is an option of ortools)")]
    [InlineData("strategy:\n  name: ortools\n  replan_evry: 6h", "tutorial.yaml:127:3: strategy.replan_evry: found unknown option 'replan_evry' for strategy 'ortools', expected one of replan_every, min_interval, solution_limit, time_limit, search, first_solution, max_requests, max_parts, horizon_hours, rule_fills, postpone, queues, hold_risk, decompose_above, anticipate, anticipate_share (did you mean 'replan_every'?)")]
    [InlineData("strategy:\n  name: ortools\n  solution_limit: abc", "tutorial.yaml:127:19: strategy.solution_limit: found 'abc', expected a whole number >= 1")]
    [InlineData("strategy:\n  name: ortools\n  max_requests: 0", "tutorial.yaml:127:17: strategy.max_requests: found 0, expected a whole number >= 1")]
    [InlineData("strategy:\n  name: ortools\n  time_limit: 10", "tutorial.yaml:127:15: strategy.time_limit: found 10, expected a duration > 0 with a unit (10s, 10m, 10h or 10d)")]
    [InlineData("strategy: 'exec[timeout=-1s]:python3 p.py'", "tutorial.yaml:125:11: strategy: found timeout -1s, expected a duration > 0")]
    public void Validate_BadStrategySection_Located_ExitCode2(string section, string message)
    {
        var (exit, _, error) = Cli.Run("validate", Tutorial(section));
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    public void Commands_BadStrategySection_RefusedBeforeAnyWork(string command) =>
        Assert.Contains("strategy.solution_limit: found 'abc'", Refused(command, Tutorial("strategy: {name: ortools, solution_limit: abc}"), "-r", "2"));

    [Fact]
    public void Plan_BadStrategySection_RefusedBeforeAnyWork()
    {
        string file = Path.Combine(_folder.NewFolder(), "cyclones.yaml");
        File.WriteAllText(file, File.ReadAllText(Cli.Scenario("mozambique-cyclones.yaml")).Replace("strategy: priority", "strategy: {name: priority, replan_every: 6h}"));
        Assert.Contains("strategy.replan_every: found unknown option 'replan_every' for strategy 'priority'", Refused("plan", file));
    }

    [Theory]
    [InlineData("run", "--strategy", "ortools[solution_limit=abc]", "error: --strategy: ortools[solution_limit=abc]: solution_limit: found 'abc', expected a whole number >= 1")]
    [InlineData("run", "--strategy", "ortools[replan_evry=2h]", "error: --strategy: ortools[replan_evry=2h]: found unknown option 'replan_evry' for strategy 'ortools', expected one of replan_every, min_interval, solution_limit")]
    [InlineData("run", "--strategy", "priority[replan_every=2h]", "found unknown option 'replan_every' for strategy 'priority', expected no options: 'priority' takes none (replan_every is an option of ortools)")]
    [InlineData("run", "--strategy", "ortools[search=guidd]", "search: found 'guidd', expected one of greedy, guided, iterated, ruin (did you mean 'guided'?)")]
    [InlineData("run", "--strategy", "ortools[time_limit=0s]", "time_limit: found 0s, expected a duration > 0")]
    [InlineData("run", "--strategy", "ortools[solution_limit=5", "error: --strategy: found 'ortools[solution_limit=5', expected a closing ']' after the options")]
    [InlineData("run", "--strategy", "ortoolz", "error: --strategy: found unknown strategy 'ortoolz', expected one of fcfs, hindsight, lazy, ortools, priority, assembly:PATH.dll or exec:COMMAND (did you mean 'ortools'?)")]
    [InlineData("compare", "--strategies", "fcfs,priority,ortools[replan_every=2h,solution_limit=x]", "error: --strategies: ortools[replan_every=2h,solution_limit=x]: solution_limit: found 'x', expected a whole number >= 1")]
    [InlineData("compare", "--strategies", "fcfs,ortools[solution_limit=5", "error: --strategies: found 'ortools[solution_limit=5', expected a closing ']'")]
    [InlineData("compare", "--strategies", "ortools,ortools[solution_limit=5]", "expected two or more different strategies")]
    [InlineData("compare", "--strategies", "fcfs,exec[timeout=5]:python3 p.py", "timeout: found 5, expected a duration > 0 with a unit (5s, 5m, 5h or 5d)")]
    public void CommandLine_BadStrategyOrOption_NamesItExitCode2(string command, string option, string value, string message) =>
        Assert.Contains(message, Refused(command, Cli.Scenario("tutorial.yaml"), "-r", "2", option, value));

    [Fact]
    public void Sweep_BadStrategyInTheExperiment_LocatedExitCode2()
    {
        string dir = _folder.NewFolder();
        string file = SweepCommandTests.Experiment(dir, strategies: "[fcfs, {name: fast, use: 'ortools[solution_limit=0]'}, prioritty]");
        string error = Refused("sweep", file);
        Assert.Contains("experiment.yaml:3:38: strategies[1].use: found solution_limit 0, expected a whole number >= 1", error);
        Assert.Contains("experiment.yaml:3:68: strategies[2]: found unknown strategy 'prioritty'", error);
        Assert.Contains("(did you mean 'priority'?)", error);
    }

    [Fact]
    public void Catalog_ScenarioOptions_ApplyToTheSameNamedStrategy_BracketsOverride()
    {
        var scenario = Load(Tutorial("strategy:\n  name: ortools\n  replan_every: 12h\n  solution_limit: 3"));
        Assert.Equal("replan_every=12h; min_interval=4h; solution_limit=3; time_limit=none; search=greedy; first_solution=priced; max_requests=60; max_parts=4; horizon_hours=48; rule_fills=true; postpone=0.5; queues=true; hold_risk=0; decompose_above=250; anticipate=0; anticipate_share=0.5",
            StrategyCatalog.Settings("ortools", scenario));
        Assert.Equal("replan_every=12h; min_interval=4h; solution_limit=50; time_limit=none; search=greedy; first_solution=priced; max_requests=60; max_parts=4; horizon_hours=48; rule_fills=true; postpone=0.5; queues=true; hold_risk=0; decompose_above=250; anticipate=0; anticipate_share=0.5",
            StrategyCatalog.Settings("ortools[solution_limit=50]", scenario));
        Assert.Equal(StrategyCatalog.Settings("ortools", scenario), StrategyCatalog.Settings(null, scenario));
        Assert.Equal(SimTime.FromHours(12), StrategyCatalog.For("ortools", scenario)().ReplanEvery);
        Assert.Equal(SimTime.FromHours(2), StrategyCatalog.For("ortools[replan_every=2h]", scenario)().ReplanEvery);
        // Another strategy's options do not leak: a scenario for priority leaves ortools at its defaults.
        Assert.Equal(SimTime.FromHours(6), StrategyCatalog.For("ortools", Load(Cli.Scenario("tutorial.yaml")))().ReplanEvery);
    }

    [Fact]
    public void Compare_ScenarioOptions_ReachTheSameNamedStrategy()
    {
        string dir = _folder.NewFolder();
        string file = Tutorial("strategy:\n  name: ortools\n  replan_every: 12h\n  solution_limit: 3");
        var (exit, _, error) = Cli.Run("compare", file, "--strategies", "fcfs,ortools[max_requests=20]", "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var settings = manifest.RootElement.GetProperty("settings").GetProperty("strategy_settings");
        Assert.Equal("none", settings.GetProperty("fcfs").GetString());
        Assert.Equal("replan_every=12h; min_interval=4h; solution_limit=3; time_limit=none; search=greedy; first_solution=priced; max_requests=20; max_parts=4; horizon_hours=48; rule_fills=true; postpone=0.5; queues=true; hold_risk=0; decompose_above=250; anticipate=0; anticipate_share=0.5",
            settings.GetProperty("ortools[max_requests=20]").GetString());
    }

    [Fact]
    public void Sweep_ScenarioOptions_ReachTheSameNamedStrategy()
    {
        string dir = _folder.NewFolder();
        string scenario = Tutorial("strategy:\n  name: ortools\n  replan_every: 12h");
        string file = Path.Combine(dir, "experiment.yaml");
        File.WriteAllText(file, $"scenarios: [{scenario}]\nstrategies: [fcfs, ortools, {{name: often, use: 'ortools[replan_every=3h]'}}]\nreplications: 1\n");
        var setup = SweepSetup.Load(file);
        var units = setup.Units.Select(u => u.Unit).OrderBy(u => u.Strategy).ToArray();
        Assert.Equal([null, SimTime.FromHours(12), SimTime.FromHours(3)], units.Select(u => setup.NewStrategy(u).ReplanEvery));
    }

    [Fact]
    public void Shipped_ScenariosAndExperiments_Validate()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(Cli.Repo, "scenarios"), "*.yaml"))
        {
            var (exit, _, error) = Cli.Run("validate", file);
            Assert.True(exit == 0, error);
        }
        foreach (string file in Directory.GetFiles(Path.Combine(Cli.Repo, "scenarios", "experiments"), "*.yaml")) SweepSetup.Load(file);
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Tests.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments;

public class ExperimentPlanTests
{
    private static Experiment Load(string grid, string strategies = "[fcfs, priority]")
    {
        string text = $"experiment: t\nscenarios: [tutorial.yaml]\nstrategies: {strategies}\ngrid:\n{grid}\nreplications: 2\n";
        var result = ExperimentLoader.LoadFromText(text, "t.yaml", RepoFiles.ScenariosDir);
        Assert.True(result.Experiment is not null, result.ErrorReport);
        return result.Experiment;
    }

    [Theory]
    [InlineData("fleet[truck10].count", 3)]
    [InlineData("network.links[0].km", 4)]
    [InlineData("a[1][2].b", 4)]
    [InlineData("horizon", 1)]
    public void Parse_Paths_Steps(string path, int steps) => Assert.Equal(steps, ScenarioOverrides.Parse(path)!.Count);

    [Theory]
    [InlineData("")]
    [InlineData("fleet[].count")]
    [InlineData("fleet..count")]
    [InlineData("fleet[0")]
    [InlineData("fleet.")]
    public void Parse_BadPaths_Null(string path) => Assert.Null(ScenarioOverrides.Parse(path));

    [Fact]
    public void Plan_Order_ScenarioPointReplicationStrategy_SeedSharedAcrossStrategiesAndPoints()
    {
        var plan = new ExperimentPlan(Load("  fleet[truck10].count: [2, 4]\n  horizon: [7d, 10d, 14d]"), [7]);
        Assert.Equal(6, plan.Points.Count);
        Assert.Equal("fleet[truck10].count=4, horizon=7d", plan.Points[3].Label);
        Assert.Equal(24, plan.Units.Count);
        Assert.Equal(["tutorial.p000.fcfs.r0000", "tutorial.p000.priority.r0000", "tutorial.p000.fcfs.r0001"], plan.Units.Take(3).Select(u => u.Id));
        Assert.All(plan.Units, u => Assert.Equal(7, u.Seed));
        Assert.Equal(plan.Units.Select((u, i) => i), plan.Units.Select(u => u.Index));
    }

    [Fact]
    public void Load_OverrideByIdOrIndexOrNewKey_ChangesTheScenario()
    {
        string file = RepoFiles.Scenario("tutorial.yaml");
        var axis = Load("  fleet[truck10].count: [3]\n  fleet[1].kmh: [150]\n  network.detour: [1.5]").Grid;
        var result = ScenarioLoader.Load(file, axis.Select(a => a.Values[0]).ToArray());
        Assert.True(result.Scenario is not null, result.ErrorReport);
        Assert.Equal(3, result.Scenario.Fleet[0].Count);
        Assert.Equal(150, result.Scenario.Fleet[1].SpeedKmh);
        Assert.Equal(6, ScenarioLoader.Load(file).Scenario!.Fleet[0].Count); // the file itself is untouched
    }

    [Fact]
    public void Load_DistributionAsValue_Applied()
    {
        var axis = Load("  hazards[0].duration: [{uniform: [1d, 2d]}]").Grid;
        Assert.Equal("{uniform: [1d, 2d]}", axis[0].Values[0].Text);
        var result = ScenarioLoader.Load(RepoFiles.Scenario("tutorial.yaml"), [axis[0].Values[0]]);
        Assert.True(result.Scenario is not null, result.ErrorReport);
    }

    [Fact]
    public void Experiment_StrategyWithoutPlainName_NeedsALabel()
    {
        var result = ExperimentLoader.LoadFromText("scenarios: [tutorial.yaml]\nstrategies: ['exec:python3 p.py']\n", "t.yaml", RepoFiles.ScenariosDir);
        Assert.Contains("t.yaml:2:14: strategies[0]: found 'exec:python3 p.py', expected a name of letters", result.ErrorReport);
    }

    [Fact]
    public void Experiment_StrategiesWithBrackets_CheckedAndLocated()
    {
        const string text = "scenarios: [tutorial.yaml]\nstrategies:\n  - fcfs\n  - prioritty\n  - {name: deep, use: 'rolling[depth=0]'}\n  - {name: fine, use: 'rolling[depth=5,mode=careful]'}\n";
        var result = ExperimentLoader.LoadFromText(text, "t.yaml", RepoFiles.ScenariosDir, Strategies.StrategyDescriptorsTests.Known);
        Assert.Equal(
            [
                "t.yaml:4:5: strategies[1]: found unknown strategy 'prioritty', expected one of fcfs, lazy, priority, rolling or exec:COMMAND (did you mean 'priority'?)",
                "t.yaml:5:23: strategies[2].use: found depth 0, expected a whole number >= 1 and <= 10",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Experiment_KnownStrategies_Load()
    {
        const string text = "scenarios: [tutorial.yaml]\nstrategies: [fcfs, {name: r, use: 'rolling[depth=5]'}]\n";
        var result = ExperimentLoader.LoadFromText(text, "t.yaml", RepoFiles.ScenariosDir, Strategies.StrategyDescriptorsTests.Known);
        Assert.True(result.Experiment is not null, result.ErrorReport);
        Assert.Equal("rolling[depth=5]", result.Experiment.Strategies[1].Use);
    }
}

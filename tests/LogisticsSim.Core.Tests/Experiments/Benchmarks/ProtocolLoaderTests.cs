// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Benchmarks;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Experiments.Benchmarks;

public class ProtocolLoaderTests
{
    /// <summary>Core's strategies and stand-ins for those declared elsewhere, with the options the suite's protocol gives them.</summary>
    private static readonly StrategyDescriptors Known = new(
    [
        FcfsStrategy.Descriptor, PriorityStrategy.Descriptor,
        LazyStrategy.Descriptor,
        new StrategyDescriptor("ortools", "stand-in",
        [
            StrategyOption.WholeNumber("solution_limit", 30, "stand-in"), StrategyOption.Duration("time_limit", null, "stand-in"),
            StrategyOption.Duration("replan_every", TimeSpan.FromHours(6), "stand-in"),
        ]),
        HindsightOptions.Descriptor,
        new StrategyDescriptor("exec", "stand-in", [StrategyOption.Duration("timeout", TimeSpan.FromSeconds(10), "stand-in")]) { Argument = "COMMAND" },
    ]);

    private const string Good = """
        suite: small
        seed: 7
        replications: 3
        scenarios: [tutorial.yaml, idai-beira.yaml]
        strategies: [fcfs, priority, 'ortools[replan_every=2h]', 'exec:python3 my_policy.py', {name: oracle, use: hindsight}]
        budgets:
          ortools: {solution_limit: 5}
          oracle: {rollouts: 4}
        reference: oracle
        """;

    private static ProtocolLoadResult Load(string text) => ProtocolLoader.LoadFromText(text, "p.yaml", RepoFiles.ScenariosDir, Known);

    [Fact]
    public void Load_Good_EveryField()
    {
        var result = Load(Good);
        var p = result.Protocol;
        Assert.True(p is not null, result.ErrorReport);
        Assert.Equal(("small", 7L, 3, "priority", "oracle"), (p.Suite, p.Seed, p.Replications, p.Baseline, p.Reference));
        Assert.Equal(["tutorial", "idai-beira"], p.Scenarios.Select(Path.GetFileNameWithoutExtension));
        Assert.Equal(["fcfs", "priority", "ortools", "my_policy", "oracle"], p.Strategies.Select(s => s.Label));
    }

    [Fact]
    public void ToExperiment_BudgetsFolded_BracketsOverride_NoGrid_MasterSeed()
    {
        var p = Load(Good).Protocol!;
        var experiment = p.ToExperiment();
        Assert.Equal(["fcfs", "priority", "ortools[solution_limit=5,replan_every=2h]", "exec:python3 my_policy.py", "hindsight[rollouts=4]"],
            experiment.Strategies.Select(s => s.Use));
        Assert.Empty(experiment.Grid);
        Assert.Equal((7L, 3, "small"), (experiment.Seed!.Value, experiment.Replications, experiment.Name));
        var plan = new ExperimentPlan(experiment, [1, 2]);
        Assert.Equal(2 * 5 * 3, plan.Units.Count);
        Assert.All(plan.Units, u => Assert.Equal(7, u.Seed));
        // A strategy the command line names runs with the budget of the same name; its own brackets win.
        var lineup = p.ToExperiment([new ExperimentStrategy("ortools", "ortools[solution_limit=9]"), new ExperimentStrategy("priority", "priority")]);
        Assert.Equal("ortools[solution_limit=5,solution_limit=9]", lineup.Strategies[0].Use);
        Assert.Equal(9, Known.Resolve(lineup.Strategies[0].Use, [], out _)!.WholeNumber("solution_limit"));
    }

    [Fact]
    public void ShippedProtocol_Loads_WithTheStrategiesItNames()
    {
        var result = ProtocolLoader.Load(Path.Combine(RepoFiles.ScenariosDir, "suite"), Known);
        var p = result.Protocol;
        Assert.True(p is not null, result.ErrorReport);
        Assert.Equal(("priority", "hindsight"), (p.Baseline, p.Reference));
        Assert.True(p.Replications >= 30);
        Assert.Equal(10, p.Scenarios.Count);
        Assert.Equal("hindsight[rollouts=8,simulate_every=30m]", p.Budgeted(p.Strategies[^1]));
        Assert.True(ProtocolLoader.IsProtocol(Path.Combine(RepoFiles.ScenariosDir, "suite")));
        Assert.True(ProtocolLoader.IsProtocol(Path.Combine(RepoFiles.ScenariosDir, "suite", "protocol.yaml")));
        Assert.False(ProtocolLoader.IsProtocol(Path.Combine(RepoFiles.ScenariosDir, "experiments", "fleet-size.yaml")));
    }

    [Theory]
    [InlineData("replication: 3\n", "p.yaml:6:1: replication: found unknown key 'replication', expected one of suite, seed, replications, scenarios, strategies, description, budgets, baseline, reference (did you mean 'replications'?)")]
    [InlineData("scenarios: [missing.yaml]\n", "p.yaml:6:13: scenarios[0]: found 'missing.yaml', which does not exist, expected a scenario file, relative to the protocol file")]
    [InlineData("replications: 0\n", "p.yaml:6:15: replications: found 0, expected a whole number >= 1")]
    [InlineData("strategies: [fcfs, prority]\n", "p.yaml:6:20: strategies[1]: found unknown strategy 'prority', expected one of ")]
    [InlineData("budgets:\n  fcfs: {solution_limit: 5}\n", "p.yaml:7:10: budgets.fcfs.solution_limit: found unknown option 'solution_limit' for strategy 'fcfs', expected no options: 'fcfs' takes none (solution_limit is an option of ortools)")]
    [InlineData("budgets:\n  ortools: {solution_limt: 5}\n", "budgets.ortools.solution_limt: found unknown option 'solution_limt' for strategy 'ortools', expected one of solution_limit, time_limit, replan_every (did you mean 'solution_limit'?)")]
    [InlineData("budgets:\n  ortools: {solution_limit: -3}\n", "p.yaml:7:29: budgets.ortools.solution_limit: found -3, expected a whole number >= 1")]
    [InlineData("budgets:\n  ortools: {time_limit: 5s}\n", "p.yaml:7:13: budgets.ortools.time_limit: found time_limit, a wall-clock limit, expected a count such as solution_limit")]
    [InlineData("budgets:\n  ortols: {solution_limit: 5}\n", "p.yaml:7:3: budgets.ortols: found unknown strategy 'ortols', expected a strategy of strategies: or one the program knows, one of fcfs, priority, hindsight, lazy, ortools (did you mean 'ortools'?)")]
    [InlineData("budgets: [ortools]\n", "p.yaml:6:10: budgets: found a list, expected a mapping of strategies to their search limits")]
    [InlineData("baseline: priorty\n", "p.yaml:6:11: baseline: found no strategy 'priorty' among the strategies, expected the baseline, which every other strategy is paired with, among them: add it (did you mean 'priority'?)")]
    public void Load_BadKey_LocatedError(string line, string message)
    {
        // The line under test comes sixth; a key it replaces is left out, a comment keeping the other lines where they were.
        string key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        string[] lines = ["suite: small", "seed: 7", "replications: 3", "scenarios: [tutorial.yaml]", "strategies: [fcfs, priority]"];
        string text = string.Concat(lines.Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? "# replaced\n" : l + "\n")) + line;
        var result = Load(text);
        Assert.Null(result.Protocol);
        Assert.Contains(message, result.ErrorReport, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRequiredKeys_EachNamed()
    {
        var result = Load("description: nothing else\n");
        Assert.Contains("p.yaml:1:1: suite: found nothing, expected the suite's name", result.ErrorReport, StringComparison.Ordinal);
        Assert.Contains("seed: found nothing", result.ErrorReport, StringComparison.Ordinal);
        Assert.Contains("replications: found nothing", result.ErrorReport, StringComparison.Ordinal);
        Assert.Contains("scenarios: found nothing", result.ErrorReport, StringComparison.Ordinal);
        Assert.Contains("strategies: found nothing", result.ErrorReport, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultBaselineMissing_SaysHowToChooseOne()
    {
        var result = Load("suite: s\nseed: 1\nreplications: 2\nscenarios: [tutorial.yaml]\nstrategies: [fcfs, lazy]\n");
        Assert.Contains("p.yaml:5:13: strategies: found no strategy 'priority' among the strategies, expected the baseline, which every other strategy is paired with, among them: add it, or name another with baseline:",
            result.ErrorReport, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoProgramsOfOneName_AskedToNameThem()
    {
        var result = Load("suite: s\nseed: 1\nreplications: 2\nscenarios: [tutorial.yaml]\nstrategies: [priority, 'exec:python3 a/p.py', 'exec:python3 b/p.py']\n");
        Assert.Contains("p.yaml:5:47: strategies[2]: found a second strategy named 'p', expected different names (write {name: LABEL, use: STRATEGY})", result.ErrorReport, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Folder_WithoutProtocol_Located()
    {
        var result = ProtocolLoader.Load(RepoFiles.ScenariosDir, Known);
        Assert.Contains("found a folder without protocol.yaml, expected a suite's folder holding protocol.yaml, or a protocol file", result.ErrorReport, StringComparison.Ordinal);
    }
}

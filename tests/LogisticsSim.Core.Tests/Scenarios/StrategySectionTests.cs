// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Core.Tests.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// The <c>strategy</c> section checked against the strategies the caller knows: unknown names and options,
/// values of the wrong kind or out of range, each located. Lines refer to <see cref="Mini.Text"/> (appended lines start at 19).
/// </summary>
public class StrategySectionTests
{
    private static string[] Errors(string text) =>
        ScenarioLoader.LoadFromText(text, Mini.File, StrategyDescriptorsTests.Known).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void Load_UnknownName_LocatedWithDidYouMean() => Assert.Equal(
        ["mini.yaml:20:9: strategy.name: found unknown strategy 'rollin', expected one of fcfs, lazy, priority, rolling or exec:COMMAND (did you mean 'rolling'?)"],
        Errors(Mini.Plus("strategy:\n  name: rollin")));

    [Fact]
    public void Load_UnknownShortName_LocatedAtTheSection() => Assert.Equal(
        ["mini.yaml:19:11: strategy: found unknown strategy 'nosuch', expected one of fcfs, lazy, priority, rolling or exec:COMMAND"],
        Errors(Mini.Plus("strategy: nosuch")));

    [Fact]
    public void Load_UnknownOption_LocatedAtItsKey() => Assert.Equal(
        ["mini.yaml:21:3: strategy.replan_every: found unknown option 'replan_every' for strategy 'priority', expected no options: 'priority' takes none (replan_every is an option of rolling)"],
        Errors(Mini.Plus("strategy:\n  name: priority\n  replan_every: 6h")));

    [Fact]
    public void Load_BadValues_LocatedAtTheValue_EveryOneReported() => Assert.Equal(
        [
            "mini.yaml:21:10: strategy.depth: found 'abc', expected a whole number >= 1 and <= 10",
            "mini.yaml:22:11: strategy.weight: found -2, expected a number >= 0",
            "mini.yaml:23:3: strategy.replan_evry: found unknown option 'replan_evry' for strategy 'rolling', expected one of replan_every, depth, weight, mode, verbose, time_limit (did you mean 'replan_every'?)",
            "mini.yaml:24:15: strategy.time_limit: found 10, expected a duration > 0 with a unit (10s, 10m, 10h or 10d)",
        ],
        Errors(Mini.Plus("strategy:\n  name: rolling\n  depth: abc\n  weight: -2\n  replan_evry: 2h\n  time_limit: 10")));

    [Fact]
    public void Load_BracketOptionsInTheName_CheckedAtTheName() => Assert.Equal(
        ["mini.yaml:19:11: strategy: found depth 0, expected a whole number >= 1 and <= 10"],
        Errors(Mini.Plus("strategy: rolling[depth=0]")));

    [Fact]
    public void Load_EmptyOption_IsRefused() => Assert.Equal(
        ["mini.yaml:19:34: strategy.depth: found an empty value, expected a single option value (text or number)"],
        Errors(Mini.Plus("strategy: {name: rolling, depth: }")));

    [Fact]
    public void Load_GoodSection_Loads()
    {
        var result = ScenarioLoader.LoadFromText(Mini.Plus("strategy:\n  name: rolling\n  replan_every: 500ms\n  mode: careful"), Mini.File, StrategyDescriptorsTests.Known);
        Assert.True(result.Succeeded, result.ErrorReport);
        Assert.Equal(("rolling", "500ms"), (result.Scenario.Strategy.Name, result.Scenario.Strategy.Options["replan_every"]));
    }

    [Fact]
    public void Load_WithoutKnownStrategies_SectionIsNotChecked() =>
        Assert.True(ScenarioLoader.LoadFromText(Mini.Plus("strategy: {name: nosuch, any: 1}"), Mini.File).Succeeded);

    [Fact]
    public void Load_StrategyErrors_ComeWithTheOthers()
    {
        var errors = Errors(Mini.With("payload_t: 10", "payload_t: -1") + "strategy: nosuch\n");
        Assert.Equal(2, errors.Length);
        Assert.Contains("fleet[0].payload_t", errors[0]);
        Assert.Contains("unknown strategy 'nosuch'", errors[1]);
    }

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void ShippedScenarios_GiveOnlyOptionsTheirStrategyTakes(string file)
    {
        // Core knows fcfs and priority; a shipped scenario naming another strategy is checked by the Cli's tests.
        string name = ScenarioLoader.Load(RepoFiles.Scenario(file)).Scenario!.Strategy.Name;
        if (StrategyDescriptors.Builtin.Find(name) is null) return;
        var result = ScenarioLoader.Load(RepoFiles.Scenario(file), StrategyDescriptors.Builtin);
        Assert.True(result.Succeeded, result.ErrorReport);
    }
}

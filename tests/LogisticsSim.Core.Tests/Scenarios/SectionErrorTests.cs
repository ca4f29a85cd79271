using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>Errors specific to hazards, breakdowns, arrivals, needs, distributions and strategy. Lines refer to <see cref="Mini.Text"/>.</summary>
public class SectionErrorTests
{
    private static void AssertErrors(string text, params string[] expected) => Assert.Equal(expected, Mini.Errors(text));

    [Fact]
    public void Load_CapacityOnALink_AsksForANode() => AssertErrors(
        Mini.Plus("hazards:\n  - {link: PORT-BUZI-road, effect: capacity, factor: 0.5, duration: 2d}"),
        "mini.yaml:20:12: hazards[0].link: found effect capacity on a link, expected a node target (links can only be closed or slowed)");

    [Fact]
    public void Load_FactorOnClosed_IsRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {node: PORT, effect: closed, factor: 2, duration: 2d}"),
        "mini.yaml:20:42: hazards[0].factor: found factor 2, expected no factor or share: closed takes none");

    [Fact]
    public void Load_SlowedBelowOne_IsRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {link: PORT-BUZI-road, effect: slowed, factor: 0.5, duration: 2d}"),
        "mini.yaml:20:52: hazards[0].factor: found 0.5, expected a travel-time multiplier >= 1 (2 = twice as long)");

    [Fact]
    public void Load_HazardWithoutTarget_IsRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {effect: closed, duration: 2d}"),
        "mini.yaml:20:5: hazards[0]: found neither link nor node, expected exactly one target: link or node");

    [Fact]
    public void Load_UnknownEffect_Suggests() => AssertErrors(
        Mini.Plus("hazards:\n  - {node: PORT, effect: close, duration: 2d}"),
        "mini.yaml:20:26: hazards[0].effect: found 'close', expected one of closed, slowed, capacity, stock_loss, demand_surge (did you mean 'closed'?)");

    [Fact]
    public void Load_BreakdownWithModeAndFleet_IsRefused() => AssertErrors(
        Mini.Plus("breakdowns:\n  - {mode: road, fleet: truck, mtbf: 300h, repair: 1d}"),
        "mini.yaml:20:25: breakdowns[0].fleet: found both mode and fleet, expected exactly one of mode (every vehicle of a mode) or fleet (one fleet entry)");

    [Fact]
    public void Load_TwoBreakdownsForOneMode_AreRefused() => AssertErrors(
        Mini.Plus("breakdowns:\n  - {mode: road, mtbf: 300h, repair: 1d}\n  - {mode: road, mtbf: 200h, repair: 1d}"),
        "mini.yaml:21:5: breakdowns[1]: found 'road' again (first at line 20, column 5), expected one breakdown entry per mode or fleet id");

    [Fact]
    public void Load_ReversedUniformBounds_AreRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {node: PORT, effect: closed, duration: {uniform: [10d, 3d]}}"),
        "mini.yaml:20:54: hazards[0].duration.uniform: found [10d, 3d], expected [low, high] with low <= high");

    [Fact]
    public void Load_UnknownDistribution_Suggests() => AssertErrors(
        Mini.Plus("hazards:\n  - {node: PORT, effect: closed, duration: {lognormall: {mean: 2d, sd: 1d}}}"),
        "mini.yaml:20:45: hazards[0].duration.lognormall: found 'lognormall', expected a distribution: one of exponential, lognormal, "
        + "normal, uniform, triangular, weibull, empirical, constant (did you mean 'lognormal'?)");

    [Fact]
    public void Load_BareNumberInsideDurationDistribution_HintsAtUnits() => AssertErrors(
        Mini.Plus("hazards:\n  - {node: PORT, effect: closed, duration: {exponential: {mean: 2}}}"),
        "mini.yaml:20:65: hazards[0].duration.exponential.mean: found 2, expected a duration with a unit (2s, 2m, 2h or 2d)");

    [Fact]
    public void Load_ArrivalsEveryWithZeroMean_IsRefused() => AssertErrors(
        Mini.Plus("  arrivals:\n    - {id: s, item: food, from: PORT, to: BUZI, t: 2, every: {uniform: [0h, 0h]}, due: 1d, priority: 1}"),
        "mini.yaml:20:62: demand.arrivals[0].every: found a distribution with mean 0, expected a distribution with mean > 0");

    [Fact]
    public void Load_ArrivalEndAfterHorizon_IsRefused() => AssertErrors(
        Mini.Plus("  arrivals:\n    - {id: s, item: food, from: PORT, to: [BUZI], t: 2, every: 6h, due: 1d, priority: 1, end: 20d}"),
        "mini.yaml:20:95: demand.arrivals[0].end: found 20d, expected an end at or before the horizon (10d)");

    [Fact]
    public void Load_ArrivalStartAfterEnd_IsRefused() => AssertErrors(
        Mini.Plus("  arrivals:\n    - {id: s, item: food, from: PORT, to: [BUZI], t: 2, every: 6h, due: 1d, priority: 1, start: 5d, end: 2d}"),
        "mini.yaml:20:97: demand.arrivals[0].start: found start 5d and end 2d, expected a start before the end");

    [Fact]
    public void Load_ArrivalUnknownDestinationInList_IsLocatedAtTheEntry() => AssertErrors(
        Mini.Plus("  arrivals:\n    - {id: s, item: food, from: PORT, to: [BUZI, BUZZ], t: 2, every: 6h, due: 1d, priority: 1}"),
        "mini.yaml:20:50: demand.arrivals[0].to[1]: found 'BUZZ', expected a known node id (did you mean 'BUZI'?)");

    [Fact]
    public void Load_NeedWithoutPopulation_AsksForOne() => AssertErrors(
        Mini.Plus("  needs:\n    - {at: BUZI, item: food, kg_per_person_day: 0.555, from: PORT, every: 1d, due: 2d, priority: 1}")
            .Replace(", population: 1000}", "}"),
        "mini.yaml:20:7: demand.needs[0].population: found no population here nor on node 'BUZI', expected a population on the need, or on node 'BUZI'");

    [Fact]
    public void Load_AffectedShareAboveOne_IsRefused() => AssertErrors(
        Mini.Plus("  needs:\n    - {at: BUZI, item: food, kg_per_person_day: 0.555, from: PORT, every: 1d, due: 2d, priority: 1, affected_share: 2}"),
        "mini.yaml:20:117: demand.needs[0].affected_share: found 2, expected a share between 0 and 1");

    [Fact]
    public void Load_NonScalarStrategyOption_IsRefused() => AssertErrors(
        Mini.Plus("strategy: {name: x, replan_every: 6h, depth: 3, weights: [1, 2]}"),
        "mini.yaml:19:58: strategy.weights: found a list, expected a single option value (text or number)");

    [Fact]
    public void Load_ListWhereMappingExpected_IsRefused() => AssertErrors(
        Mini.With("scenario: {name: Mini}", "scenario: [Mini]"),
        "mini.yaml:1:11: scenario: found a list, expected a mapping {name: ..., description: ...}");
}

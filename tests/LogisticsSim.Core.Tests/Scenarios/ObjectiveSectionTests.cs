using LogisticsSim.Core.Kpis;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>The <c>objective</c> section: defaults, and located errors. Lines refer to <see cref="Mini.Text"/> (the section is line 19).</summary>
public class ObjectiveSectionTests
{
    private static void AssertErrors(string text, params string[] expected) => Assert.Equal(expected, Mini.Errors(text));

    [Fact]
    public void NoSection_GivesTheDefaults()
    {
        var w = Mini.Load(Mini.Text).Objective;
        Assert.Equal(ObjectiveWeights.Default, w);
        Assert.Equal([100.0, 10, 1], w.Lateness);
        Assert.Equal([10_000.0, 1_000, 100], w.Unmet);
        Assert.Equal((1.0, 0.01, 120.0), (w.Deprivation, w.Operating, w.DeprivationCapHours));
    }

    [Fact]
    public void PartialSection_KeepsTheDefaultsOfWhatItLeavesOut()
    {
        var w = Mini.Load(Mini.Plus("objective: {lateness: [50, 5], deprivation_cap: 3d}")).Objective;
        Assert.Equal([50.0, 5], w.Lateness);
        Assert.Equal(ObjectiveWeights.Default.Unmet, w.Unmet);
        Assert.Equal((1.0, 0.01, 72.0), (w.Deprivation, w.Operating, w.DeprivationCapHours));
    }

    [Fact]
    public void NegativeWeight_IsRefused() => AssertErrors(
        Mini.Plus("objective: {operating: -1}"),
        "mini.yaml:19:24: objective.operating: found -1, expected a number >= 0");

    [Fact]
    public void NegativeWeightInAList_IsRefusedAtItsPlace() => AssertErrors(
        Mini.Plus("objective: {lateness: [100, -10, 1]}"),
        "mini.yaml:19:29: objective.lateness[1]: found -10, expected a number >= 0");

    [Fact]
    public void WordForAWeight_IsRefused() => AssertErrors(
        Mini.Plus("objective: {deprivation: high}"),
        "mini.yaml:19:26: objective.deprivation: found 'high', expected a number >= 0");

    [Fact]
    public void MappingForPerPriorityWeights_IsRefused() => AssertErrors(
        Mini.Plus("objective: {unmet: {p1: 10}}"),
        "mini.yaml:19:20: objective.unmet: found a mapping, expected a number >= 0, or a list of numbers >= 0 for priority 1, 2, ... (the last for every later priority)");

    [Fact]
    public void EmptyList_IsRefused() => AssertErrors(
        Mini.Plus("objective: {unmet: []}"),
        "mini.yaml:19:20: objective.unmet: found an empty list, expected a number >= 0, or a list of numbers >= 0 for priority 1, 2, ... (the last for every later priority)");

    [Fact]
    public void CapWithoutUnit_IsRefused() => AssertErrors(
        Mini.Plus("objective: {deprivation_cap: 120}"),
        "mini.yaml:19:30: objective.deprivation_cap: found 120, expected a duration with a unit (120s, 120m, 120h or 120d)");

    [Fact]
    public void UnknownKey_SuggestsTheNearest() => AssertErrors(
        Mini.Plus("objective: {latenes: [1]}"),
        "mini.yaml:19:13: objective.latenes: found unknown key 'latenes', expected one of lateness, unmet, deprivation, operating, deprivation_cap (did you mean 'lateness'?)");

    [Fact]
    public void SectionNotAMapping_IsRefused() => AssertErrors(
        Mini.Plus("objective: [1, 2]"),
        "mini.yaml:19:12: objective: found a list, expected a mapping {lateness: [...], unmet: [...], deprivation: ..., operating: ..., deprivation_cap: ...}");

    [Fact]
    public void EveryErrorIsReported_AtOnce() => Assert.Equal(3, Mini.Errors(Mini.Plus("objective: {lateness: x, unmet: -1, operating: []}")).Length);
}

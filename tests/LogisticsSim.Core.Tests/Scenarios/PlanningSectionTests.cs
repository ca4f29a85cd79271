using LogisticsSim.Core.Scenarios;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>The planning section: read into records, and every mistake in it located.</summary>
public class PlanningSectionTests
{
    /// <summary>Appended to <see cref="Mini.Text"/>: "planning:" is line 19.</summary>
    private const string Planning =
        """
        planning:
          window: 3d
          budget: 100000
          items:
            - {item: food, cost_per_t: 500, unmet_penalty_per_t: 5000, kg_per_person_day: 0.555}
          sizes:
            - {name: small, capacity_t: 200, cost: 1000}
          hubs:
            - {node: PORT}
            - {node: BUZI, sizes: [{name: tent, capacity_m3: 100, cost: 300}]}
          vehicles:
            - {fleet: truck, cost: 2000, max: 5}
          scenarios:
            - {id: hit, probability: 0.4, demand: {BUZI: {food: 50}}, stock_survives: {PORT: 0.5}, closed: [PORT-BUZI-road]}
            - {id: quiet, probability: 0.6}

        """;

    private static string With(string fragment, string replacement)
    {
        Assert.Equal(1, CountOf(Planning, fragment));
        return Mini.Text + Planning.Replace(fragment, replacement, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string fragment) => text.Split(fragment).Length - 1;

    [Fact]
    public void Load_PlanningSection_IsRead()
    {
        var result = ScenarioLoader.LoadFromText(Mini.Text + Planning, Mini.File);
        Assert.True(result.Succeeded, result.ErrorReport);
        var planning = result.Scenario!.Planning!;
        Assert.Equal(72, planning.Window.Hours);
        Assert.Equal(100000, planning.Budget);
        Assert.Equal("small", Assert.Single(planning.Hubs[0].Sizes).Name);
        Assert.Equal(100, Assert.Single(planning.Hubs[1].Sizes).CapacityM3);
        Assert.Equal(50, Assert.Single(planning.Scenarios[0].Demand).Tonnes);
        Assert.Equal(0.5, planning.Scenarios[0].SurvivingShare(new("PORT")));
        Assert.Equal(1, planning.Scenarios[0].SurvivingShare(new("BUZI")));
        Assert.Equal("PORT-BUZI-road", Assert.Single(planning.Scenarios[0].Closed).Value);
        Assert.Empty(planning.Scenarios[1].Demand);
    }

    [Fact]
    public void Load_WithoutPlanning_HasNone() => Assert.Null(ScenarioLoader.LoadFromText(Mini.Text, Mini.File).Scenario!.Planning);

    [Fact]
    public void Load_ProbabilitiesNotSummingToOne_IsLocated() => Assert.Equal(
        ["mini.yaml:32:5: planning.scenarios: found 2 scenario probabilities summing to 0.9, expected probabilities summing to 1 "
         + "(within 0.0001): add the missing scenarios, or a no-hazard scenario with the rest"],
        Mini.Errors(With("probability: 0.6", "probability: 0.5")));

    [Fact]
    public void Load_UnknownHub_SuggestsANode() => Assert.Equal(
        ["mini.yaml:28:14: planning.hubs[1].node: found 'BUSI', expected a known node id (did you mean 'BUZI'?)"],
        Mini.Errors(With("{node: BUZI,", "{node: BUSI,")));

    [Fact]
    public void Load_NegativeCost_IsRefused() => Assert.Equal(
        ["mini.yaml:30:28: planning.vehicles[0].cost: found -2000, expected a number >= 0"],
        Mini.Errors(With("cost: 2000,", "cost: -2000,")));

    [Fact]
    public void Load_UnknownLinkInAScenario_IsLocated()
    {
        string error = Assert.Single(Mini.Errors(With("closed: [PORT-BUZI-road]", "closed: [PORT-BUZI-air]")));
        Assert.StartsWith("mini.yaml:32:", error);
        Assert.Contains("planning.scenarios[0].closed[0]: found 'PORT-BUZI-air', expected a known link id or from-to-mode", error);
    }

    [Fact]
    public void Load_DemandForAnUnpricedItem_IsLocated()
    {
        string text = Mini.Text.Replace("  - {id: food, t_per_m3: 0.6}\n", "  - {id: food, t_per_m3: 0.6}\n  - {id: tents, t_per_m3: 0.2}\n", StringComparison.Ordinal)
            + Planning.Replace("{BUZI: {food: 50}}", "{BUZI: {food: 50, tents: 3}}", StringComparison.Ordinal);
        string error = Assert.Single(Mini.Errors(text));
        Assert.Contains("planning.scenarios[0].demand.BUZI.tents: found item 'tents', which planning.items does not price", error);
    }

    [Fact]
    public void Load_SurvivalShareAboveOne_IsRefused() =>
        Assert.Contains("planning.scenarios[0].stock_survives.PORT: found 1.5, expected a share between 0 and 1",
            Assert.Single(Mini.Errors(With("{PORT: 0.5}", "{PORT: 1.5}"))));

    [Fact]
    public void Load_UnknownPlanningKey_Suggests() =>
        Assert.Contains("planning.budgt: found unknown key 'budgt'", Assert.Single(Mini.Errors(With("  budget: 100000", "  budgt: 100000"))));

    [Fact]
    public void Load_SeveralPlanningErrors_AreReportedAtOnce() =>
        Assert.Equal(3, Mini.Errors(With("probability: 0.6", "probability: 0.5").Replace("{node: BUZI,", "{node: BUSI,").Replace("{fleet: truck,", "{fleet: lorry,")).Length);
}

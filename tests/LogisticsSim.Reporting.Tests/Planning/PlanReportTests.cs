// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Reporting.Tests.Planning;

public sealed class PlanReportTests
{
    private const string Json = """
        {
          "scenario": "Coast", "solver": "highs", "status": "optimal", "objective": 1200, "bound": 1190, "gap": 0.008,
          "lp_relaxation": 1100, "budget": 5000, "first_stage_cost": 4900,
          "decisions": {
            "hubs": [{"node": "PORT", "size": "small", "cost": 100}],
            "stock": [{"hub": "PORT", "item": "food", "t": 40, "cost": 400}, {"hub": "PORT", "item": "kits", "t": 2.5, "cost": 300}],
            "vehicles": [{"hub": "PORT", "fleet": "truck", "count": 4, "cost": 4100}]
          },
          "scenarios": [
            {"id": "storm", "probability": 0.7, "demand_t": 50, "promised": {"fill_rate": 0.8}, "simulated": {"fill_rate": 0.75, "ci95": [0.7, 0.8]}},
            {"id": "quiet", "probability": 0.3, "demand_t": 0, "promised": {"fill_rate": 1}, "simulated": {"fill_rate": 1, "ci95": [1, 1]}}
          ]
        }
        """;

    [Fact]
    public void Read_GathersEachHubsStockVehiclesAndCost()
    {
        var plan = PlanJsonReader.Read(Json, "plan.json");
        var hub = Assert.Single(plan.Decisions);
        Assert.Equal(new HubPlan("PORT", "small", "food 40.0 t, kits 2.5 t", "4 truck", 4900), hub);
        Assert.Equal(0.008, plan.Gap);
        Assert.Equal(new ScenarioFill("storm", 0.7, 50, 0.8, 0.75, 0.7, 0.8), plan.Scenarios[0]);
    }

    [Fact]
    public void Chart_ShowsPromisedAgainstSimulated_InPercent_ForScenariosWithNeeds()
    {
        var chart = Assert.Single(PlanCharts.For(PlanJsonReader.Read(Json, "plan.json")));
        Assert.Equal(["storm"], chart.XTickLabels!);
        Assert.Equal([80.0], chart.Series[0].Y);
        Assert.True(chart.Series[0].Secondary);
        Assert.Equal([75.0], chart.Series[1].Y);
        Assert.Equal([70.0], chart.Series[1].Low!);
        Assert.Equal([80.0], chart.Series[1].High!);
    }

    [Fact]
    public void Chart_WithoutACheck_ShowsThePromiseAlone()
    {
        string unchecked_ = Json.Replace(", \"simulated\": {\"fill_rate\": 0.75, \"ci95\": [0.7, 0.8]}", "", StringComparison.Ordinal);
        var chart = Assert.Single(PlanCharts.For(PlanJsonReader.Read(unchecked_, "plan.json")));
        Assert.Single(chart.Series);
    }

    [Fact]
    public void Read_WithoutScenarios_SaysWhat()
    {
        var e = Assert.Throws<ReportInputException>(() => PlanJsonReader.Read("""{"scenario": "x", "decisions": {}}""", "out/plan.json"));
        Assert.Equal("out/plan.json: scenarios: found nothing usable, expected a list of hazard scenarios", e.Message);
    }
}

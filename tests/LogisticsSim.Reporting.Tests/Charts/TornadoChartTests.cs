// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Tests.Charts;

public sealed class TornadoChartTests
{
    private static string Json(string direction) => $$$"""
        {"scenario": "S", "strategy": "priority", "seed": 3, "replications": 4, "direction": "{{{direction}}}", "disruption": "closed",
         "baseline": {},
         "changes": [
           {"rank": 1, "kind": "link", "target": "A", "action": "closed", "covers_zero": false,
            "objective": {"mean": -50, "ci95": [-80, -20]}, "fill_rate": {"mean": 0.1, "ci95": [0.05, 0.15]},
            "on_time_rate": {"mean": 0, "ci95": [0, 0]}, "deprivation_person_days": {"mean": -3, "ci95": [-4, -2]}},
           {"rank": 2, "kind": "node", "target": "N", "action": "closed", "covers_zero": true,
            "objective": {"mean": -1, "ci95": [-5, 3]}}
         ],
         "screened_out": [{"kind": "link", "target": "B", "action": "closed", "reason": "idle"}]}
        """;

    [Fact]
    public void Read_GivesEveryChange_AndTheScreenedOut()
    {
        var r = CriticalityJson.Read(Json("gains"), "criticality.json");
        Assert.True(r.Gains);
        Assert.Equal(2, r.Changes.Count);
        Assert.Equal("link A: closed", r.Changes[0].Label);
        Assert.Equal(-80, r.Changes[0].Objective.Low);
        Assert.True(double.IsNaN(r.Changes[1].FillRate.Mean));
        Assert.Equal(("link", "B", "closed"), r.ScreenedOut.Single());
    }

    [Fact]
    public void Gains_AreDrawn_AsTheFallInObjective_WithTheIntervalTurnedRound()
    {
        var bars = TornadoChart.Bars(CriticalityJson.Read(Json("gains"), "criticality.json"));
        Assert.Equal(("link A: closed", 50.0, 20.0, 80.0, false), bars[0]);
        Assert.True(bars[1].CoversZero);
        var losses = TornadoChart.Bars(CriticalityJson.Read(Json("losses"), "criticality.json"));
        Assert.Equal(-50, losses[0].Value);
        Assert.Equal((-80.0, -20.0), (losses[0].Low, losses[0].High));
    }

    [Fact]
    public void Map_TakesTheImpactOfLinksAndNodes_ByTheirIds()
    {
        var (links, nodes) = CriticalityMap.Impacts(CriticalityJson.Read(Json("gains"), "criticality.json"));
        Assert.Equal(50, links["A"]);
        Assert.Equal(1, nodes["N"]);
        Assert.False(links.ContainsKey("B"));
    }

    [Fact]
    public void Svg_IsTheSame_EveryTime()
    {
        var r = CriticalityJson.Read(Json("losses"), "criticality.json");
        Assert.Equal(TornadoChart.Svg(r), TornadoChart.Svg(r));
        Assert.Contains("link A: closed", TornadoChart.Svg(r), StringComparison.Ordinal);
    }
}

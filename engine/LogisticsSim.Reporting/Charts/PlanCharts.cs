// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Reporting.Charts;

/// <summary>A plan's check: per hazard scenario, the fill the plan promised beside the fill simulated, with its 95% interval.</summary>
public static class PlanCharts
{
    public static IReadOnlyList<ChartSpec> For(PlanResults plan)
    {
        var shown = plan.Scenarios.Where(s => s.DemandTonnes > 0).ToArray();
        if (shown.Length == 0) return [];
        var xs = Enumerable.Range(0, shown.Length).Select(i => (double)i).ToArray();
        var series = new List<ChartSeries>
        {
            new("promised by the plan", xs, shown.Select(s => 100 * s.Promised).ToArray(), SeriesStyle.Interval,
                shown.Select(s => 100 * s.Promised).ToArray(), shown.Select(s => 100 * s.Promised).ToArray(), Group: 1, Secondary: true),
        };
        if (shown.Any(s => double.IsFinite(s.Simulated)))
        {
            series.Add(new("simulated, with 95% interval", xs, shown.Select(s => 100 * s.Simulated).ToArray(), SeriesStyle.Interval,
                shown.Select(s => 100 * s.Low).ToArray(), shown.Select(s => 100 * s.High).ToArray(), Group: 0));
        }
        return [new ChartSpec("plan-fill-by-scenario", "Fill rate per hazard scenario: promised and simulated", "hazard scenario", "fill rate (%)", series,
            shown.Select(s => s.Id).ToArray())];
    }
}

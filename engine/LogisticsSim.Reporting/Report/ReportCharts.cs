// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Report;

/// <summary>Every chart a results folder supports, by report section, and the map; each is also written as PNG and SVG.</summary>
/// <param name="Comparison">Strategy comparison: one chart per headline KPI, then delivered tonnes and deprivation over time per strategy.</param>
/// <param name="OverTime">The time charts of the first strategy with a timeline.</param>
/// <param name="LeadTimes">The lead-time CDF, when requests.csv is there.</param>
/// <param name="Capacity">Capacity curves, when capacity_curve.csv is there, and a plan's check, when plan.json is.</param>
/// <param name="Map">The network map, when the scenario is there.</param>
public sealed record ReportCharts(
    IReadOnlyList<ChartSpec> Comparison,
    IReadOnlyList<ChartSpec> OverTime,
    IReadOnlyList<ChartSpec> LeadTimes,
    IReadOnlyList<ChartSpec> Capacity,
    NetworkMap? Map)
{
    public static ReportCharts For(ResultsFolder folder)
    {
        var timeline = folder.Timelines.Count > 0 ? folder.Timelines[0] : null;
        return new ReportCharts(
            folder.Comparison is { } c ? [.. ComparisonCharts.For(c), .. StrategyTimelineCharts.For(folder.Timelines)] : [],
            timeline is null ? [] : TimelineCharts.For(timeline),
            LeadTimeChart.For(folder.Requests) is { } lead ? [lead] : [],
            [.. folder.CapacityCurves.SelectMany(CapacityCurveCharts.For), .. folder.Plan is { } plan ? PlanCharts.For(plan) : []],
            folder.Scenario is { } scenario ? NetworkMap.Of(scenario, timeline) : null);
    }

    public IEnumerable<ChartSpec> All => Comparison.Concat(OverTime).Concat(LeadTimes).Concat(Capacity);

    /// <summary>Every picture as files: chart-ID.svg and chart-ID.png, and network-map.svg and .png.</summary>
    public IReadOnlyList<(string Name, byte[] Content)> Files()
    {
        var files = new List<(string, byte[])>();
        foreach (var chart in All)
        {
            files.Add(($"chart-{chart.Id}.svg", System.Text.Encoding.UTF8.GetBytes(ChartRenderer.Svg(chart))));
            files.Add(($"chart-{chart.Id}.png", ChartRenderer.Png(chart)));
        }
        if (Map is not null)
        {
            files.Add(("network-map.svg", System.Text.Encoding.UTF8.GetBytes(MapRenderer.Svg(Map))));
            files.Add(("network-map.png", MapRenderer.Png(Map)));
        }
        return files;
    }
}

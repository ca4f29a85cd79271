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
/// <param name="Experiment">A merged experiment: the strategy comparison at each scenario and grid point, in point order.</param>
/// <param name="Leaderboard">A benchmark's leaderboard: gaps to the reference and paired differences with the baseline, by scenario.</param>
public sealed record ReportCharts(
    IReadOnlyList<ChartSpec> Comparison,
    IReadOnlyList<ChartSpec> OverTime,
    IReadOnlyList<ChartSpec> LeadTimes,
    IReadOnlyList<ChartSpec> Capacity,
    NetworkMap? Map,
    IReadOnlyList<(string Label, IReadOnlyList<ChartSpec> Charts)> Experiment,
    IReadOnlyList<ChartSpec> Leaderboard)
{
    public static ReportCharts For(ResultsFolder folder)
    {
        var timeline = folder.Timelines.Count > 0 ? folder.Timelines[0] : null;
        return new ReportCharts(
            folder.Comparison is { } c ? [.. ComparisonCharts.For(c), .. StrategyTimelineCharts.For(folder.Timelines)] : [],
            timeline is null ? [] : TimelineCharts.For(timeline),
            LeadTimeChart.For(folder.Requests) is { } lead ? [lead] : [],
            [.. folder.CapacityCurves.SelectMany(CapacityCurveCharts.For), .. folder.Plan is { } plan ? PlanCharts.For(plan) : []],
            folder.Scenario is { } scenario ? NetworkMap.Of(scenario, timeline, folder.Legs, folder.Run?.Replications ?? 0) : null,
            folder.Experiment is { } experiment ? ExperimentCharts(experiment) : [],
            folder.Leaderboard is { } board ? LeaderboardCharts.For(board) : []);
    }

    public IEnumerable<ChartSpec> All => Leaderboard.Concat(Comparison).Concat(OverTime).Concat(LeadTimes).Concat(Capacity).Concat(Experiment.SelectMany(p => p.Charts));

    /// <summary>The comparison charts of each point, their ids prefixed with the point's number so that files do not collide.</summary>
    private static IReadOnlyList<(string, IReadOnlyList<ChartSpec>)> ExperimentCharts(Files.ExperimentResults experiment) =>
        experiment.Points.Select((p, i) => (p.Label, (IReadOnlyList<ChartSpec>)ComparisonCharts.For(p.Results)
            .Select(c => c with { Id = $"point{i}-{c.Id}", Title = $"{c.Title} ({p.Label})" }).ToArray())).ToArray();

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

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// Strategies side by side over time (from `compare`): tonnes delivered and deprivation, each
/// summed over items or districts, one series per strategy.
/// </summary>
public static class StrategyTimelineCharts
{
    public static IReadOnlyList<ChartSpec> For(IReadOnlyList<StrategyTimeline> timelines)
    {
        if (timelines.Count < 2) return [];
        return new[]
        {
            Total(timelines, "compare-delivered-over-time", "Tonnes delivered over time, by strategy (mean of replications)", "cumulative tonnes delivered", TimelineMeasures.DeliveredByItem),
            Total(timelines, "compare-deprivation-over-time", "Deprivation accumulated over time, by strategy (mean of replications)", "deprivation (person-days)", TimelineMeasures.DeprivationByDistrict),
        }.OfType<ChartSpec>().ToArray();
    }

    private static ChartSpec? Total(IReadOnlyList<StrategyTimeline> timelines, string id, string title, string yLabel, string measure)
    {
        if (!timelines.Any(t => t.Timeline.Series.Any(s => s.Measure == measure))) return null;
        var series = timelines.Select(t =>
        {
            var days = t.Timeline.TimesH.Select(h => h / 24).ToArray();
            var total = new double[days.Length];
            foreach (var s in t.Timeline.Series.Where(s => s.Measure == measure))
            {
                for (int i = 0; i < total.Length; i++) total[i] += s.Values[i];
            }
            return new ChartSeries(t.Strategy, days, total);
        }).ToArray();
        return new ChartSpec(id, title, "time since the start (days)", yLabel, series);
    }
}

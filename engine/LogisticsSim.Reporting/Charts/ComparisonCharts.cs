// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// One chart per headline KPI: its mean and 95% interval for each strategy (from `compare`, or
/// from any table of estimates per strategy, such as merged sweeps).
/// </summary>
public static class ComparisonCharts
{
    /// <summary>The KPIs charted, with their axis labels, in this order when present.</summary>
    public static readonly IReadOnlyList<(string Path, string Label)> Headline =
    [
        ("objective", "objective (lower is better)"),
        ("fill_rate", "fill rate (share of tonnes delivered)"),
        ("on_time_rate", "on-time rate (share of tonnes)"),
        ("unmet_t", "unmet (tonnes)"),
        ("deprivation_person_days", "deprivation (person-days)"),
        ("coverage_min", "lowest district coverage (share)"),
        ("wait_h.mean", "mean wait (hours)"),
        ("lead_time_h.mean", "mean lead time (hours)"),
        ("cost.total", "cost (currency units)"),
    ];

    public static IReadOnlyList<ChartSpec> For(ComparisonResults results) => For(results.Strategies, results.Kpis);

    public static IReadOnlyList<ChartSpec> For(IReadOnlyList<string> strategies, IReadOnlyList<(string Path, IReadOnlyList<KpiEstimate> PerStrategy)> kpis)
    {
        var charts = new List<ChartSpec>();
        var xs = Enumerable.Range(0, strategies.Count).Select(i => (double)i).ToArray();
        foreach (var (path, label) in Headline)
        {
            var row = kpis.FirstOrDefault(k => k.Path == path);
            if (row.PerStrategy is null) continue;
            var series = new ChartSeries("mean and 95% interval", xs, row.PerStrategy.Select(e => e.Mean).ToArray(), SeriesStyle.Interval,
                row.PerStrategy.Select(e => e.Low).ToArray(), row.PerStrategy.Select(e => e.High).ToArray());
            charts.Add(new ChartSpec("compare-" + path.Replace('.', '-').Replace('_', '-'), $"{path} by strategy", "strategy", label, [series], strategies));
        }
        return charts;
    }
}

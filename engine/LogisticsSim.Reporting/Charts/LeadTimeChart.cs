// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// The distribution of lead times (ready until fully delivered) per priority, pooled over
/// replications: the share of the priority's requests delivered within x hours. Requests never
/// delivered keep the curve below 1, so the chart shows what was not served too. Evaluated on a
/// fixed grid of 121 points, so the SVG stays small however many requests there were.
/// </summary>
public static class LeadTimeChart
{
    public const int GridPoints = 121;

    public static ChartSpec? For(IReadOnlyList<RequestRecord> requests)
    {
        if (requests.Count == 0) return null;
        var leads = requests.Where(r => r.Delivered is not null).Select(r => r.Delivered!.Value - r.Ready).ToArray();
        double max = leads.Length == 0 ? 1 : Math.Max(1, leads.Max());
        var grid = Enumerable.Range(0, GridPoints).Select(i => max * i / (GridPoints - 1)).ToArray();
        var series = new List<ChartSeries>();
        foreach (var group in requests.GroupBy(r => r.Priority).OrderBy(g => g.Key))
        {
            var sorted = group.Where(r => r.Delivered is not null).Select(r => r.Delivered!.Value - r.Ready).Order().ToArray();
            int n = group.Count();
            var shares = grid.Select(x => (double)UpperBound(sorted, x) / n).ToArray();
            series.Add(new ChartSeries($"priority {group.Key.ToString(CultureInfo.InvariantCulture)} ({n.ToString(CultureInfo.InvariantCulture)} requests)", grid, shares, SeriesStyle.Step));
        }
        return new ChartSpec("lead-time-cdf", "Lead time (ready until delivered), by priority, all replications",
            "lead time (hours)", "share of requests delivered within it", series);
    }

    /// <summary>How many sorted values are at most x.</summary>
    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

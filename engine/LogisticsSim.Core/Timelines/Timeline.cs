// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Timelines;

/// <summary>
/// What a replication looked like over time, sampled on a fixed grid of simulated hours so that
/// the same seed gives the same numbers, and what travelled along each link (for flow maps).
/// </summary>
/// <param name="TimesH">The grid: hours since the start, from 0 to the horizon.</param>
/// <param name="Series">One value per grid time for each measure and key, sorted by measure then key.</param>
/// <param name="LinkTonnes">Tonnes carried along each link (both directions), by link id, sorted by id.</param>
public sealed record Timeline(IReadOnlyList<double> TimesH, IReadOnlyList<TimelineSeries> Series, IReadOnlyList<LinkFlow> LinkTonnes)
{
    /// <summary>
    /// The mean over replications, point by point; a series or link missing from a replication counts
    /// as zero there (a district that got no request in that replication). All grids must be equal.
    /// </summary>
    public static Timeline Mean(IReadOnlyList<Timeline> replications)
    {
        ArgumentOutOfRangeException.ThrowIfZero(replications.Count);
        var times = replications[0].TimesH;
        if (replications.Any(r => !r.TimesH.SequenceEqual(times))) throw new ArgumentException("timelines on different grids", nameof(replications));
        var sums = new SortedDictionary<(string Measure, string Key), double[]>(SeriesOrder.Instance);
        foreach (var series in replications.SelectMany(r => r.Series))
        {
            if (!sums.TryGetValue((series.Measure, series.Key), out var sum)) sums[(series.Measure, series.Key)] = sum = new double[times.Count];
            for (int i = 0; i < sum.Length; i++) sum[i] += series.Values[i];
        }
        int n = replications.Count;
        var flows = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var flow in replications.SelectMany(r => r.LinkTonnes)) flows[flow.Link] = flows.GetValueOrDefault(flow.Link) + flow.Tonnes;
        return new Timeline(times,
            sums.Select(kv => new TimelineSeries(kv.Key.Measure, kv.Key.Key, kv.Value.Select(v => v / n).ToArray())).ToArray(),
            flows.Select(kv => new LinkFlow(kv.Key, kv.Value / n)).ToArray());
    }

    private sealed class SeriesOrder : IComparer<(string Measure, string Key)>
    {
        public static readonly SeriesOrder Instance = new();

        public int Compare((string Measure, string Key) x, (string Measure, string Key) y)
        {
            int c = string.CompareOrdinal(x.Measure, y.Measure);
            return c != 0 ? c : string.CompareOrdinal(x.Key, y.Key);
        }
    }
}

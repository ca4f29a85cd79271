// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Core.Experiments;

/// <summary>
/// Several strategies run on the same replications (common random numbers): each KPI per strategy
/// with its 95% interval, and the paired difference of each strategy against the first, replication
/// by replication, with its own interval. Pairing removes the variance the strategies share, so a
/// difference can be clear even when the strategies' own intervals overlap.
/// </summary>
public sealed record Comparison(IReadOnlyList<RunSummary> Runs)
{
    /// <summary>The strategies, in the order given; the first is the baseline of the differences.</summary>
    public IReadOnlyList<string> Strategies => Runs.Select(r => r.Strategy).ToArray();

    /// <summary>One row per KPI path (those every strategy reports, in the first strategy's order).</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; } =
        Build(Runs.Select(run => (IReadOnlyList<IReadOnlyList<(string, double)>>)run.Replications.Select(r => KpiVector.Of(r.Kpis)).ToArray()).ToArray());

    /// <summary>
    /// The rows from each strategy's KPI vectors, one per replication in replication order; shared with
    /// merged experiments, so that a sweep's tables equal those of <c>compare</c> to the last bit.
    /// </summary>
    public static IReadOnlyList<ComparisonRow> Build(IReadOnlyList<IReadOnlyList<IReadOnlyList<(string Path, double Value)>>> vectorsPerStrategy)
    {
        if (vectorsPerStrategy.Count == 0) return [];
        var perRun = vectorsPerStrategy.Select(reps => reps
            .Select(v => v.ToDictionary(k => k.Path, k => k.Value, StringComparer.Ordinal)).ToArray()).ToArray();
        var kpis = vectorsPerStrategy.Select(RunSummary.Aggregate).ToArray();
        var intervals = kpis.Select(k => k.ToDictionary(x => x.Path, x => x.Interval, StringComparer.Ordinal)).ToArray();
        var rows = new List<ComparisonRow>();
        foreach (var (path, _) in kpis[0])
        {
            if (!intervals.All(i => i.ContainsKey(path))) continue;
            var differences = new List<Interval?> { null };
            for (int s = 1; s < vectorsPerStrategy.Count; s++)
            {
                int n = Math.Min(perRun[0].Length, perRun[s].Length);
                var paired = Enumerable.Range(0, n).Select(r =>
                    perRun[s][r].TryGetValue(path, out double x) && perRun[0][r].TryGetValue(path, out double b) ? x - b : double.NaN);
                // A difference of two shares lies in [-1, 1]; of two non-negative quantities, anywhere.
                differences.Add(Interval.Of(paired, KpiBounds.For(path).Difference));
            }
            rows.Add(new ComparisonRow(path, intervals.Select(i => i[path]).ToArray(), differences));
        }
        return rows;
    }
}

/// <summary>One KPI across strategies.</summary>
/// <param name="Path">The KPI path, e.g. "fill_rate" or "wait_h.by_priority.1.mean".</param>
/// <param name="PerStrategy">Its mean and 95% interval for each strategy.</param>
/// <param name="DifferenceToFirst">Each strategy minus the first, paired by replication (null for the first).</param>
public sealed record ComparisonRow(string Path, IReadOnlyList<Interval> PerStrategy, IReadOnlyList<Interval?> DifferenceToFirst);

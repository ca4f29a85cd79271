// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Timelines;

namespace LogisticsSim.Core.Experiments;

/// <summary>The replications of one scenario under one strategy, and each KPI's mean and 95% interval over them (within the KPI's bounds).</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Replications">Per replication, in replication order.</param>
public sealed record RunSummary(string Scenario, string Strategy, long Seed, IReadOnlyList<ReplicationResult> Replications)
{
    /// <summary>Each KPI path with its interval across replications, in the KPI order (paths that appear in only some replications follow in order of first appearance).</summary>
    public IReadOnlyList<(string Path, Interval Interval)> Kpis { get; } = Aggregate(Replications.Select(r => KpiVector.Of(r.Kpis)).ToArray());

    /// <summary>The mean timeline over replications, when they recorded one; else null.</summary>
    public Timeline? MeanTimeline { get; } =
        Replications.Count > 0 && Replications.All(r => r.Timeline is not null) ? Timeline.Mean(Replications.Select(r => r.Timeline!).ToArray()) : null;

    /// <summary>
    /// Each KPI path with its interval across replications' KPI vectors, in the KPI order; shared with
    /// merged experiments, so that a sweep's tables equal those of <c>compare</c> to the last bit.
    /// </summary>
    public static IReadOnlyList<(string Path, Interval Interval)> Aggregate(IReadOnlyList<IReadOnlyList<(string Path, double Value)>> vectors)
    {
        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (path, _) in vector)
            {
                if (seen.Add(path)) paths.Add(path);
            }
        }
        var lookups = vectors.Select(v => v.ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal)).ToArray();
        return paths.Select(path => (path, Interval.Of(lookups.Select(l => l.TryGetValue(path, out double x) ? x : double.NaN), KpiBounds.For(path)))).ToList();
    }
}

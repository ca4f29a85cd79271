// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Criticality;

/// <summary>
/// Ranks a study's changes by what they do to the objective, each paired with the baseline on the same replications
/// (common random numbers), exactly as <c>compare</c> pairs strategies: the same intervals, bounded alike.
/// </summary>
public static class CriticalityRanking
{
    /// <summary>The KPIs every entry reports, the first ranking them.</summary>
    public static IReadOnlyList<string> Kpis { get; } = ["objective", "fill_rate", "on_time_rate", "deprivation_person_days"];

    /// <summary>
    /// The entries, most important first (ties by label), from the baseline's KPI vectors and each change's, one vector
    /// per replication in replication order.
    /// </summary>
    public static IReadOnlyList<CriticalityEntry> Rank(
        IReadOnlyList<IReadOnlyList<(string Path, double Value)>> baseline,
        IReadOnlyList<(ScenarioChange Change, IReadOnlyList<IReadOnlyList<(string Path, double Value)>> Replications)> changes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changes);
        var unranked = changes.Select(c =>
        {
            var rows = Comparison.Build([baseline, c.Replications]).ToDictionary(r => r.Path, StringComparer.Ordinal);
            var differences = Kpis.Select(k => rows.TryGetValue(k, out var row) ? row.DifferenceToFirst[1]! : new Interval(double.NaN, double.NaN, double.NaN, 0)).ToArray();
            return new CriticalityEntry(0, c.Change, differences);
        });
        // NaN impacts (a KPI missing) go last; the order is total, so the files do not depend on the input's order.
        return unranked
            .OrderByDescending(e => double.IsNaN(e.Impact) ? double.NegativeInfinity : e.Impact)
            .ThenBy(e => e.Change.Label, StringComparer.Ordinal)
            .Select((e, i) => e with { Rank = i + 1 })
            .ToArray();
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;

namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>
/// Strategies ranked on a suite of scenarios by one KPI, lower is better (the objective): per scenario each
/// strategy's mean and 95% interval, its paired difference with the baseline on the same replications, and its gap
/// to the reference (a strategy that plans knowing the replication in advance: a yardstick, not a policy, so it is
/// not ranked); overall, the policies ranked by their mean gap to the reference across scenarios, or, without a
/// reference, by their mean paired difference with the baseline as a share of the baseline's objective. It is a pure
/// function of the replications' KPI vectors, so the same results give the same leaderboard however they were run.
/// </summary>
/// <param name="Kpi">The KPI path ranked on (<c>objective</c>).</param>
/// <param name="Baseline">The strategy every other is paired with.</param>
/// <param name="Reference">The strategy gaps are measured to, or null when it is not among the strategies.</param>
/// <param name="Strategies">Every strategy's label, in order.</param>
/// <param name="Scenarios">Per scenario, every strategy's entry.</param>
/// <param name="Ranking">The policies (every strategy but the reference), best first; those without a score last.</param>
/// <param name="Unranked">Scenarios left out of the ranking, because some policy's score is undefined there (a missing value, or a reference or baseline of 0).</param>
public sealed record Leaderboard(
    string Kpi,
    string Baseline,
    string? Reference,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<LeaderboardScenario> Scenarios,
    IReadOnlyList<LeaderboardRank> Ranking,
    IReadOnlyList<string> Unranked)
{
    /// <summary>Builds the leaderboard.</summary>
    /// <param name="kpi">The KPI path ranked on.</param>
    /// <param name="scenarios">Scenario labels.</param>
    /// <param name="strategies">Strategy labels; must hold <paramref name="baseline"/>.</param>
    /// <param name="baseline">The strategy every other is paired with.</param>
    /// <param name="reference">The strategy gaps are measured to; ignored when it is not among <paramref name="strategies"/>.</param>
    /// <param name="vectors">KPI vectors by scenario, strategy and replication (the same replications for every strategy of a scenario).</param>
    public static Leaderboard Build(string kpi, IReadOnlyList<string> scenarios, IReadOnlyList<string> strategies, string baseline, string? reference,
        IReadOnlyList<IReadOnlyList<IReadOnlyList<IReadOnlyList<(string Path, double Value)>>>> vectors)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(vectors);
        int b = IndexOf(strategies, baseline) ?? throw new ArgumentException($"the baseline '{baseline}' is not among the strategies", nameof(baseline));
        int? r = reference is null ? null : IndexOf(strategies, reference);
        var bounds = KpiBounds.For(kpi);
        var rows = new List<LeaderboardScenario>();
        var scores = new double[scenarios.Count][];
        for (int sc = 0; sc < scenarios.Count; sc++)
        {
            var values = vectors[sc].Select(reps => reps.Select(v => Value(v, kpi)).ToArray()).ToArray();
            var objective = values.Select(v => Interval.Of(v, bounds)).ToArray();
            var entries = new List<LeaderboardEntry>();
            scores[sc] = new double[strategies.Count];
            for (int st = 0; st < strategies.Count; st++)
            {
                double[] paired = st == b ? [] : values[st].Zip(values[b], (x, y) => x - y).ToArray();
                var difference = st == b ? null : Interval.Of(paired, bounds.Difference);
                double gap = r is { } ri ? Percent(objective[st].Mean - objective[ri].Mean, objective[ri].Mean) : double.NaN;
                entries.Add(new LeaderboardEntry(strategies[st], objective[st], difference, paired, gap,
                    Interval.Of(vectors[sc][st].Select(v => Value(v, "fill_rate")), KpiBounds.For("fill_rate")),
                    Interval.Of(vectors[sc][st].Select(v => Value(v, "on_time_rate")), KpiBounds.For("on_time_rate"))));
                scores[sc][st] = r is not null ? gap : Percent(difference?.Mean ?? 0, objective[b].Mean);
            }
            rows.Add(new LeaderboardScenario(scenarios[sc], vectors[sc].Count == 0 ? 0 : vectors[sc][0].Count, entries));
        }
        var policies = Enumerable.Range(0, strategies.Count).Where(st => st != r).ToArray();
        // A scenario counts only where every policy has a score, so that every mean is over the same scenarios.
        var ranked = Enumerable.Range(0, scenarios.Count).Where(sc => policies.All(st => double.IsFinite(scores[sc][st]))).ToArray();
        var means = policies.Select(st => (Strategy: st, Score: ranked.Length == 0 ? double.NaN : ranked.Average(sc => scores[sc][st]))).ToArray();
        var order = means.Where(m => double.IsFinite(m.Score)).OrderBy(m => m.Score).ThenBy(m => m.Strategy)
            .Concat(means.Where(m => !double.IsFinite(m.Score))).ToArray();
        var ranking = new List<LeaderboardRank>();
        for (int i = 0; i < order.Length; i++)
        {
            int? rank = !double.IsFinite(order[i].Score) ? null
                : i > 0 && order[i].Score == order[i - 1].Score ? ranking[i - 1].Rank : i + 1;
            ranking.Add(new LeaderboardRank(strategies[order[i].Strategy], rank, order[i].Score, ranked.Length));
        }
        var unranked = Enumerable.Range(0, scenarios.Count).Except(ranked).Select(sc => scenarios[sc]).ToArray();
        return new Leaderboard(kpi, baseline, r is null ? null : reference, strategies, rows, ranking, unranked);
    }

    /// <summary>True when the ranking is by the gap to the reference; false when by the paired difference with the baseline.</summary>
    public bool RankedByReference => Reference is not null;

    /// <summary>The entry of a strategy on a scenario.</summary>
    public LeaderboardEntry Entry(int scenario, string strategy) => Scenarios[scenario].Entries[IndexOf(Strategies, strategy) ?? throw new ArgumentException($"no strategy '{strategy}'", nameof(strategy))];

    /// <summary><paramref name="part"/> as a per cent of <paramref name="whole"/>; 0 when both are 0, NaN when only the whole is, or either is missing.</summary>
    public static double Percent(double part, double whole) =>
        whole == 0 ? (part == 0 ? 0 : double.NaN) : 100 * part / whole;

    private static double Value(IReadOnlyList<(string Path, double Value)> vector, string path)
    {
        foreach (var (p, v) in vector)
        {
            if (p == path) return v;
        }
        return double.NaN;
    }

    private static int? IndexOf(IReadOnlyList<string> labels, string? label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label) return i;
        }
        return null;
    }
}

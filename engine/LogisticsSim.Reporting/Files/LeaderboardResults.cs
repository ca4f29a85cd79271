// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>What leaderboard.json says (from `benchmark` or `merge`), with the seconds of timings.csv where it lies beside it.</summary>
/// <param name="Suite">The suite's name.</param>
/// <param name="Description">Its one line, or null.</param>
/// <param name="Kpi">The KPI ranked on (objective), lower is better.</param>
/// <param name="Baseline">The strategy every other is paired with.</param>
/// <param name="Reference">The strategy gaps are measured to, or null when it did not run (then the ranking is by the paired difference).</param>
/// <param name="Ranking">The policies, best first.</param>
/// <param name="Unranked">Scenarios left out of the ranking.</param>
/// <param name="Scenarios">Per scenario, every strategy's figures.</param>
public sealed record LeaderboardResults(
    string Suite,
    string? Description,
    string Kpi,
    string Baseline,
    string? Reference,
    IReadOnlyList<LeaderboardPlace> Ranking,
    IReadOnlyList<string> Unranked,
    IReadOnlyList<LeaderboardScenarioResults> Scenarios)
{
    /// <summary>Every strategy, in the order the scenarios list them.</summary>
    public IReadOnlyList<string> Strategies => Scenarios.Count == 0 ? [] : Scenarios[0].Strategies.Select(s => s.Strategy).ToArray();
}

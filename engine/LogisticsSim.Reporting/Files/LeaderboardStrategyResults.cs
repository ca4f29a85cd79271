// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>One strategy on one scenario of a leaderboard.</summary>
/// <param name="Strategy">Its name.</param>
/// <param name="Objective">The ranked KPI's mean and 95% interval.</param>
/// <param name="Difference">Its paired difference with the baseline and 95% interval; null for the baseline.</param>
/// <param name="GapPercent">Its gap to the reference in per cent (NaN where undefined).</param>
/// <param name="FillRate">fill_rate.</param>
/// <param name="OnTimeRate">on_time_rate.</param>
/// <param name="WallSeconds">Mean wall seconds per replication from timings.csv; NaN without it.</param>
public sealed record LeaderboardStrategyResults(
    string Strategy,
    KpiEstimate Objective,
    KpiEstimate? Difference,
    double GapPercent,
    KpiEstimate FillRate,
    KpiEstimate OnTimeRate,
    double WallSeconds);

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>One strategy on one scenario of a leaderboard.</summary>
/// <param name="Strategy">Its label.</param>
/// <param name="Objective">The objective's mean and 95% interval over the replications.</param>
/// <param name="Difference">Its objective minus the baseline's, paired by replication, with its 95% interval; null for the baseline itself.</param>
/// <param name="PairedDifferences">Those differences, replication by replication (NaN where either value is missing); empty for the baseline.</param>
/// <param name="GapPercent">
/// (mean objective - the reference's mean) / the reference's mean, in per cent; 0 when both means are 0; NaN without
/// a reference, when the reference's mean is 0 and this one's is not, or when either is missing.
/// </param>
/// <param name="FillRate">fill_rate's mean and 95% interval.</param>
/// <param name="OnTimeRate">on_time_rate's mean and 95% interval.</param>
public sealed record LeaderboardEntry(
    string Strategy,
    Interval Objective,
    Interval? Difference,
    IReadOnlyList<double> PairedDifferences,
    double GapPercent,
    Interval FillRate,
    Interval OnTimeRate);

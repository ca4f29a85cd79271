// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>A policy's place overall.</summary>
/// <param name="Strategy">Its label.</param>
/// <param name="Rank">1 for the best; equal scores share a rank (1, 1, 3); null when it has no score.</param>
/// <param name="ScorePercent">
/// Its mean over the ranked scenarios of the gap to the reference in per cent, or, without a reference, of its
/// paired difference with the baseline as a per cent of the baseline's mean objective. Lower is better.
/// </param>
/// <param name="Scenarios">How many scenarios the mean is over.</param>
public sealed record LeaderboardRank(string Strategy, int? Rank, double ScorePercent, int Scenarios);

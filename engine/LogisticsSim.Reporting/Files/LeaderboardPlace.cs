// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>A policy's place in a leaderboard.</summary>
/// <param name="Rank">1 for the best, null without a score.</param>
/// <param name="Strategy">Its name.</param>
/// <param name="ScorePercent">Its mean gap to the reference (or normalised difference to the baseline) over the ranked scenarios, in per cent.</param>
/// <param name="Scenarios">The scenarios the mean is over.</param>
public sealed record LeaderboardPlace(int? Rank, string Strategy, double ScorePercent, int Scenarios);

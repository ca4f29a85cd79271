// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Benchmarks;

/// <summary>Every strategy on one scenario of a leaderboard, in the order the strategies were given.</summary>
/// <param name="Scenario">The scenario's label (its file name without extension).</param>
/// <param name="Replications">Replications per strategy.</param>
/// <param name="Entries">One per strategy.</param>
public sealed record LeaderboardScenario(string Scenario, int Replications, IReadOnlyList<LeaderboardEntry> Entries);

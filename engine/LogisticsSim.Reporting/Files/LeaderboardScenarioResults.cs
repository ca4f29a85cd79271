// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Files;

/// <summary>Every strategy on one scenario of a leaderboard.</summary>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Replications">Replications per strategy.</param>
/// <param name="Strategies">One per strategy, in order.</param>
public sealed record LeaderboardScenarioResults(string Scenario, int Replications, IReadOnlyList<LeaderboardStrategyResults> Strategies);

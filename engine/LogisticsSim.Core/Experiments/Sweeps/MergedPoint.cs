// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>The comparison of the strategies at one scenario and grid point, as <c>compare</c> tabulates it.</summary>
/// <param name="Scenario">Index of the scenario.</param>
/// <param name="Point">Index of the grid point.</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Replications">Replications per strategy.</param>
/// <param name="Rows">Per KPI: each strategy's mean and 95% interval, and its paired difference against the first.</param>
public sealed record MergedPoint(int Scenario, int Point, long Seed, int Replications, IReadOnlyList<ComparisonRow> Rows);

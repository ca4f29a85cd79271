// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments.Sweeps;

/// <summary>
/// One replication of one scenario at one grid point under one strategy. Its random streams are keyed
/// by the master seed and <see cref="Replication"/> only, so every strategy and grid point sees the
/// same hazards, demand and breakdowns (common random numbers), exactly as <c>compare</c> does.
/// </summary>
/// <param name="Index">Position in the plan (shards take every n-th unit from here).</param>
/// <param name="Id">Stable id, also its result's file name: <c>idai-beira.p001.priority.r0007</c>.</param>
/// <param name="Scenario">Index into the experiment's scenarios.</param>
/// <param name="Point">Index of the grid point.</param>
/// <param name="Strategy">Index into the experiment's strategies.</param>
/// <param name="Replication">Replication number.</param>
/// <param name="Seed">The master seed of its random streams.</param>
public sealed record WorkUnit(int Index, string Id, int Scenario, int Point, int Strategy, int Replication, long Seed);

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments.Criticality;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Kernel;

namespace LogisticsSim.Cli.Criticality;

/// <summary>What `criticality` was asked to do, every option checked.</summary>
/// <param name="ScenarioFile">The scenario file, resolved (the shipped default when none was named).</param>
/// <param name="Kinds">The kinds of target, in <see cref="CriticalityTargets.Kinds"/> order.</param>
/// <param name="Disruption">What happens to each link or node.</param>
/// <param name="From">When each disruption starts.</param>
/// <param name="For">How long it lasts; null: to the horizon.</param>
/// <param name="Gains">True for additions (<c>--gains</c>), false for losses.</param>
/// <param name="Replications">Replications of the baseline and of each change, the same ones.</param>
/// <param name="Strategy">The <c>--strategy</c>, or null for the scenario's.</param>
/// <param name="Seed">The <c>--seed</c>, or null for the scenario's.</param>
/// <param name="Threads">The most threads, or null for all cores.</param>
/// <param name="OutDir">The --out folder.</param>
/// <param name="Shard">The part of the units this process runs.</param>
/// <param name="Screen">Whether links that carried nothing in the baseline are left out of a study of losses.</param>
public sealed record CriticalityRequest(
    string ScenarioFile,
    IReadOnlyList<string> Kinds,
    Disruption Disruption,
    SimTime From,
    SimTime? For,
    bool Gains,
    int Replications,
    string? Strategy,
    long? Seed,
    int? Threads,
    string OutDir,
    ShardSpec Shard,
    bool Screen);

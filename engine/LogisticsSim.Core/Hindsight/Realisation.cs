// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// Everything exogenous that happens in one replication, known in advance: every request with its
/// ready time, due time, tonnes, origin, destination and priority; every hazard that happens, with its
/// start and end; every breakdown. The model draws these from streams named by entity, never from
/// what vehicles do, so a replay of the same seed and replication without dispatching gives exactly
/// what a real run meets (<c>ResponseModel.Replay</c>). Travel times are not part of it: they are drawn
/// leg by leg as vehicles move, so they depend on decisions and stay uncertain.
/// </summary>
/// <param name="Network">The network it happened on (the scenario's).</param>
/// <param name="Horizon">The scenario's horizon.</param>
/// <param name="Requests">Every request created before the horizon, in order of creation, each with its full tonnes.</param>
/// <param name="Hazards">Every hazard that starts before the horizon, in order of start.</param>
/// <param name="Breakdowns">Every failure that starts before the horizon, in order of start.</param>
/// <param name="PeoplePerTonne">For each request that is a need, the people whose need a tonne of it covers (its people over its tonnes): what its deprivation cost weighs.</param>
/// <param name="Objective">The weights the replication is scored by (the scenario's <c>objective</c> section).</param>
public sealed record Realisation(
    TransportNetwork Network,
    SimTime Horizon,
    IReadOnlyList<OpenRequest> Requests,
    IReadOnlyList<RealisedHazard> Hazards,
    IReadOnlyList<RealisedBreakdown> Breakdowns,
    IReadOnlyDictionary<string, double> PeoplePerTonne,
    ObjectiveWeights Objective);

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>A hazard that happened in a replication, and when.</summary>
/// <param name="Id">The hazard's id.</param>
/// <param name="Effect">What it did.</param>
/// <param name="Links">The links it closed or slowed: its link, or every link at its node (empty for a node-only effect).</param>
/// <param name="Node">Its node, or null for a link hazard.</param>
/// <param name="Start">When it began.</param>
/// <param name="End">When it ended (it may end after the horizon).</param>
public sealed record RealisedHazard(string Id, HazardEffect Effect, IReadOnlyList<LinkId> Links, NodeId? Node, SimTime Start, SimTime End)
{
    /// <summary>True while it lasts: from its start (included) to its end (excluded).</summary>
    public bool Covers(SimTime time) => Start <= time && time < End;
}

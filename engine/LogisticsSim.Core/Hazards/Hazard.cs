// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Hazards;

/// <summary>
/// An event that changes a link or a node for a while. Exactly one of <see cref="Link"/> and
/// <see cref="Node"/> is set. In each replication the hazard happens with <see cref="Probability"/>;
/// if it does, it starts at a draw of <see cref="StartHours"/> and lasts a draw of <see cref="DurationHours"/>.
/// </summary>
/// <param name="Id">Unique id (default <c>target-effect</c>), also the key of its random numbers.</param>
/// <param name="Link">The link hit (its canonical id), or null when a node is hit.</param>
/// <param name="Node">The node hit, or null when a link is hit.</param>
/// <param name="Effect">What it does.</param>
/// <param name="StartHours">Start, in hours since the scenario's start.</param>
/// <param name="DurationHours">Duration in hours; <see cref="HazardEffect.StockLoss"/> acts once at the start and ignores it (default 0).</param>
/// <param name="Probability">Chance that it happens at all in a replication, 0 to 1.</param>
public sealed record Hazard(
    string Id,
    LinkId? Link,
    NodeId? Node,
    HazardEffect Effect,
    Distribution StartHours,
    Distribution DurationHours,
    double Probability);

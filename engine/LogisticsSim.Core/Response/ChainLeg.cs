// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Response;

/// <summary>The first leg of a route over modes, as <see cref="ChainRouter"/> chose it.</summary>
/// <param name="To">Where the leg ends: a transfer node, or the destination.</param>
/// <param name="Mode">The mode the route expects for the leg.</param>
/// <param name="IsChain">Whether the cargo changes mode at <paramref name="To"/> (the route goes on from there).</param>
internal readonly record struct ChainLeg(int To, TransportMode Mode, bool IsChain);

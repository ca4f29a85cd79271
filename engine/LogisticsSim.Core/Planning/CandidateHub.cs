// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Planning;

/// <summary>A node where a hub may be opened before the season, at one of its sizes (or not at all).</summary>
/// <param name="Node">Where.</param>
/// <param name="Sizes">The sizes it may be opened at: its own, else <c>planning.sizes</c>.</param>
public sealed record CandidateHub(NodeId Node, IReadOnlyList<HubSize> Sizes);

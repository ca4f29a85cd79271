// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Places;

namespace LogisticsSim.Import.Writing;

/// <summary>A node as the scenario will list it: a place snapped to the network, or a junction.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Location">Where it stands: the road vertex it took over, or the place itself when another place had the vertex.</param>
/// <param name="Place">The place, or null for a junction.</param>
/// <param name="Comment">Where it came from and how far it moved, for the planner.</param>
internal sealed record ImportedNode(string Id, NodeKind Kind, GeoPoint Location, Place? Place, string? Comment);

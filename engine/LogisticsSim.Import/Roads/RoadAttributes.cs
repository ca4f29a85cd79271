// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Roads;

/// <summary>
/// What a road feature's properties say about travel on it. Vertices are collapsed into one link only
/// between stretches that agree on all three, so a link carries one mode, one surface and one speed.
/// </summary>
/// <param name="Mode">road (default), water or air.</param>
/// <param name="Surface">The surface as written (lower case), or null; reported on the link, for the planner.</param>
/// <param name="SpeedKmh">A speed the feature imposes on every vehicle (written as the link's <c>time</c>), or null to use each vehicle's own.</param>
internal readonly record struct RoadAttributes(TransportMode Mode, string? Surface, double? SpeedKmh);

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Network;

/// <summary>A way between two nodes, travelled by one mode.</summary>
/// <param name="Id">The <c>id</c> given in the file, else <c>from-to-mode</c> (see <see cref="LinkId.Derived"/>).</param>
/// <param name="From">One end (the start, when the link is one-way).</param>
/// <param name="To">The other end.</param>
/// <param name="Mode">Which vehicles may travel it.</param>
/// <param name="LengthKm">Length in km: as given, else great-circle km times the network's detour (air: times 1).</param>
/// <param name="LengthIsGreatCircleEstimate">True when <paramref name="LengthKm"/> was derived from coordinates.</param>
/// <param name="TravelTimeHours">
/// Travel time in hours, overriding <c>LengthKm / SpeedKmh</c> for every vehicle, or null to use the vehicle's speed.
/// </param>
/// <param name="Bidirectional">True when the link can be travelled from <paramref name="To"/> to <paramref name="From"/> too.</param>
public sealed record Link(
    LinkId Id,
    NodeId From,
    NodeId To,
    TransportMode Mode,
    double LengthKm,
    bool LengthIsGreatCircleEstimate,
    Distribution? TravelTimeHours,
    bool Bidirectional);

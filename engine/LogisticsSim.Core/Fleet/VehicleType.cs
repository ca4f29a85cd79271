// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Fleet;

/// <summary>A group of identical vehicles (one <c>fleet</c> entry): <see cref="Count"/> units based at one node.</summary>
/// <param name="Id">Unique id, referred to by breakdowns.</param>
/// <param name="Name">Display name, or null.</param>
/// <param name="Mode">The links these vehicles may travel.</param>
/// <param name="Count">How many units (at least 1).</param>
/// <param name="Base">Where every unit starts.</param>
/// <param name="PayloadTonnes">Mass one unit carries.</param>
/// <param name="VolumeM3">Volume one unit carries, or null when only mass limits the load.</param>
/// <param name="SpeedKmh">Travel speed on links without a <c>time</c>.</param>
/// <param name="LoadTime">Fixed time to load one unit, on top of the node's handling rate.</param>
/// <param name="UnloadTime">Fixed time to unload one unit, on top of the node's handling rate.</param>
/// <param name="CostPerKm">Running cost per km travelled (any currency, used consistently).</param>
/// <param name="CostPerHour">Running cost per hour travelling, loading or unloading.</param>
public sealed record VehicleType(
    VehicleTypeId Id,
    string? Name,
    TransportMode Mode,
    int Count,
    NodeId Base,
    double PayloadTonnes,
    double? VolumeM3,
    double SpeedKmh,
    SimTime LoadTime,
    SimTime UnloadTime,
    double CostPerKm,
    double CostPerHour);

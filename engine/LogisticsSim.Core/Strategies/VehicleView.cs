// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>One vehicle as a strategy sees it.</summary>
/// <param name="Id">Unit id: the fleet entry's id and a unit number, e.g. "truck10-3".</param>
/// <param name="Type">Its fleet entry (mode, payload, volume, speed, costs).</param>
/// <param name="TypeIndex">Position of the fleet entry in the scenario.</param>
/// <param name="Location">Where it is, or where its current leg ends if it is returning to base.</param>
/// <param name="AvailableAt">When it is at <see cref="Location"/> and can start new work (now, or later for a vehicle mid-leg or under repair).</param>
/// <param name="IsAvailable">True when it has no work: only available vehicles may be dispatched.</param>
/// <param name="IsBroken">True while it is under repair.</param>
public sealed record VehicleView(
    string Id,
    VehicleType Type,
    int TypeIndex,
    NodeId Location,
    SimTime AvailableAt,
    bool IsAvailable,
    bool IsBroken);

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>One stop of a planned route.</summary>
/// <param name="RequestId">The request (or part, or onboard cargo) served.</param>
/// <param name="Kind">Pickup or delivery.</param>
/// <param name="Location">Index into <see cref="RoutingProblem.Locations"/>.</param>
/// <param name="ArrivalHours">Planned arrival, leaving every earlier stop as soon as possible.</param>
/// <param name="ServiceStartHours">Arrival, or the window's ready time if later (the vehicle waits).</param>
public sealed record PlannedStop(
    string RequestId, StopKind Kind, int Location, double ArrivalHours, double ServiceStartHours);

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>What each move of a vehicle costs in the objective.</summary>
public enum RoutingObjective
{
    /// <summary>The vehicle class's <see cref="TravelMatrix.Cost"/> entry (distance or money).</summary>
    Distance,

    /// <summary>Travel hours plus service hours at the stop left, in hours (waiting is free).</summary>
    Time,
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Travel between nodes for one class of vehicle (trucks on roads, helicopters by air).
/// A non-finite or negative entry means the class cannot make that move at all.
/// </summary>
/// <param name="Name">Class name, only echoed in errors.</param>
/// <param name="Hours">Travel time in hours, indexed [from node, to node].</param>
/// <param name="Cost">Distance or money per move, indexed like <paramref name="Hours"/>;
/// the objective's cost unit when <see cref="RoutingObjective.Distance"/> is chosen.</param>
/// <remarks>The arrays are read, not copied: do not change them while a plan is being computed.</remarks>
public sealed record TravelMatrix(string Name, double[,] Hours, double[,] Cost)
{
    /// <summary>
    /// Fixed hours a vehicle of this class spends at a stop where it picks up, on top of the location's
    /// service hours (a truck's own loading time). Consecutive visits to one node are one stop: they pay it once.
    /// </summary>
    public double PickupStopHours { get; init; }

    /// <summary>Fixed hours a vehicle of this class spends at a stop where it delivers, paid like <see cref="PickupStopHours"/>.</summary>
    public double DeliveryStopHours { get; init; }

    /// <summary>Number of nodes the matrix covers.</summary>
    public int NodeCount => Hours.GetLength(0);
}

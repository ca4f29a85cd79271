// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>One vehicle available to the plan.</summary>
/// <param name="Id">Caller's vehicle id, echoed in <see cref="VehicleRoute.VehicleId"/>.</param>
/// <param name="StartLocation">Index into <see cref="RoutingProblem.Locations"/> where the vehicle is now.</param>
/// <param name="EndLocation">Where its route must end, or null for an open route that ends at its last stop.</param>
/// <param name="CapacityTonnes">Mass it can carry at once.</param>
/// <param name="CapacityCubicMeters">Volume it can carry at once.</param>
/// <param name="FixedCost">Cost, in objective units, of using the vehicle at all.</param>
/// <param name="MatrixClass">Index into <see cref="RoutingProblem.Matrices"/> of its travel times and costs.</param>
/// <param name="AvailableFromHours">Earliest departure from the start location.</param>
/// <param name="Onboard">Cargo it already carries, to be delivered by this vehicle.</param>
public sealed record RoutingVehicle(
    string Id,
    int StartLocation,
    int? EndLocation,
    double CapacityTonnes,
    double CapacityCubicMeters,
    double FixedCost,
    int MatrixClass,
    double AvailableFromHours,
    IReadOnlyList<OnboardCargo> Onboard)
{
    /// <summary>A vehicle with nothing on board.</summary>
    public RoutingVehicle(string id, int startLocation, int? endLocation, double capacityTonnes,
        double capacityCubicMeters, double fixedCost = 0, int matrixClass = 0, double availableFromHours = 0)
        : this(id, startLocation, endLocation, capacityTonnes, capacityCubicMeters, fixedCost, matrixClass,
            availableFromHours, [])
    {
    }
}

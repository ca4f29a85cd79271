// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>Everything a planning epoch knows: places, travel, vehicles and open requests.</summary>
/// <param name="Locations">Places with windows; vehicles and requests refer to them by index.</param>
/// <param name="Matrices">One travel matrix per vehicle class.</param>
/// <param name="Vehicles">The fleet.</param>
/// <param name="Requests">Open requests, each served whole by one vehicle or dropped.</param>
/// <param name="HorizonHours">No vehicle works after this instant (a hard bound on every visit).</param>
/// <param name="Objective">What a move costs.</param>
/// <param name="LatenessCostPerHour">Price, in objective units per hour, of starting service after a due time;
/// null makes due times hard.</param>
public sealed record RoutingProblem(
    IReadOnlyList<Location> Locations,
    IReadOnlyList<TravelMatrix> Matrices,
    IReadOnlyList<RoutingVehicle> Vehicles,
    IReadOnlyList<TransportRequest> Requests,
    double HorizonHours,
    RoutingObjective Objective = RoutingObjective.Distance,
    double? LatenessCostPerHour = null)
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> for a malformed problem (a programming error of the caller,
    /// not a solver outcome): bad indices, negative quantities, duplicate ids, mixed load models.
    /// </summary>
    public void Validate()
    {
        if (Vehicles.Count == 0) throw new ArgumentException("the problem has no vehicle");
        if (!(HorizonHours > 0)) throw new ArgumentException($"HorizonHours must be > 0, found {HorizonHours}");
        if (LatenessCostPerHour is < 0) throw new ArgumentException("LatenessCostPerHour must be >= 0");
        foreach (var m in Matrices)
        {
            if (m.Hours.GetLength(0) != m.Hours.GetLength(1) || m.Cost.GetLength(0) != m.Hours.GetLength(0)
                || m.Cost.GetLength(1) != m.Hours.GetLength(0))
                throw new ArgumentException($"matrix '{m.Name}': Hours and Cost must be square and of equal size");
        }
        for (int i = 0; i < Locations.Count; i++)
        {
            var l = Locations[i];
            if (Matrices.Any(m => l.Node < 0 || l.Node >= m.NodeCount))
                throw new ArgumentException($"location {i} '{l.Id}': node {l.Node} is outside a travel matrix");
            if (l.ServiceHours < 0 || l.Window.DueHours < l.Window.ReadyHours)
                throw new ArgumentException($"location {i} '{l.Id}': needs service >= 0 and ready <= due");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in Vehicles) ValidateVehicle(v, ids);
        foreach (var r in Requests) ValidateRequest(r, ids);
        bool loadedAtStart = Requests.Any(r => r.LoadedAtStart);
        if (loadedAtStart && (Requests.Any(r => !r.LoadedAtStart) || Vehicles.Any(v => v.Onboard.Count > 0)))
            throw new ArgumentException(
                "requests loaded at the vehicle start cannot be mixed with pickup-and-delivery requests or onboard cargo");
    }

    private void ValidateVehicle(RoutingVehicle v, HashSet<string> cargoIds)
    {
        CheckLocation(v.StartLocation, $"vehicle '{v.Id}' start");
        if (v.EndLocation is int end) CheckLocation(end, $"vehicle '{v.Id}' end");
        if (v.MatrixClass < 0 || v.MatrixClass >= Matrices.Count)
            throw new ArgumentException($"vehicle '{v.Id}': matrix class {v.MatrixClass} does not exist");
        if (v.CapacityTonnes < 0 || v.CapacityCubicMeters < 0 || v.FixedCost < 0)
            throw new ArgumentException($"vehicle '{v.Id}': capacities and fixed cost must be >= 0");
        foreach (var c in v.Onboard)
        {
            CheckLocation(c.DeliveryLocation, $"onboard cargo '{c.RequestId}' delivery");
            if (c.Tonnes < 0 || c.CubicMeters < 0)
                throw new ArgumentException($"onboard cargo '{c.RequestId}': quantities must be >= 0");
            if (!cargoIds.Add(c.RequestId)) throw new ArgumentException($"request id '{c.RequestId}' appears twice");
        }
    }

    private void ValidateRequest(TransportRequest r, HashSet<string> ids)
    {
        if (!ids.Add(r.Id)) throw new ArgumentException($"request id '{r.Id}' appears twice");
        if (r.PickupLocation is int pickup) CheckLocation(pickup, $"request '{r.Id}' pickup");
        CheckLocation(r.DeliveryLocation, $"request '{r.Id}' delivery");
        if (r.Tonnes < 0 || r.CubicMeters < 0 || !(r.DropPenalty >= 0))
            throw new ArgumentException($"request '{r.Id}': tonnes, m3 and drop penalty must be >= 0");
        if (r.LatenessCostPerHour is double own && (!(own >= 0) || double.IsInfinity(own) || LatenessCostPerHour is null))
            throw new ArgumentException($"request '{r.Id}': its own lateness price must be finite, >= 0, in a problem that prices lateness");
    }

    private void CheckLocation(int index, string what)
    {
        if (index < 0 || index >= Locations.Count)
            throw new ArgumentException($"{what}: location {index} does not exist ({Locations.Count} locations)");
    }
}

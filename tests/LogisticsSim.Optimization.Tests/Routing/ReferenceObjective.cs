// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>
/// The documented objective, written out independently of the adapter, in real numbers:
/// moves (cost matrix of the vehicle's class, start to stops to end; nothing after the last stop on an open
/// route) + fixed costs of used vehicles + drop penalties + lateness price x hours late at stops.
/// Returns +infinity for a route that breaks a hard constraint.
/// </summary>
internal static class ReferenceObjective
{
    public static double RouteCost(RoutingProblem p, RoutingVehicle v, IReadOnlyList<(TransportRequest Request, StopKind Kind)> stops)
    {
        if (stops.Count == 0) return 0;
        var matrix = p.Matrices[v.MatrixClass];
        var startLocation = p.Locations[v.StartLocation];
        double time = Math.Max(v.AvailableFromHours, startLocation.Window.ReadyHours);
        double cost = v.FixedCost, late = 0, load = v.Onboard.Sum(c => c.Tonnes);
        int node = startLocation.Node;
        foreach (var (request, kind) in stops)
        {
            var location = p.Locations[kind == StopKind.Pickup ? request.PickupLocation!.Value : request.DeliveryLocation];
            time = Math.Max(time + matrix.Hours[node, location.Node], location.Window.ReadyHours);
            cost += matrix.Cost[node, location.Node];
            if (time > p.HorizonHours + 1e-9) return double.PositiveInfinity;
            if (p.LatenessCostPerHour is null && time > location.Window.DueHours + 1e-9) return double.PositiveInfinity;
            late += Math.Max(0, time - location.Window.DueHours);
            load += kind == StopKind.Pickup ? request.Tonnes : -request.Tonnes;
            if (load > v.CapacityTonnes + 1e-9) return double.PositiveInfinity;
            time += location.ServiceHours;
            node = location.Node;
        }
        if (v.EndLocation is int end)
        {
            var endLocation = p.Locations[end];
            time += matrix.Hours[node, endLocation.Node];
            cost += matrix.Cost[node, endLocation.Node];
            double limit = p.LatenessCostPerHour is null ? Math.Min(p.HorizonHours, endLocation.Window.DueHours) : p.HorizonHours;
            if (time > limit + 1e-9) return double.PositiveInfinity;
        }
        else if (time > p.HorizonHours + 1e-9)
        {
            return double.PositiveInfinity;
        }
        return cost + (p.LatenessCostPerHour ?? 0) * late;
    }

    /// <summary>The documented objective of a plan the planner returned.</summary>
    public static double Of(RoutingProblem p, RoutePlan plan)
    {
        var byId = p.Requests.ToDictionary(r => r.Id);
        double total = plan.DroppedRequestIds.Sum(id => byId[id].DropPenalty);
        for (int v = 0; v < p.Vehicles.Count; v++)
        {
            var stops = plan.Routes[v].Stops.Select(s => (byId[s.RequestId], s.Kind)).ToList();
            total += RouteCost(p, p.Vehicles[v], stops);
        }
        return total;
    }
}

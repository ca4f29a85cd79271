// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>
/// The documented objective, written out independently of the adapter, in real numbers:
/// moves (cost matrix of the vehicle's class, start to stops to end; nothing after the last stop on an open
/// route) + fixed costs of used vehicles + drop penalties + lateness price x hours late at stops (a request's own
/// price at its delivery, else the problem's). A stop takes its location's service hours, and, when the vehicle
/// leaves it for another node (or ends an open route there), its class's own pickup or delivery hours.
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
        double cost = v.FixedCost, late = 0, load = v.Onboard.Sum(c => c.Tonnes), volume = v.Onboard.Sum(c => c.CubicMeters);
        double leaving = 0; // the class's own hours at the last stop, paid on leaving it for another node
        int node = startLocation.Node;
        foreach (var (request, kind) in stops)
        {
            var location = p.Locations[kind == StopKind.Pickup ? request.PickupLocation!.Value : request.DeliveryLocation];
            time = Math.Max(time + (node == location.Node ? 0 : leaving) + matrix.Hours[node, location.Node], location.Window.ReadyHours);
            cost += matrix.Cost[node, location.Node];
            if (time > p.HorizonHours + 1e-9) return double.PositiveInfinity;
            if (p.LatenessCostPerHour is null && time > location.Window.DueHours + 1e-9) return double.PositiveInfinity;
            double price = (kind == StopKind.Delivery ? request.LatenessCostPerHour : null) ?? p.LatenessCostPerHour ?? 0;
            late += price * Math.Max(0, time - location.Window.DueHours);
            load += kind == StopKind.Pickup ? request.Tonnes : -request.Tonnes;
            volume += kind == StopKind.Pickup ? request.CubicMeters : -request.CubicMeters;
            if (load > v.CapacityTonnes + 1e-9 || volume > v.CapacityCubicMeters + 1e-9) return double.PositiveInfinity;
            time += location.ServiceHours;
            node = location.Node;
            leaving = kind == StopKind.Pickup ? matrix.PickupStopHours : matrix.DeliveryStopHours;
        }
        if (v.EndLocation is int end)
        {
            var endLocation = p.Locations[end];
            time += (node == endLocation.Node ? 0 : leaving) + matrix.Hours[node, endLocation.Node];
            cost += matrix.Cost[node, endLocation.Node];
            double limit = p.LatenessCostPerHour is null ? Math.Min(p.HorizonHours, endLocation.Window.DueHours) : p.HorizonHours;
            if (time > limit + 1e-9) return double.PositiveInfinity;
        }
        else if (time + leaving > p.HorizonHours + 1e-9)
        {
            return double.PositiveInfinity;
        }
        return cost + late;
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

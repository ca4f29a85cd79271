// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Finds requests that no vehicle could serve even if it served nothing else: too heavy or bulky for every
/// vehicle, unreachable, or impossible within the windows and horizon. They are dropped before solving.
/// Besides saving search effort, this keeps degenerate epochs (say, one vehicle whose only possible visit is
/// its onboard cargo) away from the solver, where a metaheuristic with no feasible move does not stop by
/// itself.
/// </summary>
public static class ServiceabilityScreen
{
    private const double Tolerance = 1e-9;

    /// <summary>True when some vehicle of <paramref name="p"/> could serve <paramref name="request"/> on an otherwise empty route.</summary>
    public static bool CanBeServed(RoutingProblem p, TransportRequest request) =>
        p.Vehicles.Any(v => CanServeAlone(p, v, request));

    private static bool CanServeAlone(RoutingProblem p, RoutingVehicle v, TransportRequest r)
    {
        if (r.Tonnes > v.CapacityTonnes + Tolerance || r.CubicMeters > v.CapacityCubicMeters + Tolerance) return false;
        var hours = p.Matrices[v.MatrixClass].Hours;
        bool hardDue = p.LatenessCostPerHour is null;
        var start = p.Locations[v.StartLocation];
        double time = Math.Max(v.AvailableFromHours, start.Window.ReadyHours);
        int node = start.Node;
        foreach (int? stop in new[] { r.PickupLocation, r.DeliveryLocation })
        {
            if (stop is not int index) continue;
            var location = p.Locations[index];
            double leg = hours[node, location.Node];
            if (!double.IsFinite(leg) || leg < 0) return false;
            time = Math.Max(time + leg, location.Window.ReadyHours);
            if (time > p.HorizonHours + Tolerance || (hardDue && time > location.Window.DueHours + Tolerance)) return false;
            time += location.ServiceHours;
            node = location.Node;
        }
        if (v.EndLocation is not int end) return time <= p.HorizonHours + Tolerance;
        var endLocation = p.Locations[end];
        double back = hours[node, endLocation.Node];
        double latest = hardDue ? Math.Min(p.HorizonHours, endLocation.Window.DueHours) : p.HorizonHours;
        return double.IsFinite(back) && back >= 0 && time + back <= latest + Tolerance;
    }
}

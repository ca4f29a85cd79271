// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Times along a route when the vehicle leaves its start as early as it may and every stop as soon as
/// its service ends. That schedule minimises every lateness, so it is the one the objective prices.
/// </summary>
public static class RouteSchedule
{
    /// <summary>A stop before timing: what is done, for which request, where.</summary>
    public readonly record struct Visit(string RequestId, StopKind Kind, int Location);

    /// <summary>Times <paramref name="visits"/> for vehicle <paramref name="vehicle"/> of <paramref name="problem"/>.</summary>
    public static IReadOnlyList<PlannedStop> Timed(
        RoutingProblem problem, RoutingVehicle vehicle, IEnumerable<Visit> visits)
    {
        var matrix = problem.Matrices[vehicle.MatrixClass];
        var start = problem.Locations[vehicle.StartLocation];
        double departure = Math.Max(vehicle.AvailableFromHours, start.Window.ReadyHours);
        int node = start.Node;
        var stops = new List<PlannedStop>();
        foreach (var visit in visits)
        {
            var location = problem.Locations[visit.Location];
            double arrival = departure + matrix.Hours[node, location.Node];
            double serviceStart = Math.Max(arrival, location.Window.ReadyHours);
            stops.Add(new PlannedStop(visit.RequestId, visit.Kind, visit.Location, arrival, serviceStart));
            departure = serviceStart + location.ServiceHours;
            node = location.Node;
        }
        return stops;
    }

    /// <summary>Hours by which service starts after the due time, summed over the stops of a route.</summary>
    public static double LatenessHours(RoutingProblem problem, IEnumerable<PlannedStop> stops)
        => stops.Sum(s => Math.Max(0, s.ServiceStartHours - problem.Locations[s.Location].Window.DueHours));
}

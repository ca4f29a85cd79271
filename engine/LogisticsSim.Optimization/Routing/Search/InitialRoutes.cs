// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// Puts earlier routes (a warm start, or the solver's first solution) into a search solution, keeping what still
/// makes sense: stops of jobs that exist, pickups followed by their delivery on the same route, onboard deliveries
/// on their own vehicle. A route that breaks a window or a capacity is left empty; its jobs are inserted again.
/// </summary>
internal static class InitialRoutes
{
    public static void Apply(SearchSolution solution, IReadOnlyList<VehicleRoute> routes)
    {
        var instance = solution.Instance;
        var visitOf = new Dictionary<(string, StopKind), int>();
        for (int visit = 0; visit < instance.VisitCount; visit++)
        {
            var stop = instance.Stops[visit];
            visitOf[(stop.RequestId, stop.Kind)] = visit;
        }
        var vehicleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int v = 0; v < instance.VehicleCount; v++) vehicleOf[instance.Problem.Vehicles[v].Id] = v;
        var used = new bool[instance.VisitCount];
        foreach (var route in routes)
        {
            if (!vehicleOf.TryGetValue(route.VehicleId, out int v) || solution.Routes[v].Count > 0) continue;
            var stops = route.Stops.Select(s => visitOf.TryGetValue((s.RequestId, s.Kind), out int x) ? x : -1).ToList();
            var kept = new List<int>();
            for (int i = 0; i < stops.Count; i++)
            {
                int x = stops[i];
                if (x < 0 || used[x] || kept.Contains(x)) continue;
                int job = instance.JobOfVisit[x];
                var (first, second) = instance.JobVisits[job];
                bool keep = second < 0
                    ? instance.BoundVehicle[job] < 0 || instance.BoundVehicle[job] == v
                    : x == first ? stops.Skip(i + 1).Contains(second) : kept.Contains(first);
                if (keep) kept.Add(x);
            }
            if (!solution.Routes[v].SetVisits(kept))
            {
                solution.Routes[v].SetVisits([]);
                continue;
            }
            foreach (int x in kept) used[x] = true;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.ConstraintSolver;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// Rebuilds a solver assignment from earlier routes (typically the previous epoch's plan), keeping only what
/// still makes sense: stops of requests still open, pickups followed by their delivery on the same vehicle,
/// onboard deliveries on their own vehicle (appended when missing, since they are mandatory).
/// </summary>
internal static class WarmStart
{
    public static Assignment? Read(SolverModel m, IReadOnlyList<VehicleRoute> initial)
    {
        var routes = Routes(m.Problem, m.Layout, initial);
        return m.Model.ReadAssignmentFromRoutes(routes.Select(r => r.Select(n => m.IndexOf(n)).ToArray()).ToArray(), true);
    }

    /// <summary>Per vehicle, the solver nodes of <paramref name="initial"/> that still make sense, in order.</summary>
    public static int[][] Routes(RoutingProblem problem, VisitLayout layout, IReadOnlyList<VehicleRoute> initial)
    {
        var vehicleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int v = 0; v < problem.Vehicles.Count; v++) vehicleIndex[problem.Vehicles[v].Id] = v;
        var nodeOf = new Dictionary<(string, StopKind), int>();
        foreach (var (node, i) in layout.Nodes.Select((n, i) => (n, i)))
        {
            if (node.Role is NodeRole.Start or NodeRole.End) continue;
            nodeOf[(node.RequestId, node.Role == NodeRole.Pickup ? StopKind.Pickup : StopKind.Delivery)] = i;
        }

        var routes = new int[problem.Vehicles.Count][];
        var used = new HashSet<int>();
        for (int v = 0; v < routes.Length; v++) routes[v] = [];
        foreach (var route in initial)
        {
            if (!vehicleIndex.TryGetValue(route.VehicleId, out int v)) continue;
            var nodes = Filter(layout, route, v, nodeOf, used);
            nodes.AddRange(layout.OnboardNodes.Where(n => layout.Nodes[n].Vehicle == v && used.Add(n)));
            routes[v] = nodes.ToArray();
        }
        for (int v = 0; v < routes.Length; v++)
        {
            var missing = layout.OnboardNodes.Where(n => layout.Nodes[n].Vehicle == v && used.Add(n));
            routes[v] = [.. routes[v], .. missing];
        }
        return routes;
    }

    private static List<int> Filter(VisitLayout layout, VehicleRoute route, int v,
        Dictionary<(string, StopKind), int> nodeOf, HashSet<int> used)
    {
        var stops = route.Stops.Select(s => nodeOf.TryGetValue((s.RequestId, s.Kind), out int n) ? n : -1).ToList();
        var kept = new List<int>();
        for (int i = 0; i < stops.Count; i++)
        {
            int node = stops[i];
            if (node < 0 || used.Contains(node)) continue;
            var info = layout.Nodes[node];
            bool keep = info.Role switch
            {
                NodeRole.Pickup => stops.Skip(i + 1).Contains(layout.RequestNodes[info.Request].Delivery),
                NodeRole.Delivery => layout.RequestNodes[info.Request].Pickup is int p && (p < 0 || kept.Contains(p)),
                NodeRole.OnboardDelivery => info.Vehicle == v,
                NodeRole.Start or NodeRole.End => false,
                _ => throw new InvalidOperationException($"a node role the warm start does not know: {info.Role}"),
            };
            if (keep && used.Add(node)) kept.Add(node);
        }
        return kept;
    }
}

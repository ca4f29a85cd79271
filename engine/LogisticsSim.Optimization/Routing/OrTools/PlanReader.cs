// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.ConstraintSolver;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>Turns a solver assignment back into domain routes, times and dropped requests.</summary>
internal static class PlanReader
{
    public static RoutePlan Read(SolverModel m, Assignment solution, PlanStatus status)
    {
        var routes = new int[m.Problem.Vehicles.Count][];
        for (int v = 0; v < routes.Length; v++)
        {
            var nodes = new List<int>();
            long index = solution.Value(m.Model.NextVar(m.Model.Start(v)));
            while (!m.Model.IsEnd(index))
            {
                nodes.Add(m.NodeOf(index));
                index = solution.Value(m.Model.NextVar(index));
            }
            routes[v] = [.. nodes];
        }
        return Plan(m.Problem, m.Layout, routes, solution.ObjectiveValue(), status);
    }

    /// <summary>The plan of solver nodes <paramref name="routes"/> (per vehicle, in order): a request whose delivery is on no route is dropped.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="layout">Its solver nodes.</param>
    /// <param name="routes">Per vehicle, the nodes it visits between its start and its end.</param>
    /// <param name="objective">The solver's objective, scaled (<see cref="ModelScale.CostUnits"/>).</param>
    /// <param name="status">How planning ended.</param>
    public static RoutePlan Plan(RoutingProblem problem, VisitLayout layout, int[][] routes, long objective, PlanStatus status)
    {
        var planned = new List<VehicleRoute>(problem.Vehicles.Count);
        var visited = new bool[layout.Nodes.Count];
        for (int v = 0; v < problem.Vehicles.Count; v++)
        {
            var visits = new List<RouteSchedule.Visit>();
            foreach (int n in routes[v])
            {
                var node = layout.Nodes[n];
                var kind = node.Role == NodeRole.Pickup ? StopKind.Pickup : StopKind.Delivery;
                visits.Add(new RouteSchedule.Visit(node.RequestId, kind, node.Location));
                visited[n] = true;
            }
            var vehicle = problem.Vehicles[v];
            planned.Add(new VehicleRoute(vehicle.Id, RouteSchedule.Timed(problem, vehicle, visits)));
        }
        var dropped = new List<string>();
        for (int r = 0; r < problem.Requests.Count; r++)
        {
            if (!visited[layout.RequestNodes[r].Delivery]) dropped.Add(problem.Requests[r].Id);
        }
        return new RoutePlan(planned, dropped, objective / ModelScale.CostUnits, status);
    }
}

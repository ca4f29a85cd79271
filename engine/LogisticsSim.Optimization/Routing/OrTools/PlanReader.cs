// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.ConstraintSolver;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>Turns a solver assignment back into domain routes, times and dropped requests.</summary>
internal static class PlanReader
{
    public static RoutePlan Read(SolverModel m, Assignment solution, PlanStatus status)
    {
        var problem = m.Problem;
        var routes = new List<VehicleRoute>(problem.Vehicles.Count);
        for (int v = 0; v < problem.Vehicles.Count; v++)
        {
            var visits = new List<RouteSchedule.Visit>();
            long index = solution.Value(m.Model.NextVar(m.Model.Start(v)));
            while (!m.Model.IsEnd(index))
            {
                var node = m.Layout.Nodes[m.NodeOf(index)];
                var kind = node.Role == NodeRole.Pickup ? StopKind.Pickup : StopKind.Delivery;
                visits.Add(new RouteSchedule.Visit(node.RequestId, kind, node.Location));
                index = solution.Value(m.Model.NextVar(index));
            }
            var vehicle = problem.Vehicles[v];
            routes.Add(new VehicleRoute(vehicle.Id, RouteSchedule.Timed(problem, vehicle, visits)));
        }
        var dropped = new List<string>();
        for (int r = 0; r < problem.Requests.Count; r++)
        {
            long delivery = m.IndexOf(m.Layout.RequestNodes[r].Delivery);
            if (solution.Value(m.Model.NextVar(delivery)) == delivery) dropped.Add(problem.Requests[r].Id);
        }
        return new RoutePlan(routes, dropped, solution.ObjectiveValue() / ModelScale.CostUnits, status);
    }
}

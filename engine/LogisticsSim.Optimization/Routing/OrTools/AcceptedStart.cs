// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// The solver's answer to a search for one solution from given routes, without building its model. The solver
/// restores the routes (<see cref="WarmStart"/>) as its first solution and a solution limit of 1 stops the search
/// there, so its answer is the routes themselves whenever its model accepts them. Whether it does is decided here
/// on the model's own integers (<see cref="TransitTables"/>, <see cref="TimeWindows"/>, the load dimensions): each
/// route timed as early as it may go, its loads counted from zero at its start. Where the model could refuse the
/// routes, or price them otherwise than written here, there is no answer, and the caller builds the model.
/// </summary>
internal static class AcceptedStart
{
    /// <summary>The plan the solver would return from <paramref name="initial"/>, or null when only the solver can tell.</summary>
    public static RoutePlan? Plan(RoutingProblem problem, IReadOnlyList<VehicleRoute> initial)
    {
        var layout = new VisitLayout(problem);
        var routes = WarmStart.Routes(problem, layout, initial);
        var nodes = layout.Nodes;
        long horizon = ModelScale.TicksDown(problem.HorizonHours);
        var vehicleOf = new int[nodes.Count];
        var position = new int[nodes.Count];
        Array.Fill(vehicleOf, -1);
        long objective = 0;
        for (int v = 0; v < routes.Length; v++)
        {
            var vehicle = problem.Vehicles[v];
            var matrix = problem.Matrices[vehicle.MatrixClass];
            int[] path = [layout.StartNodes[v], .. routes[v], layout.EndNodes[v]];
            if (routes[v].Length == 0)
            {
                // Whether the solver counts the move of an unused vehicle from its start to its end is not decided here.
                if (TransitTables.Arc(problem, layout, matrix, horizon, path[0], path[1]).Cost != 0) return null;
            }
            else
            {
                objective += ModelScale.Cost(vehicle.FixedCost);
            }
            long time = TimeWindows.Start(problem, v, horizon);
            long kg = 0, litres = 0;
            long kgCapacity = ModelScale.Kg(vehicle.CapacityTonnes), litreCapacity = ModelScale.Litres(vehicle.CapacityCubicMeters);
            for (int k = 1; k < path.Length; k++)
            {
                int from = path[k - 1], to = path[k];
                var (ticks, cost) = TransitTables.Arc(problem, layout, matrix, horizon, from, to);
                objective += cost;
                kg += nodes[from].Kg;
                litres += nodes[from].Litres;
                if (kg < 0 || kg > kgCapacity || (layout.UsesVolume && (litres < 0 || litres > litreCapacity))) return null;
                var (ready, latest, due, perTick) = TimeWindows.Bounds(problem, layout, to, horizon);
                time = Math.Max(time + ticks, ready);
                if (time > latest) return null;
                if (perTick > 0) objective += perTick * Math.Max(0, time - due);
                vehicleOf[to] = v;
                position[to] = k;
            }
        }
        for (int r = 0; r < problem.Requests.Count; r++)
        {
            var (pickup, delivery) = layout.RequestNodes[r];
            bool served = vehicleOf[delivery] >= 0;
            // A pickup and its delivery on one route in that order, or neither: otherwise the solver refuses the routes.
            if (pickup >= 0 && (vehicleOf[pickup] != vehicleOf[delivery] || (served && position[pickup] > position[delivery]))) return null;
            if (served) continue;
            double penalty = problem.Requests[r].DropPenalty;
            if (double.IsPositiveInfinity(penalty)) return null; // a mandatory request left out
            objective += ModelScale.Cost(penalty); // on a pair, the model's two halves add up to it
        }
        // At no cost the solver may prove the plan optimal, and says so: it reports that itself.
        if (objective == 0) return null;
        return PlanReader.Plan(problem, layout, routes, objective, PlanStatus.Solved);
    }
}

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
            var start = problem.Locations[vehicle.StartLocation];
            long time = Math.Min(ModelScale.TicksUp(Math.Max(vehicle.AvailableFromHours, start.Window.ReadyHours)), horizon);
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
                var (ready, latest, due, perTick) = Window(problem, layout, to, horizon);
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
            long scaled = ModelScale.Cost(penalty);
            objective += pickup < 0 ? scaled : scaled / 2 + (scaled - scaled / 2);
        }
        // At no cost the solver may prove the plan optimal, and says so: it reports that itself.
        if (objective == 0) return null;
        return PlanReader.Plan(problem, layout, routes, objective, PlanStatus.Solved);
    }

    /// <summary>
    /// The time dimension's bounds at node <paramref name="node"/> as <see cref="TimeWindows"/> sets them: earliest and
    /// latest time, and the soft due time with its price per tick (0: none).
    /// </summary>
    private static (long Ready, long Latest, long Due, long PerTick) Window(RoutingProblem problem, VisitLayout layout, int node, long horizon)
    {
        var info = layout.Nodes[node];
        long? latePerTick = problem.LatenessCostPerHour is double price ? ModelScale.LatenessPerTick(price) : null;
        if (info.Role == NodeRole.End)
        {
            long latestReturn = horizon;
            if (problem.Vehicles[info.Vehicle].EndLocation is int end && latePerTick is null)
            {
                latestReturn = Math.Min(horizon, ModelScale.TicksDown(problem.Locations[end].Window.DueHours));
            }
            return (0, Math.Max(0, latestReturn), 0, 0);
        }
        var window = problem.Locations[info.Location].Window;
        long ready = Math.Min(ModelScale.TicksUp(window.ReadyHours), horizon);
        long due = Math.Clamp(ModelScale.TicksDown(Math.Min(window.DueHours, 1e12)), ready, horizon);
        if (latePerTick is not long coefficient) return (ready, due, 0, 0);
        if (info.Role == NodeRole.Delivery && problem.Requests[info.Request].LatenessCostPerHour is double own)
        {
            coefficient = ModelScale.LatenessPerTick(own);
        }
        return (ready, horizon, due, due < horizon && coefficient > 0 ? coefficient : 0);
    }
}

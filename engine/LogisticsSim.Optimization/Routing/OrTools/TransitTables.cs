// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// Node-to-node tables for one vehicle class, already scaled: the time a move adds to the time dimension
/// (service at the node left plus travel) and what it costs in the objective.
/// Tables, not callbacks, so the solver evaluates arcs natively without calling back into .NET.
/// </summary>
internal sealed class TransitTables
{
    public long[][] Ticks { get; }

    public long[][] Cost { get; }

    public TransitTables(RoutingProblem problem, VisitLayout layout, TravelMatrix matrix, long horizonTicks)
    {
        var nodes = layout.Nodes;
        int n = nodes.Count;
        Ticks = new long[n][];
        Cost = new long[n][];
        for (int i = 0; i < n; i++)
        {
            Ticks[i] = new long[n];
            Cost[i] = new long[n];
            if (nodes[i].Role == NodeRole.End) continue; // nothing leaves an end
            var (from, serviceHours, stopHours) = Leaving(problem, nodes[i], matrix);
            for (int j = 0; j < n; j++)
            {
                if (i == j || nodes[j].Role == NodeRole.Start) continue; // nothing enters a start
                (Ticks[i][j], Cost[i][j]) = Move(problem, nodes[j], matrix, horizonTicks, from, serviceHours, stopHours);
            }
        }
    }

    /// <summary>The table entries of the move from node <paramref name="i"/> to node <paramref name="j"/>, computed alone.</summary>
    public static (long Ticks, long Cost) Arc(RoutingProblem problem, VisitLayout layout, TravelMatrix matrix, long horizonTicks, int i, int j)
    {
        var nodes = layout.Nodes;
        if (nodes[i].Role == NodeRole.End || i == j || nodes[j].Role == NodeRole.Start) return (0, 0);
        var (from, serviceHours, stopHours) = Leaving(problem, nodes[i], matrix);
        return Move(problem, nodes[j], matrix, horizonTicks, from, serviceHours, stopHours);
    }

    /// <summary>The node left: its place, its service hours and the class's own time at the stop.</summary>
    private static (Location From, double ServiceHours, double StopHours) Leaving(RoutingProblem problem, SolverNode node, TravelMatrix matrix)
    {
        var from = problem.Locations[node.Location];
        double serviceHours = node.Role == NodeRole.Start ? 0 : from.ServiceHours;
        // The class's own time at a stop, paid when the vehicle leaves the node (once for consecutive visits).
        double stopHours = node.Role switch
        {
            NodeRole.Pickup => matrix.PickupStopHours,
            NodeRole.Delivery or NodeRole.OnboardDelivery => matrix.DeliveryStopHours,
            _ => 0,
        };
        return (from, serviceHours, stopHours);
    }

    private static (long Ticks, long Cost) Move(RoutingProblem problem, SolverNode to, TravelMatrix matrix, long horizonTicks,
        Location from, double serviceHours, double stopHours)
    {
        // An open route ends where its last stop is: reaching that end is free.
        if (to.Location < 0) return (ModelScale.TicksUp(serviceHours + stopHours), 0);
        int a = from.Node, b = problem.Locations[to.Location].Node;
        double hours = matrix.Hours[a, b], cost = matrix.Cost[a, b];
        // A move that cannot be made: longer than the horizon, and priced so that no plan takes it.
        if (!double.IsFinite(hours) || hours < 0 || !double.IsFinite(cost) || cost < 0) return (horizonTicks + 1, ModelScale.ForbiddenCost);
        long ticks = ModelScale.TicksUp(serviceHours + (a == b ? 0 : stopHours) + hours);
        return (ticks, problem.Objective == RoutingObjective.Distance ? ModelScale.Cost(cost) : ticks);
    }
}

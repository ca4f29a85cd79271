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
            var from = problem.Locations[nodes[i].Location];
            double serviceHours = nodes[i].Role == NodeRole.Start ? 0 : from.ServiceHours;
            // The class's own time at a stop, paid when the vehicle leaves the node (once for consecutive visits).
            double stopHours = nodes[i].Role switch
            {
                NodeRole.Pickup => matrix.PickupStopHours,
                NodeRole.Delivery or NodeRole.OnboardDelivery => matrix.DeliveryStopHours,
                _ => 0,
            };
            for (int j = 0; j < n; j++)
            {
                if (i == j || nodes[j].Role == NodeRole.Start) continue; // nothing enters a start
                if (nodes[j].Location < 0)
                {
                    // An open route ends where its last stop is: reaching that end is free.
                    Ticks[i][j] = ModelScale.TicksUp(serviceHours + stopHours);
                    continue;
                }
                int a = from.Node, b = problem.Locations[nodes[j].Location].Node;
                double hours = matrix.Hours[a, b], cost = matrix.Cost[a, b];
                if (!double.IsFinite(hours) || hours < 0 || !double.IsFinite(cost) || cost < 0)
                {
                    Ticks[i][j] = horizonTicks + 1; // cannot be made within the horizon
                    Cost[i][j] = ModelScale.ForbiddenCost;
                    continue;
                }
                Ticks[i][j] = ModelScale.TicksUp(serviceHours + (a == b ? 0 : stopHours) + hours);
                Cost[i][j] = problem.Objective == RoutingObjective.Distance ? ModelScale.Cost(cost) : Ticks[i][j];
            }
        }
    }
}

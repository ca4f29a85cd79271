// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// The travel matrices of one solve: its nodes in the snapshot's order (<see cref="Ordered"/>, kept per network
/// version), and each vehicle type's matrix between them (<see cref="For"/>), on the network as it is now: hours of the
/// fastest open path, and what a move adds to the <c>objective</c> (its operating weight times km × cost per km plus
/// hours × cost per hour, as <c>cost.total</c> counts them), with the type's own loading and unloading times.
/// </summary>
/// <remarks>
/// Only the nodes a solve uses, not the whole network: at country scale (1,579 nodes, 32 fleet entries) matrices of
/// every node took gigabytes and seconds after every hazard, for a problem that visits a few hundred nodes. The
/// snapshot keeps the paths (per network version), so the few thousand entries a solve needs are cheap to ask for.
/// </remarks>
internal sealed class FleetTravel
{
    private Dictionary<NodeId, int> _position = [];
    private int _version = -1;

    /// <summary>
    /// <paramref name="nodes"/> in the snapshot's node order, each once: the rows and columns of the matrices
    /// <see cref="For"/> makes for them, in an order that does not depend on how they were gathered.
    /// </summary>
    public IReadOnlyList<NodeId> Ordered(ISnapshot s, IEnumerable<NodeId> nodes)
    {
        if (s.NetworkVersion != _version || _position.Count != s.Nodes.Count)
        {
            _version = s.NetworkVersion;
            _position = s.Nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        }
        return nodes.Distinct().OrderBy(n => _position[n]).ToArray();
    }

    /// <summary>The matrix of <paramref name="type"/> between <paramref name="nodes"/> (rows and columns in that order).</summary>
    public static TravelMatrix For(ISnapshot s, VehicleType type, IReadOnlyList<NodeId> nodes)
    {
        int n = nodes.Count;
        var hours = new double[n, n];
        var cost = new double[n, n];
        double weight = s.Objective.Operating;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double h = i == j ? 0 : s.TravelHours(type, nodes[i], nodes[j]);
                hours[i, j] = h;
                if (!double.IsFinite(h))
                {
                    cost[i, j] = double.PositiveInfinity;
                    continue;
                }
                double km = i == j ? 0 : s.TravelKm(type, nodes[i], nodes[j]);
                cost[i, j] = weight * ((double.IsFinite(km) ? km * type.CostPerKm : 0) + h * type.CostPerHour);
            }
        }
        return new TravelMatrix(type.Id.Value, hours, cost)
        {
            PickupStopHours = type.LoadTime.Hours,
            DeliveryStopHours = type.UnloadTime.Hours,
        };
    }
}

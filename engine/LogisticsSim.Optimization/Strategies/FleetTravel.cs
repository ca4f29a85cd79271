// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// Each vehicle type's travel matrix on the network as it is now: hours of the fastest open path, and
/// what a move adds to the <c>objective</c> (its operating weight times km × cost per km plus hours × cost
/// per hour, as <c>cost.total</c> counts them), with the type's own loading and unloading times. Kept until
/// a hazard changes the network, so that a solve does not ask for every path again.
/// </summary>
internal sealed class FleetTravel
{
    private readonly Dictionary<int, TravelMatrix> _byType = [];
    private Dictionary<NodeId, int> _index = [];
    private int _version = -1;

    /// <summary>Row and column of each node in every matrix (the snapshot's node order).</summary>
    public IReadOnlyDictionary<NodeId, int> Index => _index;

    /// <summary>Forgets the matrices when the network changed since they were made.</summary>
    public void Refresh(ISnapshot s)
    {
        if (s.NetworkVersion == _version && _index.Count == s.Nodes.Count) return;
        _version = s.NetworkVersion;
        _byType.Clear();
        _index = s.Nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
    }

    /// <summary>The matrix of fleet entry <paramref name="typeIndex"/>, of type <paramref name="type"/>.</summary>
    public TravelMatrix For(ISnapshot s, int typeIndex, VehicleType type)
    {
        if (_byType.TryGetValue(typeIndex, out var known)) return known;
        int n = s.Nodes.Count;
        var hours = new double[n, n];
        var cost = new double[n, n];
        double weight = s.Objective.Operating;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double h = i == j ? 0 : s.TravelHours(type, s.Nodes[i], s.Nodes[j]);
                hours[i, j] = h;
                if (!double.IsFinite(h))
                {
                    cost[i, j] = double.PositiveInfinity;
                    continue;
                }
                double km = i == j ? 0 : s.TravelKm(type, s.Nodes[i], s.Nodes[j]);
                cost[i, j] = weight * ((double.IsFinite(km) ? km * type.CostPerKm : 0) + h * type.CostPerHour);
            }
        }
        var matrix = new TravelMatrix(type.Id.Value, hours, cost)
        {
            PickupStopHours = type.LoadTime.Hours,
            DeliveryStopHours = type.UnloadTime.Hours,
        };
        _byType[typeIndex] = matrix;
        return matrix;
    }
}

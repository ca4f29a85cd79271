// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The free vehicle that reaches a route's origin soonest, the same one <see cref="DispatchRule.Soonest"/>
/// picks, found once per route until a vehicle leaves. A rule that looks at every held request at every
/// epoch would otherwise scan the whole fleet per request; here free vehicles of one type, at one place,
/// free at one time are one group (most wait idle at their base), and a route costs one look per group.
/// </summary>
internal sealed class SoonestVehicles
{
    private readonly ISnapshot _snapshot;
    private readonly List<List<(VehicleView Vehicle, int Position)>> _groups = [];
    private readonly Dictionary<(NodeId, NodeId), (VehicleView? Vehicle, double Hours)> _byRoute = [];

    /// <summary>The vehicles free in the snapshot, grouped; a group's members in fleet order.</summary>
    public SoonestVehicles(ISnapshot snapshot)
    {
        _snapshot = snapshot;
        var byKey = new Dictionary<(int, NodeId, SimTime), List<(VehicleView, int)>>();
        int position = 0;
        foreach (var v in snapshot.Vehicles)
        {
            if (!v.IsAvailable) continue;
            if (!byKey.TryGetValue((v.TypeIndex, v.Location, v.AvailableAt), out var group))
            {
                byKey[(v.TypeIndex, v.Location, v.AvailableAt)] = group = [];
                _groups.Add(group);
            }
            group.Add((v, position++));
        }
    }

    /// <summary>
    /// The free vehicle that reaches the origin first and can go on to the destination (ties to fleet
    /// order), with its hours from now to the origin; null when none can.
    /// </summary>
    public (VehicleView? Vehicle, double Hours) For(NodeId from, NodeId to)
    {
        if (_byRoute.TryGetValue((from, to), out var found)) return found;
        VehicleView? best = null;
        double bestArrival = double.PositiveInfinity;
        int bestPosition = int.MaxValue;
        foreach (var group in _groups)
        {
            var (v, position) = group[0];
            if (double.IsPositiveInfinity(_snapshot.TravelHours(v.Type, from, to))) continue;
            double arrival = (v.AvailableAt - _snapshot.Now).Hours + _snapshot.TravelHours(v.Type, v.Location, from);
            // The fleet-order scan keeps the first of equal arrivals: the lowest position among the groups' first members.
            if (arrival < bestArrival || (arrival == bestArrival && arrival < double.PositiveInfinity && position < bestPosition))
            {
                (best, bestArrival, bestPosition) = (v, arrival, position);
            }
        }
        return _byRoute[(from, to)] = (best, bestArrival);
    }

    /// <summary>The vehicle is no longer free: the answers found so far may change.</summary>
    public void Remove(VehicleView vehicle)
    {
        int i = _groups.FindIndex(g => g.Exists(m => ReferenceEquals(m.Vehicle, vehicle)));
        if (i < 0) return;
        _groups[i].RemoveAll(m => ReferenceEquals(m.Vehicle, vehicle));
        if (_groups[i].Count == 0) _groups.RemoveAt(i);
        _byRoute.Clear();
    }
}

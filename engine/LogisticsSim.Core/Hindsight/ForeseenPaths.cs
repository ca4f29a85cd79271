// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Hindsight;

/// <summary>The fastest foreseen paths from one node at one departure time (<see cref="ForeseenNetwork.From"/>).</summary>
public sealed class ForeseenPaths
{
    private readonly ForeseenNetwork _network;
    private readonly int _source;
    private readonly double _depart;
    private readonly double[] _arrival;
    private readonly int[] _via;
    private readonly bool[] _waits;

    internal ForeseenPaths(ForeseenNetwork network, int source, double depart, double[] arrival, int[] via, bool[] waits)
    {
        _network = network;
        _source = source;
        _depart = depart;
        _arrival = arrival;
        _via = via;
        _waits = waits;
        Reach = arrival.Where(double.IsFinite).Max() - depart;
    }

    /// <summary>Hours to the farthest node reached: how long after departure the search looked at the network.</summary>
    internal double Reach { get; }

    /// <summary>Hours from departure to arrival at <paramref name="to"/>, waits for reopening included; +inf when it cannot be reached.</summary>
    public double Hours(NodeId to) => _arrival[_network.IndexOf(to)] - _depart;

    /// <summary>True when the fastest path to <paramref name="to"/> waits somewhere for a link to reopen.</summary>
    public bool Waits(NodeId to) => _waits[_network.IndexOf(to)];

    /// <summary>The nodes along the fastest path, both ends included; empty when <paramref name="to"/> cannot be reached.</summary>
    public IReadOnlyList<NodeId> Path(NodeId to)
    {
        int target = _network.IndexOf(to);
        if (double.IsPositiveInfinity(_arrival[target])) return [];
        var nodes = new List<NodeId> { to };
        for (int v = target; v != _source; v = _network.ArcStart(_via[v])) nodes.Add(_network.NodeAt(_network.ArcStart(_via[v])));
        nodes.Reverse();
        return nodes;
    }

    /// <summary>Km along the fastest path (0 when <paramref name="to"/> is the start, +inf when it cannot be reached).</summary>
    public double Km(NodeId to)
    {
        int target = _network.IndexOf(to);
        if (double.IsPositiveInfinity(_arrival[target])) return double.PositiveInfinity;
        double km = 0;
        for (int v = target; v != _source; v = _network.ArcStart(_via[v])) km += _network.ArcKm(_via[v]);
        return km;
    }

    /// <summary>The links along the fastest path, in order; empty when there is none or <paramref name="to"/> is the start.</summary>
    public IReadOnlyList<LinkId> Links(NodeId to)
    {
        int target = _network.IndexOf(to);
        if (double.IsPositiveInfinity(_arrival[target])) return [];
        var links = new List<LinkId>();
        for (int v = target; v != _source; v = _network.ArcStart(_via[v])) links.Add(_network.ArcLink(_via[v]));
        links.Reverse();
        return links;
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Network;

/// <summary>
/// The network as it is now during a run: which links are closed or slowed, which nodes work at
/// reduced capacity, and the fastest open paths for a mode at a speed (a vehicle type). Paths are
/// cached per (mode, speed, destination); a hazard drops only the cached paths its change can alter, so that
/// a closure in one province does not send every other province's paths to be searched again.
/// It asks of a vehicle only its mode and speed, so that the network knows nothing of the fleet.
/// </summary>
internal sealed class NetworkState
{
    private readonly TransportNetwork _network;
    private readonly Dictionary<NodeId, int> _index = [];
    private readonly ArcState[] _arcs;
    private readonly List<int>[] _arcsInto; // per node: arcs that end there (for backward Dijkstra)
    private readonly List<int>[] _arcsOutOf; // per node: arcs that start there (for routes over modes)
    private readonly Dictionary<LinkId, List<int>> _arcsOfLink = [];
    private readonly Dictionary<(TransportMode Mode, double SpeedKmh, int Target), PathTree> _trees = [];
    private readonly double[] _nodeCapacityFactor;
    private readonly List<double>[] _nodeCapacityFactors;

    public NetworkState(TransportNetwork network)
    {
        _network = network;
        Nodes = network.Nodes.Select(n => n.Id).ToArray();
        for (int i = 0; i < Nodes.Count; i++) _index[Nodes[i]] = i;
        var arcs = new List<ArcState>();
        foreach (var node in network.Nodes)
        {
            foreach (var arc in network.ArcsFrom(node.Id)) arcs.Add(new ArcState(arc, _index[arc.From], _index[arc.To]));
        }
        _arcs = arcs.ToArray();
        _arcsInto = Nodes.Select(_ => new List<int>()).ToArray();
        _arcsOutOf = Nodes.Select(_ => new List<int>()).ToArray();
        for (int a = 0; a < _arcs.Length; a++)
        {
            _arcsInto[_arcs[a].To].Add(a);
            _arcsOutOf[_arcs[a].From].Add(a);
            var link = _arcs[a].Arc.Link.Id;
            if (!_arcsOfLink.TryGetValue(link, out var list)) _arcsOfLink[link] = list = [];
            list.Add(a);
        }
        _nodeCapacityFactor = Nodes.Select(_ => 1.0).ToArray();
        _nodeCapacityFactors = Nodes.Select(_ => new List<double>()).ToArray();
    }

    public IReadOnlyList<NodeId> Nodes { get; }

    /// <summary>Grows by one at every change, so that cached paths and strategies can tell.</summary>
    public int Version { get; private set; }

    /// <summary>Grows by one whenever a link closes or reopens: which nodes the open links join changes only then.</summary>
    public int ClosureVersion { get; private set; }

    public int IndexOf(NodeId node) => _index[node];

    public Node NodeAt(int index) => _network.GetNode(Nodes[index]);

    public ArcState Arc(int arc) => _arcs[arc];

    /// <summary>The arcs that start at a node, in file order of their links.</summary>
    public IReadOnlyList<int> ArcsFrom(int node) => _arcsOutOf[node];

    /// <summary>Multiplies a node's handling rate (a hazard cutting a port's capacity).</summary>
    public double CapacityFactor(int node) => _nodeCapacityFactor[node];

    /// <summary>Starts (add) or ends (remove) a hazard's factor on a node's handling rate; factors multiply.</summary>
    public void ChangeCapacity(int node, double factor, bool add)
    {
        if (add) _nodeCapacityFactors[node].Add(factor); else _nodeCapacityFactors[node].Remove(factor);
        _nodeCapacityFactor[node] = Product(_nodeCapacityFactors[node]);
        Version++; // paths do not depend on handling rates: every cached one stands
    }

    /// <summary>Recomputed from the active factors, so that ending a hazard restores exactly 1, never 0.999...</summary>
    private static double Product(List<double> factors)
    {
        double p = 1;
        foreach (double f in factors) p *= f;
        return p;
    }

    /// <summary>Closes (+1) or reopens (-1) every arc of a link; overlapping closures nest.</summary>
    public void ChangeClosure(LinkId link, int delta)
    {
        Change(_arcsOfLink[link], a => _arcs[a].Closures += delta);
        ClosureVersion++;
    }

    /// <summary>Starts (add) or ends (remove) a hazard's slowdown factor on a link; factors multiply.</summary>
    public void ChangeSlowdown(LinkId link, double factor, bool add) => Change(_arcsOfLink[link], a =>
    {
        if (add) _arcs[a].Factors.Add(factor); else _arcs[a].Factors.Remove(factor);
        _arcs[a].Slowdown = Product(_arcs[a].Factors);
    });

    /// <summary>The links that touch a node (a hazard on a node closes or slows all of them).</summary>
    public IEnumerable<LinkId> LinksAt(NodeId node) =>
        _network.Links.Where(l => l.From == node || l.To == node).Select(l => l.Id);

    /// <summary>
    /// Changes some arcs, then drops the cached path trees the change can alter: a tree whose path uses an arc that
    /// became slower (or closed), or to which an arc that became faster (or reopened) offers a path as fast or faster
    /// than the tree's. Any other tree is what a new search would find, tie for tie: its hours stand, and each node's
    /// first arc is still the lowest-numbered of those on a fastest path.
    /// </summary>
    private void Change(List<int> arcs, Action<int> change)
    {
        var before = new Dictionary<(TransportMode, double), double[]>();
        foreach (var (mode, speed, _) in _trees.Keys)
        {
            if (!before.ContainsKey((mode, speed))) before[(mode, speed)] = arcs.Select(a => ExpectedHours(a, mode, speed)).ToArray();
        }
        foreach (int a in arcs) change(a);
        Version++;
        List<(TransportMode, double, int)>? stale = null;
        foreach (var (key, tree) in _trees)
        {
            var was = before[(key.Mode, key.SpeedKmh)];
            for (int i = 0; i < arcs.Count; i++)
            {
                if (!Alters(tree, arcs[i], was[i], ExpectedHours(arcs[i], key.Mode, key.SpeedKmh))) continue;
                (stale ??= []).Add(key);
                break;
            }
        }
        if (stale is null) return;
        foreach (var key in stale) _trees.Remove(key);
    }

    /// <summary>Whether an arc's hours going from <paramref name="was"/> to <paramref name="now"/> can alter the tree (see <see cref="Change"/>).</summary>
    private bool Alters(PathTree tree, int arc, double was, double now)
    {
        if (now == was) return false;
        int from = _arcs[arc].From;
        if (now > was) return tree.Next[from] == arc;
        double via = tree.Hours[_arcs[arc].To] + now;
        return via < tree.Hours[from] || (via == tree.Hours[from] && arc < tree.Next[from]);
    }

    /// <summary>Expected hours on an arc for a vehicle of a mode and speed, or +inf when closed or of another mode.</summary>
    public double ExpectedHours(int arc, TransportMode mode, double speedKmh)
    {
        var a = _arcs[arc];
        if (a.Closures > 0 || a.Arc.Mode != mode) return double.PositiveInfinity;
        double baseHours = a.Arc.Link.TravelTimeHours?.Mean ?? a.Arc.Link.LengthKm / speedKmh;
        return baseHours * a.Slowdown;
    }

    /// <summary>A drawn travel time on an arc: the link's distribution if it has one, else km / speed; times the slowdown.</summary>
    public double SampleHours(int arc, double speedKmh, RandomStream rng)
    {
        var a = _arcs[arc];
        double baseHours = a.Arc.Link.TravelTimeHours is { } time ? Math.Max(0, time.Sample(rng)) : a.Arc.Link.LengthKm / speedKmh;
        return baseHours * a.Slowdown;
    }

    /// <summary>Expected hours of the fastest open path, or +inf when there is none.</summary>
    public double Hours(int from, int to, TransportMode mode, double speedKmh) => Tree(to, mode, speedKmh).Hours[from];

    /// <summary>The first arc of the fastest open path from one node to another, or -1 (there already, or no path).</summary>
    public int NextArc(int from, int to, TransportMode mode, double speedKmh) => Tree(to, mode, speedKmh).Next[from];

    /// <summary>Km along the fastest open path (0 when there already, +inf when there is none).</summary>
    public double PathKm(int from, int to, TransportMode mode, double speedKmh)
    {
        var tree = Tree(to, mode, speedKmh);
        if (double.IsPositiveInfinity(tree.Hours[from])) return double.PositiveInfinity;
        double km = 0;
        for (int v = from; v != to; v = _arcs[tree.Next[v]].To) km += _arcs[tree.Next[v]].Arc.Link.LengthKm;
        return km;
    }

    private PathTree Tree(int target, TransportMode mode, double speedKmh)
    {
        if (_trees.TryGetValue((mode, speedKmh, target), out var tree)) return tree;
        tree = Dijkstra(target, mode, speedKmh);
        _trees[(mode, speedKmh, target)] = tree;
        return tree;
    }

    /// <summary>Backward Dijkstra from the target: hours to it from every node, and the arc to take first.</summary>
    private PathTree Dijkstra(int target, TransportMode mode, double speedKmh)
    {
        int n = Nodes.Count;
        var hours = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var next = Enumerable.Repeat(-1, n).ToArray();
        var queue = new PriorityQueue<int, (double Hours, int Node)>();
        hours[target] = 0;
        queue.Enqueue(target, (0, target));
        while (queue.TryDequeue(out int v, out var key))
        {
            if (key.Hours > hours[v]) continue;
            foreach (int a in _arcsInto[v])
            {
                double h = ExpectedHours(a, mode, speedKmh);
                if (double.IsPositiveInfinity(h)) continue;
                int u = _arcs[a].From;
                double via = hours[v] + h;
                // Ties go to the lower arc index, so paths never depend on queue order.
                if (via < hours[u] || (via == hours[u] && next[u] > a))
                {
                    hours[u] = via;
                    next[u] = a;
                    queue.Enqueue(u, (via, u));
                }
            }
        }
        return new PathTree(hours, next);
    }

    private sealed record PathTree(double[] Hours, int[] Next);
}

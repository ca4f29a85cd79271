// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// The network as it will be, from a <see cref="Realisation"/>'s hazards: which link is closed or slowed
/// when. Paths are time-dependent: a vehicle leaving a node at some time may take a link only while it is
/// open when it enters it (as in the model, which checks a link when a vehicle starts along it), and may
/// wait at a node for a link to reopen. Times are expected ones (the link's mean time, or km over speed,
/// times the slowdowns in force when the vehicle enters it).
/// </summary>
public sealed class ForeseenNetwork
{
    private readonly Dictionary<NodeId, int> _index = [];
    private readonly (Link Link, int From, int To)[] _arcs;
    private readonly int[][] _arcsFrom;
    private readonly Dictionary<LinkId, (double Start, double End)[]> _closures = [];
    private readonly Dictionary<LinkId, (double Start, double End, double Factor)[]> _slowdowns = [];
    private readonly double[] _changes;
    private readonly (double Start, double End)[]?[] _closuresOf;                  // per arc: its link's closures, null when none
    private readonly (double Start, double End, double Factor)[]?[] _slowdownsOf;  // per arc: its link's slowdowns, null when none
    private readonly Dictionary<(TransportMode, double, int, ForeseenPathRule, int), ForeseenPaths> _cache = [];

    /// <param name="network">The scenario's network.</param>
    /// <param name="hazards">What happened to it (a realisation's hazards); effects other than closed and slowed change no path.</param>
    public ForeseenNetwork(TransportNetwork network, IEnumerable<RealisedHazard> hazards)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(hazards);
        Nodes = network.Nodes.Select(n => n.Id).ToArray();
        for (int i = 0; i < Nodes.Count; i++) _index[Nodes[i]] = i;
        var arcs = new List<(Link, int, int)>();
        var from = Nodes.Select(_ => new List<int>()).ToArray();
        foreach (var node in network.Nodes)
        {
            foreach (var arc in network.ArcsFrom(node.Id))
            {
                from[_index[arc.From]].Add(arcs.Count);
                arcs.Add((arc.Link, _index[arc.From], _index[arc.To]));
            }
        }
        _arcs = arcs.ToArray();
        _arcsFrom = from.Select(l => l.ToArray()).ToArray();
        var closures = new Dictionary<LinkId, List<(double, double)>>();
        var slowdowns = new Dictionary<LinkId, List<(double, double, double)>>();
        foreach (var h in hazards)
        {
            foreach (var link in h.Links)
            {
                switch (h.Effect)
                {
                    case HazardEffect.Closed:
                        Add(closures, link, (h.Start.Hours, h.End.Hours));
                        break;
                    case HazardEffect.Slowed slowed:
                        Add(slowdowns, link, (h.Start.Hours, h.End.Hours, slowed.Factor));
                        break;
                    case HazardEffect.Capacity or HazardEffect.StockLoss or HazardEffect.DemandSurge:
                        break; // handling, stock and demand: no effect on paths
                    default:
                        throw new InvalidOperationException($"hazard {h.Id}: the foreseen network does not handle the effect '{h.Effect.Name}'");
                }
            }
        }
        foreach (var (link, list) in closures) _closures[link] = list.OrderBy(c => c.Item1).ToArray();
        foreach (var (link, list) in slowdowns) _slowdowns[link] = list.ToArray();
        // Per arc as well, so that a search, which looks at every arc it relaxes, needs no lookup by link.
        _closuresOf = _arcs.Select(a => _closures.GetValueOrDefault(a.Link.Id)).ToArray();
        _slowdownsOf = _arcs.Select(a => _slowdowns.GetValueOrDefault(a.Link.Id)).ToArray();
        _changes = _closures.Values.SelectMany(w => w).SelectMany(w => new[] { w.Start, w.End })
            .Concat(_slowdowns.Values.SelectMany(w => w).SelectMany(w => new[] { w.Start, w.End })).Distinct().Order().ToArray();
    }

    private static void Add<T>(Dictionary<LinkId, List<T>> byLink, LinkId link, T value)
    {
        if (!byLink.TryGetValue(link, out var list)) byLink[link] = list = [];
        list.Add(value);
    }

    /// <summary>The network's nodes, in the scenario's order.</summary>
    public IReadOnlyList<NodeId> Nodes { get; }

    /// <summary>True when a realised closure holds the link at that time.</summary>
    public bool IsClosed(LinkId link, SimTime at) => IsClosed(link, at.Hours);

    private bool IsClosed(LinkId link, double hours) => IsClosed(_closures.GetValueOrDefault(link), hours);

    private static bool IsClosed((double Start, double End)[]? windows, double hours)
    {
        if (windows is null) return false;
        foreach (var (start, end) in windows)
        {
            if (start <= hours && hours < end) return true;
        }
        return false;
    }

    /// <summary>The first time at or after <paramref name="hours"/> when no closure holds the link (closures may overlap or follow on).</summary>
    private static double OpenFrom((double Start, double End)[]? windows, double hours)
    {
        if (windows is null) return hours;
        bool moved = true;
        while (moved)
        {
            moved = false;
            foreach (var (start, end) in windows)
            {
                if (start <= hours && hours < end)
                {
                    hours = end;
                    moved = true;
                }
            }
        }
        return hours;
    }

    private static double Slowdown((double Start, double End, double Factor)[]? windows, double hours)
    {
        if (windows is null) return 1;
        double factor = 1;
        foreach (var (start, end, f) in windows)
        {
            if (start <= hours && hours < end) factor *= f;
        }
        return factor;
    }

    /// <summary>
    /// Earliest arrival at every node for a vehicle type leaving <paramref name="from"/> at <paramref name="depart"/>
    /// (Dijkstra on arrival times; ties to the lower arc index, so results never depend on queue order), under
    /// <paramref name="rule"/>: waiting for links to reopen, never waiting, or the network frozen as at departure.
    /// </summary>
    /// <remarks>
    /// Between two changes of the network (a closure or slowdown beginning or ending) paths do not depend on the
    /// departure time, so a search is kept for its interval and reused for any departure in it whose search would
    /// end before the next change, as long as it met no closed link. That makes the hindsight reference's many
    /// rollouts affordable on large networks, whose hazards are few.
    /// </remarks>
    public ForeseenPaths From(VehicleType type, NodeId from, SimTime depart, ForeseenPathRule rule = ForeseenPathRule.WaitForReopening)
    {
        ArgumentNullException.ThrowIfNull(type);
        int source = _index[from];
        double start = depart.Hours;
        // The first change after the departure (binary search: changes are in order, and rollouts ask often).
        int interval = 0, above = _changes.Length;
        while (interval < above)
        {
            int mid = (interval + above) >>> 1;
            if (_changes[mid] <= start) interval = mid + 1; else above = mid;
        }
        double next = interval < _changes.Length ? _changes[interval] : double.PositiveInfinity;
        var key = (type.Mode, type.SpeedKmh, source, rule, interval);
        if (_cache.TryGetValue(key, out var cached) && (rule == ForeseenPathRule.AsAtDeparture || start + cached.Reach < next)) return cached;
        var paths = Search(type, source, start, rule, out bool metClosure);
        if (rule == ForeseenPathRule.AsAtDeparture || (!metClosure && start + paths.Reach < next)) _cache[key] = paths;
        return paths;
    }

    private ForeseenPaths Search(VehicleType type, int source, double start, ForeseenPathRule rule, out bool metClosure)
    {
        int n = Nodes.Count;
        metClosure = false;
        var arrival = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var via = Enumerable.Repeat(-1, n).ToArray();
        var waits = new bool[n];
        arrival[source] = start;
        var queue = new PriorityQueue<int, (double, int)>();
        queue.Enqueue(source, (start, source));
        while (queue.TryDequeue(out int u, out var key))
        {
            if (key.Item1 > arrival[u]) continue;
            foreach (int a in _arcsFrom[u])
            {
                var (link, _, to) = _arcs[a];
                if (link.Mode != type.Mode) continue;
                var closures = _closuresOf[a];
                double leave = arrival[u];
                if (IsClosed(closures, rule == ForeseenPathRule.AsAtDeparture ? start : leave)) metClosure = true;
                switch (rule)
                {
                    case ForeseenPathRule.WaitForReopening:
                        leave = OpenFrom(closures, leave);
                        break;
                    case ForeseenPathRule.NoWaiting:
                        if (IsClosed(closures, leave)) continue;
                        break;
                    case ForeseenPathRule.AsAtDeparture:
                        if (IsClosed(closures, start)) continue;
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(rule), rule, "a path rule the network does not know");
                }
                double hours = (link.TravelTimeHours?.Mean ?? link.LengthKm / type.SpeedKmh) * Slowdown(_slowdownsOf[a], rule == ForeseenPathRule.AsAtDeparture ? start : leave);
                double at = leave + hours;
                if (at < arrival[to] || (at == arrival[to] && via[to] > a))
                {
                    arrival[to] = at;
                    via[to] = a;
                    waits[to] = waits[u] || leave > arrival[u];
                    queue.Enqueue(to, (at, to));
                }
            }
        }
        return new ForeseenPaths(this, source, start, arrival, via, waits);
    }

    internal NodeId NodeAt(int index) => Nodes[index];

    internal int IndexOf(NodeId node) => _index[node];

    internal int ArcStart(int arc) => _arcs[arc].From;

    internal LinkId ArcLink(int arc) => _arcs[arc].Link.Id;

    internal double ArcKm(int arc) => _arcs[arc].Link.LengthKm;
}

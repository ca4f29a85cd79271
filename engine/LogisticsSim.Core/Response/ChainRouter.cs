// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Response;

/// <summary>
/// The fastest expected way for cargo over modes: a shortest path over (node, mode) pairs, where an arc of a
/// mode costs its expected hours now (closures and slowdowns included) at the fastest speed of the fleet's
/// vehicles of that mode, and changing mode costs the node's transfer time (only at transfer nodes). An arc
/// counts only if a vehicle of its mode can reach its start from its base (<see cref="ModeReach"/>, which the
/// scenario's reachability check shares), for the single modes as for the chains. The route is a chain when it
/// changes mode and is strictly faster than every single mode; otherwise cargo goes as one request.
/// Routes are cached until the network changes.
/// </summary>
internal sealed class ChainRouter
{
    private readonly NetworkState _network;
    private readonly TransportMode[] _modes;
    private readonly double[] _speeds;
    private readonly bool[][] _served;
    private readonly double[] _transferHours;
    private readonly Dictionary<(int From, int To), ChainLeg> _cache = [];
    private int _version = -1;

    public ChainRouter(NetworkState network, TransportNetwork layout, IReadOnlyList<VehicleType> fleet)
    {
        _network = network;
        var types = fleet.Where(t => t.Count > 0).ToArray();
        _modes = types.Select(t => t.Mode).Distinct().Order().ToArray();
        _speeds = _modes.Select(m => types.Where(t => t.Mode == m).Max(t => t.SpeedKmh)).ToArray();
        int n = network.Nodes.Count;
        _transferHours = Enumerable.Range(0, n).Select(i => network.NodeAt(i).TransferHours ?? double.NaN).ToArray();
        HasTransfers = _transferHours.Any(h => !double.IsNaN(h)) && _modes.Length > 1;
        var reach = ModeReach.Served(layout, types.Select(t => (t.Mode, t.Base)));
        _served = _modes.Select(m =>
        {
            var served = new bool[n];
            foreach (var node in reach[m]) served[network.IndexOf(node)] = true;
            return served;
        }).ToArray();
    }

    /// <summary>Whether any request may become a chain: some node allows transfers and the fleet has two modes.</summary>
    public bool HasTransfers { get; }

    /// <summary>
    /// The first leg of the fastest route from one node to another now: to the first transfer node when the
    /// route is a chain, else straight to the destination (by the fastest single mode, the one named). Null
    /// when the route is not a chain and there is no route at all.
    /// </summary>
    public ChainLeg? FirstLeg(int from, int to)
    {
        if (_version != _network.Version)
        {
            _cache.Clear();
            _version = _network.Version;
        }
        if (_cache.TryGetValue((from, to), out var cached)) return cached;
        var leg = Route(from, to);
        if (leg is { } l) _cache[(from, to)] = l;
        return leg;
    }

    private ChainLeg? Route(int from, int to)
    {
        int bestDirect = -1;
        double direct = double.PositiveInfinity;
        for (int m = 0; m < _modes.Length; m++)
        {
            // A mode no vehicle can bring to the origin carries nothing from there, however short its path.
            if (!_served[m][from]) continue;
            double h = _network.Hours(from, to, _modes[m], _speeds[m]);
            if (h < direct) (direct, bestDirect) = (h, m);
        }
        var chain = Shortest(from, to);
        if (chain is { } c && c.Hours < direct - 1e-9) return c.First;
        return bestDirect < 0 ? null : new ChainLeg(to, _modes[bestDirect], IsChain: false);
    }

    /// <summary>Dijkstra over (node, mode) states from the origin; the first leg of the best route if it changes mode, else null.</summary>
    private (double Hours, ChainLeg First)? Shortest(int from, int to)
    {
        int n = _network.Nodes.Count, k = _modes.Length;
        var hours = Enumerable.Repeat(double.PositiveInfinity, n * k).ToArray();
        var previous = Enumerable.Repeat(-1, n * k).ToArray();
        var queue = new PriorityQueue<int, (double Hours, int State)>();
        for (int m = 0; m < k; m++)
        {
            hours[from * k + m] = 0;
            queue.Enqueue(from * k + m, (0, from * k + m));
        }
        while (queue.TryDequeue(out int s, out var key))
        {
            if (key.Hours > hours[s]) continue;
            int u = s / k, m = s % k;
            if (u == to) break;
            void Relax(int next, double h)
            {
                // Ties keep the first way found: states leave the queue in (hours, state) order, so that is deterministic.
                if (h < hours[next])
                {
                    hours[next] = h;
                    previous[next] = s;
                    queue.Enqueue(next, (h, next));
                }
            }
            if (_served[m][u])
            {
                foreach (int a in _network.ArcsFrom(u))
                {
                    double h = _network.ExpectedHours(a, _modes[m], _speeds[m]);
                    if (!double.IsPositiveInfinity(h)) Relax(_network.Arc(a).To * k + m, key.Hours + h);
                }
            }
            if (u != from && !double.IsNaN(_transferHours[u]))
            {
                for (int other = 0; other < k; other++)
                {
                    if (other != m) Relax(u * k + other, key.Hours + _transferHours[u]);
                }
            }
        }
        int end = -1;
        for (int m = 0; m < k; m++)
        {
            if (end < 0 || hours[to * k + m] < hours[end]) end = to * k + m;
        }
        if (double.IsPositiveInfinity(hours[end])) return null;
        // Walk back to the origin: the first change of mode ends the first leg.
        int firstTransfer = -1;
        for (int s = end; previous[s] >= 0; s = previous[s])
        {
            if (previous[s] / k == s / k) firstTransfer = s / k; // a change of mode at a node
        }
        if (firstTransfer < 0) return null;
        int start = end;
        while (previous[start] >= 0) start = previous[start];
        return (hours[end], new ChainLeg(firstTransfer, _modes[start % k], IsChain: true));
    }
}

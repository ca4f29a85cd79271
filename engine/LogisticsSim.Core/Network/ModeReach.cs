// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>
/// Where cargo may cross the arcs of a mode: at the nodes some vehicle of that mode can reach from its base,
/// travelling empty over its own mode's links (hazards aside). The scenario's reachability check and the
/// chain router both ask this one function, so that a route the router takes is one the check allowed,
/// and the check allows only routes the router can take.
/// </summary>
internal static class ModeReach
{
    /// <summary>For each mode of the given vehicles' (mode, base) pairs, the nodes a vehicle of that mode can reach, in a set.</summary>
    public static Dictionary<TransportMode, HashSet<NodeId>> Served(TransportNetwork network, IEnumerable<(TransportMode Mode, NodeId Base)> vehicles)
    {
        var served = new Dictionary<TransportMode, HashSet<NodeId>>();
        foreach (var (mode, start) in vehicles)
        {
            if (!served.TryGetValue(mode, out var reached)) served[mode] = reached = [];
            if (!reached.Add(start)) continue;
            var queue = new Queue<NodeId>([start]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var arc in network.ArcsFrom(node))
                {
                    if (arc.Mode == mode && reached.Add(arc.To)) queue.Enqueue(arc.To);
                }
            }
        }
        return served;
    }
}

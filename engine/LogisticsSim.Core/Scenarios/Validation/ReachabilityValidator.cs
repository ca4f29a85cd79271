// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// Every demand must be deliverable by some chain of vehicles, hazards aside: cargo may cross an arc only
/// if a vehicle of the arc's mode can reach the arc's start from its base, travelling empty over its own
/// mode's links. Cargo changes mode only at transfer nodes (<c>transfer_h</c>), as the model carries it.
/// Runs only on an otherwise valid scenario, where every reference resolves.
/// </summary>
internal sealed class ReachabilityValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        var network = scenario.Network;
        var served = ServedNodes(scenario);
        var cache = new Dictionary<NodeId, HashSet<NodeId>>();
        HashSet<NodeId> From(NodeId origin) =>
            cache.TryGetValue(origin, out var set) ? set : cache[origin] = CargoReach(network, served, origin);

        var errors = new List<ScenarioError>();
        void Check(string path, NodeId from, NodeId to)
        {
            if (From(from).Contains(to)) return;
            errors.Add(source.Error(path, $"'{to}'",
                $"a destination reachable from '{from}' over links whose mode has a vehicle that can get to them from its base, changing mode only at transfer nodes (transfer_h) (hazards aside)"));
        }

        var d = scenario.Demand;
        for (int i = 0; i < d.Requests.Count; i++) Check($"demand.requests[{i}].to", d.Requests[i].From, d.Requests[i].To);
        for (int i = 0; i < d.Arrivals.Count; i++)
        {
            var a = d.Arrivals[i];
            for (int k = 0; k < a.To.Count; k++)
            {
                string path = source.Contains($"demand.arrivals[{i}].to[{k}]") ? $"demand.arrivals[{i}].to[{k}]" : $"demand.arrivals[{i}].to";
                Check(path, a.From, a.To[k]);
            }
        }
        for (int i = 0; i < d.Needs.Count; i++) Check($"demand.needs[{i}].at", d.Needs[i].From, d.Needs[i].At);
        return errors;
    }

    /// <summary>For each mode, the nodes some vehicle of that mode can reach from its base (the chain router asks the same function).</summary>
    private static Dictionary<TransportMode, HashSet<NodeId>> ServedNodes(Scenario scenario) =>
        ModeReach.Served(scenario.Network, scenario.Fleet.Where(v => v.Count > 0).Select(v => (v.Mode, v.Base)));

    /// <summary>
    /// Nodes cargo can reach from <paramref name="origin"/> over arcs whose start a vehicle of the arc's mode
    /// can reach, changing mode only at the origin and at transfer nodes: a search over (node, mode) pairs.
    /// </summary>
    private static HashSet<NodeId> CargoReach(TransportNetwork network, Dictionary<TransportMode, HashSet<NodeId>> served, NodeId origin)
    {
        var seen = new HashSet<(NodeId, TransportMode)>();
        var queue = new Queue<(NodeId Node, TransportMode Mode)>();
        void Visit(NodeId node, TransportMode mode)
        {
            if (served.ContainsKey(mode) && seen.Add((node, mode))) queue.Enqueue((node, mode));
        }
        foreach (var mode in served.Keys.Order()) Visit(origin, mode);
        while (queue.TryDequeue(out var state))
        {
            if (network.GetNode(state.Node).TransferHours is not null)
            {
                foreach (var mode in served.Keys.Order()) Visit(state.Node, mode);
            }
            if (!served[state.Mode].Contains(state.Node)) continue;
            foreach (var arc in network.ArcsFrom(state.Node))
            {
                if (arc.Mode == state.Mode) Visit(arc.To, arc.Mode);
            }
        }
        return seen.Select(s => s.Item1).ToHashSet();
    }
}

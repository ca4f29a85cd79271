// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Maps;

/// <summary>The network as data for a map: nodes at their coordinates, links with flows and hazards, destination coverage, and chain flows.</summary>
/// <param name="Title">The map's title.</param>
/// <param name="Nodes">Nodes in file order.</param>
/// <param name="Links">Links in file order.</param>
public sealed record NetworkMap(string Title, IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapLink> Links)
{
    /// <summary>Legs of chains added up per (from, to, mode), in that order; empty without legs.csv.</summary>
    public IReadOnlyList<MapChainFlow> ChainFlows { get; init; } = [];

    /// <summary>
    /// The scenario's network, with the flows and coverage of one strategy's timeline when there is one, and
    /// the legs of its chains (legs.csv of the same run, over <paramref name="replications"/>) when given.
    /// </summary>
    public static NetworkMap Of(Scenario scenario, StrategyTimeline? flows, IReadOnlyList<LegRecord>? legs = null, int replications = 0) =>
        Of(scenario, flows) with { ChainFlows = Chains(legs ?? [], replications) };

    /// <summary>The scenario's network, with the flows and coverage of one strategy's timeline when there is one.</summary>
    public static NetworkMap Of(Scenario scenario, StrategyTimeline? flows)
    {
        var tonnes = flows?.Timeline.LinkTonnes.ToDictionary(f => f.Link, f => f.Tonnes, StringComparer.Ordinal) ?? [];
        var coverage = flows is null ? [] : Coverage(flows.Timeline);
        var delivered = flows is null ? [] : Delivered(flows.Timeline);
        var nodes = scenario.Network.Nodes.Select(n => new MapNode(n.Id.Value, n.Kind.ToString().ToLowerInvariant(), n.Location.LatitudeDeg, n.Location.LongitudeDeg,
            coverage.TryGetValue(n.Id.Value, out double c) ? c : null, n.TransferHours is not null, delivered.GetValueOrDefault(n.Id.Value), n.Population)).ToArray();
        var links = scenario.Network.Links.Select(l => new MapLink(l.Id.Value, l.From.Value, l.To.Value, LinkId.ModeName(l.Mode),
            tonnes.GetValueOrDefault(l.Id.Value), HasHazard<HazardEffect.Closed>(scenario, l), HasHazard<HazardEffect.Slowed>(scenario, l))).ToArray();
        string title = flows is null ? $"{scenario.Name}: the network" : $"{scenario.Name}: the network and its flows ({flows.Strategy}, mean tonnes per replication)";
        return new NetworkMap(title, nodes, links);
    }

    /// <summary>
    /// Legs added up per (from, to, mode): the tonnes that reached each leg's end (every piece of it), per replication
    /// (over the replications given, or those legs.csv names when none is given).
    /// </summary>
    private static MapChainFlow[] Chains(IReadOnlyList<LegRecord> legs, int replications)
    {
        if (legs.Count == 0) return [];
        double n = Math.Max(1, replications > 0 ? replications : legs.Select(l => l.Replication).Distinct().Count());
        return legs.GroupBy(l => (l.From, l.To, l.Mode))
            .OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal).ThenBy(g => g.Key.Mode, StringComparer.Ordinal)
            .Select(g => new MapChainFlow(g.Key.From, g.Key.To, g.Key.Mode, g.Sum(l => l.TonnesDelivered) / n)).ToArray();
    }

    /// <summary>Tonnes delivered by the horizon, per destination.</summary>
    private static Dictionary<string, double> Delivered(Timeline t) =>
        t.Series.Where(s => s.Measure == TimelineMeasures.DeliveredByDestination).ToDictionary(s => s.Key, s => s.Values[^1], StringComparer.Ordinal);

    /// <summary>Delivered over requested tonnes at the horizon, per destination.</summary>
    private static Dictionary<string, double> Coverage(Timeline t)
    {
        var delivered = Delivered(t);
        return t.Series.Where(s => s.Measure == TimelineMeasures.RequestedByDestination && s.Values[^1] > 0)
            .ToDictionary(s => s.Key, s => Math.Clamp(delivered.GetValueOrDefault(s.Key) / s.Values[^1], 0, 1), StringComparer.Ordinal);
    }

    /// <summary>A hazard of this effect on the link itself, or on one of its ends, that can happen.</summary>
    private static bool HasHazard<TEffect>(Scenario scenario, Link link) where TEffect : HazardEffect =>
        scenario.Hazards.Any(h => h.Effect is TEffect && h.Probability > 0 && (h.Link == link.Id || h.Node == link.From || h.Node == link.To));
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Experiments.Criticality;

/// <summary>
/// The changes a criticality study runs, one per target, in scenario order (links, nodes, fleet, stock). Losses:
/// every link and node disrupted, each fleet entry minus one unit and minus half its units, each stock entry
/// halved. Gains (<c>--gains</c>): each fleet entry plus one unit, each stock entry up by half, each node with a
/// storage limit given half as much room again, each link with a hazard made resilient.
/// </summary>
public static class CriticalityTargets
{
    /// <summary>The kinds of target a study may name, in the order it runs them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["links", "nodes", "fleet", "stock"];

    /// <summary>The share a gain adds to a stock entry or a node's storage.</summary>
    public const double GainShare = 0.5;

    /// <summary>The share a loss takes from a stock entry.</summary>
    public const double LossShare = 0.5;

    /// <summary>The changes for the kinds named, disrupting links and nodes by <paramref name="disruption"/> from <paramref name="from"/> for <paramref name="duration"/> (null: to the horizon).</summary>
    public static IReadOnlyList<ScenarioChange> Build(Scenario scenario, IReadOnlyCollection<string> kinds, Disruption disruption, SimTime from, SimTime? duration, bool gains)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(disruption);
        var changes = new List<ScenarioChange>();
        if (kinds.Contains("links"))
        {
            if (gains)
            {
                var hazardous = scenario.Hazards.Where(h => h.Link is not null).Select(h => h.Link!.Value).ToHashSet();
                changes.AddRange(scenario.Network.Links.Where(l => hazardous.Contains(l.Id)).Select(l => new ScenarioChange.HazardsRemoved(l.Id)));
            }
            else if (disruption.ActsOnLinks)
            {
                changes.AddRange(scenario.Network.Links.Select(l => new ScenarioChange.Disrupted(l.Id, null, disruption, from, duration)));
            }
        }
        if (kinds.Contains("nodes"))
        {
            if (gains)
            {
                changes.AddRange(scenario.Network.Nodes.Where(n => n.HasStorageLimit).Select(n => new ScenarioChange.StorageScaled(n.Id, 1 + GainShare)));
            }
            else
            {
                // A handling cut means nothing where the scenario sets no handling rate.
                var nodes = disruption.ActsOnLinks ? scenario.Network.Nodes : scenario.Network.Nodes.Where(n => n.HandlingTonnesPerHour is not null);
                changes.AddRange(nodes.Select(n => new ScenarioChange.Disrupted(null, n.Id, disruption, from, duration)));
            }
        }
        if (kinds.Contains("fleet"))
        {
            foreach (var v in scenario.Fleet)
            {
                if (gains)
                {
                    changes.Add(new ScenarioChange.FleetResized(v.Id.Value, 1));
                    continue;
                }
                if (v.Count == 0) continue;
                changes.Add(new ScenarioChange.FleetResized(v.Id.Value, -1));
                // Half, rounded down, unless that is the one unit already removed (or none).
                int half = v.Count / 2;
                if (half > 1) changes.Add(new ScenarioChange.FleetResized(v.Id.Value, -half));
            }
        }
        if (kinds.Contains("stock"))
        {
            var names = scenario.Stock.Select(s => $"{s.At.Value}/{s.Item.Value}").ToArray();
            for (int i = 0; i < scenario.Stock.Count; i++)
            {
                // Two entries of the same item at the same node are told apart by their place in the list.
                string name = names.Count(n => n == names[i]) > 1 ? $"{names[i]}#{i}" : names[i];
                changes.Add(new ScenarioChange.StockScaled(i, name, gains ? 1 + GainShare : 1 - LossShare));
            }
        }
        return changes;
    }

    /// <summary>The links that carried nothing in any replication, from each replication's tonnes per link id: screened out of a study of losses.</summary>
    public static IReadOnlySet<LinkId> Idle(Scenario scenario, IEnumerable<IEnumerable<(string Link, double Tonnes)>> replications)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(replications);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var replication in replications)
        {
            foreach (var (link, tonnes) in replication)
            {
                if (tonnes > 0) used.Add(link);
            }
        }
        return scenario.Network.Links.Where(l => !used.Contains(l.Id.Value)).Select(l => l.Id).ToHashSet();
    }
}

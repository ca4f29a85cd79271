// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>Ids must name one thing each: nodes, links, fleet entries, items, requests, streams, needs, hazards; one stock entry per node and item; one breakdown law per mode or fleet entry.</summary>
internal sealed class UniqueIdValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        var d = scenario.Demand;
        return Distinct(source, "network.nodes", "a unique node id", scenario.Network.Nodes.Select(n => n.Id.Value))
            .Concat(DistinctLinks(scenario.Network.Links, source))
            .Concat(Distinct(source, "fleet", "a unique fleet id", scenario.Fleet.Select(v => v.Id.Value)))
            .Concat(Distinct(source, "items", "a unique item id", scenario.Items.Select(i => i.Id.Value)))
            .Concat(Distinct(source, "demand.requests", "a unique request id", d.Requests.Select(r => r.Id)))
            .Concat(Distinct(source, "demand.arrivals", "a unique stream id", d.Arrivals.Select(a => a.Id)))
            .Concat(Distinct(source, "demand.needs", "a unique need id (two needs for one node and item need an id each)", d.Needs.Select(n => n.Id)))
            .Concat(Distinct(source, "demand.storage", "a unique storage request id", d.Storage.Select(r => r.Id)))
            .Concat(Distinct(source, "supply", "a unique supply id", scenario.Supply.Select(s => s.Id)))
            .Concat(Distinct(source, "hazards", "a unique hazard id", scenario.Hazards.Select(h => h.Id)))
            .Concat(Distinct(source, "stock", "one stock entry per node and item", scenario.Stock.Select(s => $"{s.Item} at {s.At}"), key: null))
            .Concat(Distinct(source, "breakdowns", "one breakdown entry per mode or fleet id",
                scenario.Breakdowns.Select(b => b.Fleet?.Value ?? (b.Mode is { } m ? LinkId.ModeName(m) : "")), key: null))
            .Concat(NoLegMark(scenario, source));
    }

    /// <summary>
    /// Where cargo may change mode, a chain's legs are named REQUEST#N: a request, stream or need id with a '#' could
    /// be taken for a leg of another request, so it is refused before the run rather than found clashing in it.
    /// </summary>
    private static IEnumerable<ScenarioError> NoLegMark(Scenario scenario, SourceMap source)
    {
        if (!scenario.Network.Nodes.Any(n => n.TransferHours is not null)) yield break;
        var d = scenario.Demand;
        foreach (var (list, ids) in new (string, IEnumerable<string>)[]
                 {
                     ("demand.requests", d.Requests.Select(r => r.Id)), ("demand.arrivals", d.Arrivals.Select(a => a.Id)),
                     ("demand.needs", d.Needs.Select(n => n.Id)),
                 })
        {
            int i = 0;
            foreach (string id in ids)
            {
                string path = $"{list}[{i++}].id";
                if (id.Contains('#', StringComparison.Ordinal) && !source.HasErrorAt(path))
                {
                    yield return source.Error(path, $"'{id}'", "an id without '#' (a node allows transfers, and a chain's legs are named REQUEST#N)");
                }
            }
        }
    }

    /// <summary>Reports each id seen before in the same list, at its <paramref name="key"/> (or at the entry when null).</summary>
    internal static IEnumerable<ScenarioError> Distinct(SourceMap source, string list, string expected, IEnumerable<string> ids, string? key = "id")
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        foreach (string id in ids)
        {
            string entry = $"{list}[{i++}]";
            string path = key is null ? entry : $"{entry}.{key}";
            if (id.Length == 0 || source.HasErrorAt(path)) continue;
            if (first.TryGetValue(id, out string? earlier)) yield return source.Error(path, Words.Again(id, source, earlier), expected);
            else first[id] = path;
        }
    }

    /// <summary>
    /// Explicit ids, and the from-to-mode names of links without one, must each name one link.
    /// Parallel links with explicit ids may share ends and mode: only their ids must differ.
    /// </summary>
    private static IEnumerable<ScenarioError> DistinctLinks(IReadOnlyList<Link> links, SourceMap source)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < links.Count; i++)
        {
            var link = links[i];
            bool derived = link.Id == LinkId.Derived(link.From, link.To, link.Mode);
            string path = derived ? $"network.links[{i}]" : $"network.links[{i}].id";
            if (new[] { "id", "from", "to", "mode" }.Any(k => source.HasErrorAt($"network.links[{i}].{k}"))) continue;
            IEnumerable<string> names = derived ? TransportNetwork.ReferencesOf(link).Distinct(StringComparer.Ordinal) : [link.Id.Value];
            foreach (string name in names)
            {
                if (first.TryGetValue(name, out string? earlier))
                {
                    yield return source.Error(path, $"link {Words.Again(name, source, earlier)}",
                        "one link per pair of nodes and mode, or an id on each parallel link");
                    break;
                }
                first[name] = path;
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// Every reference names something that exists: nodes (bases, link ends, stock, supply, demand, hazards), items,
/// fleet entries (breakdowns) and links (hazards), with a did-you-mean for near misses. References into a
/// section that itself failed to read are skipped: that section's own error says it all.
/// </summary>
internal sealed class ReferenceValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        var nodes = scenario.Network.Nodes.Select(n => n.Id.Value).ToHashSet(StringComparer.Ordinal);
        var items = scenario.Items.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        var fleet = scenario.Fleet.Select(v => v.Id.Value).ToHashSet(StringComparer.Ordinal);
        var errors = new List<ScenarioError>();

        void Check(string path, string id, HashSet<string> known, string section, string what)
        {
            if (known.Contains(id) || source.HasErrorAt(path) || source.HasErrorAt(section)) return;
            errors.Add(Words.Unknown(source, path, id, what, known.Order(StringComparer.Ordinal).ToArray()));
        }

        void Node(string path, NodeId id) => Check(path, id.Value, nodes, "network.nodes", "node id");
        void Item(string path, ItemId id) => Check(path, id.Value, items, "items", "item id");

        Each(scenario.Network.Links, "network.links", (p, l) => { Node($"{p}.from", l.From); Node($"{p}.to", l.To); });
        Each(scenario.Fleet, "fleet", (p, v) => Node($"{p}.base", v.Base));
        Each(scenario.Stock, "stock", (p, s) => { Node($"{p}.at", s.At); Item($"{p}.item", s.Item); });
        Each(scenario.Supply, "supply", (p, s) => { Node($"{p}.at", s.At); Item($"{p}.item", s.Item); });
        Each(scenario.Demand.Storage, "demand.storage", (p, s) => { Node($"{p}.at", s.At); Item($"{p}.item", s.Item); });
        Each(scenario.Demand.Requests, "demand.requests", (p, r) => { Item($"{p}.item", r.Item); Node($"{p}.from", r.From); Node($"{p}.to", r.To); });
        Each(scenario.Demand.Arrivals, "demand.arrivals", (p, a) =>
        {
            Item($"{p}.item", a.Item);
            Node($"{p}.from", a.From);
            for (int k = 0; k < a.To.Count; k++) Node(source.Contains($"{p}.to[{k}]") ? $"{p}.to[{k}]" : $"{p}.to", a.To[k]);
        });
        Each(scenario.Demand.Needs, "demand.needs", (p, n) => { Node($"{p}.at", n.At); Item($"{p}.item", n.Item); Node($"{p}.from", n.From); });
        Each(scenario.Hazards, "hazards", (p, h) =>
        {
            if (h.Node is { } node) Node($"{p}.node", node);
            if (h.Link is { } link && !source.HasErrorAt($"{p}.link")) errors.AddRange(LinkError(scenario.Network, source, $"{p}.link", link.Value));
        });
        Each(scenario.Breakdowns, "breakdowns", (p, b) =>
        {
            if (b.Fleet is { } id) Check($"{p}.fleet", id.Value, fleet, "fleet", "fleet id");
        });
        return errors;
    }

    private static void Each<T>(IReadOnlyList<T> list, string path, Action<string, T> check)
    {
        for (int i = 0; i < list.Count; i++) check($"{path}[{i}]", list[i]);
    }

    /// <summary>A link reference must name exactly one link.</summary>
    internal static IEnumerable<ScenarioError> LinkError(TransportNetwork network, SourceMap source, string path, string reference)
    {
        var named = network.FindLinks(reference);
        if (named.Count == 1 || source.HasErrorAt("network.links")) yield break;
        if (named.Count == 0)
        {
            yield return Words.Unknown(source, path, reference, "link id or from-to-mode", network.LinkReferences.ToArray());
            yield break;
        }
        string ids = string.Join(", ", named.Select(l => l.Id.Value));
        yield return source.Error(path, $"'{reference}', which names {named.Count} links ({ids})", "a reference to one link: use its id");
    }
}

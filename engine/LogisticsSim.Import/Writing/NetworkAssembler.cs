// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Places;
using LogisticsSim.Import.Roads;

namespace LogisticsSim.Import.Writing;

/// <summary>
/// Puts the pieces together: places snapped to vertices, the graph collapsed around them, junctions numbered
/// J0001, J0002, ... in file order, links named, and the connected components found.
/// </summary>
internal static class NetworkAssembler
{
    /// <summary>A connector between two places sharing a vertex is at least this long: the format wants km &gt; 0.</summary>
    private const double MinConnectorKm = 0.001;

    public static ImportedNetwork Assemble(RoadGraph graph, IReadOnlyList<Place> places, string roadsFile)
    {
        var snaps = PlaceSnapper.Snap(graph, places);
        var (kept, chains) = ChainCollapser.Collapse(graph, snaps.Where(s => s.Owner).Select(s => s.Cluster).ToHashSet());
        var nodes = new List<ImportedNode>();
        var idOf = new Dictionary<int, string>();
        for (int i = 0; i < places.Count; i++)
        {
            var (cluster, owner, km) = snaps[i];
            var place = places[i];
            string moved = km < 0.0005 ? "on a road vertex" : $"{Yaml.Number(km, 3)} km to the road";
            if (owner) idOf[cluster] = place.Id;
            nodes.Add(new ImportedNode(place.Id, place.Kind, owner ? graph.Location(cluster) : place.Location, place,
                owner ? $"{place.Source}, {moved}" : $"{place.Source}, joined to {idOf[cluster]}'s vertex by a connector"));
        }
        var junctions = kept.Where(c => !idOf.ContainsKey(c)).ToList();
        int width = Math.Max(4, junctions.Count.ToString(CultureInfo.InvariantCulture).Length);
        for (int j = 0; j < junctions.Count; j++)
        {
            string id = "J" + (j + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            idOf[junctions[j]] = id;
            nodes.Add(new ImportedNode(id, NodeKind.Junction, graph.Location(junctions[j]), null, null));
        }
        var links = new List<ImportedLink>();
        var pairs = new Dictionary<(string, string, TransportMode), int>();
        string? IdFor(string a, string b, TransportMode mode)
        {
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b, mode) : (b, a, mode);
            int n = pairs[key] = pairs.GetValueOrDefault(key) + 1;
            return n == 1 ? null : $"{a}-{b}-{Mode(mode)}-{n}";
        }
        foreach (var chain in chains)
        {
            string from = idOf[chain.From], to = idOf[chain.To];
            links.Add(new ImportedLink(IdFor(from, to, chain.Attributes.Mode), from, to, chain.Attributes.Mode, chain.Km,
                chain.Attributes.SpeedKmh is { } kmh ? chain.Km / kmh : null, Describe(chain, roadsFile)));
        }
        for (int i = 0; i < places.Count; i++)
        {
            var (cluster, owner, km) = snaps[i];
            if (owner) continue;
            var mode = graph.Segments[graph.Incident(cluster)[0]].Attributes.Mode;
            links.Add(new ImportedLink(IdFor(places[i].Id, idOf[cluster], mode), places[i].Id, idOf[cluster], mode, Math.Max(MinConnectorKm, km), null,
                $"connector: {places[i].Id} and {idOf[cluster]} share the nearest road vertex"));
        }
        return new ImportedNetwork(nodes, links, Components(nodes, links), chains.Sum(c => c.Collapsed));
    }

    public static string Mode(TransportMode mode) => mode.ToString().ToLowerInvariant();

    private static string Describe(Chain chain, string roadsFile)
    {
        var f = chain.Features;
        string features = f.Count == 1 ? $"feature {f[0]}" : f.Count <= 4 ? $"features {string.Join(", ", f)}" : $"features {f[0]}, {f[1]}, ... {f[^1]} ({f.Count})";
        string surface = chain.Attributes.Surface is { } s ? $", {s}" : "";
        string speed = chain.Attributes.SpeedKmh is { } kmh ? $", {Yaml.Number(kmh, 1)} km/h" : "";
        return $"{Path.GetFileName(roadsFile)} {features}{surface}{speed}";
    }

    /// <summary>Connected components over links of every mode, largest first (ties: the one with the earlier node).</summary>
    private static List<IReadOnlyList<int>> Components(List<ImportedNode> nodes, List<ImportedLink> links)
    {
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int v)
        {
            while (parent[v] != v) v = parent[v] = parent[parent[v]];
            return v;
        }
        foreach (var link in links)
        {
            int a = Find(index[link.From]), b = Find(index[link.To]);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
        return Enumerable.Range(0, nodes.Count).GroupBy(Find)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .OrderByDescending(g => g.Count).ThenBy(g => g[0]).ToList();
    }
}

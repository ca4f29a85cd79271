// SPDX-License-Identifier: Apache-2.0
using System.Text;
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Writing;

/// <summary>
/// Writes the imported scenario as YAML in the shipped scenarios' style: a header comment citing the inputs
/// and listing disconnected components, one flow mapping per node and link with a comment saying where it came
/// from, and commented placeholders (fleet, items, stock, needs) that validate and run until the planner
/// replaces them. Same inputs, same bytes: nothing depends on the clock or the machine.
/// </summary>
internal static class ScenarioWriter
{
    private const int ListedPerComponent = 12;

    public static string Write(string name, ImportedNetwork network, ImportSources sources, Placeholders placeholders)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        foreach (string line in Header(name, network, sources)) Line(line.Length == 0 ? "#" : "# " + line);
        Line();
        Line("scenario:");
        Line($"  name: {Yaml.Text(name)}");
        Line($"  description: {Yaml.Text("Imported from " + string.Join(", ", new[] { sources.Roads, sources.Places, sources.Population }.OfType<string>().Select(Path.GetFileName)))}");
        Line();
        Line($"horizon: {Placeholders.HorizonDays}d                      # PLACEHOLDER: the span to simulate");
        Line("seed: 1");
        Line();
        Line("network:");
        Line("  detour: 1.3                    # only for links written without km (none are, as imported)");
        Line("  nodes:");
        foreach (var node in network.Nodes) Line("    - " + Node(node));
        Line("  links:");
        foreach (var link in network.Links) Line("    - " + Link(link));
        Line();
        WritePlaceholders(Line, network, placeholders);
        return text.ToString();
    }

    private static IEnumerable<string> Header(string name, ImportedNetwork network, ImportSources s)
    {
        yield return $"Scenario: {name}, imported by `logisticssim import` from the files below.";
        yield return "Covers: the road network, its places and their population as the inputs give them. The fleet, items,";
        yield return "stock, needs and horizon are PLACEHOLDERS, there only so that the file validates and runs: edit them.";
        yield return "";
        yield return "Inputs:";
        yield return $"  roads: {Path.GetFileName(s.Roads)}, {s.RoadFeatures} features ({s.RoadFeatures - s.MultiLineFeatures} LineString, {s.MultiLineFeatures} MultiLineString), {s.Vertices} vertices";
        if (s.Places is not null)
        {
            var kinds = network.Nodes.Where(n => n.Place?.Source.StartsWith(s.Places, StringComparison.Ordinal) == true)
                .GroupBy(n => n.Kind).OrderBy(g => g.Key).Select(g => Count(g.Count(), g.Key.ToString().ToLowerInvariant()));
            yield return $"  places: {Path.GetFileName(s.Places)}, {s.PlaceCount} places ({string.Join(", ", kinds)})";
        }
        if (s.Population is not null)
        {
            yield return $"  population: {Path.GetFileName(s.Population)}, {s.PopulationRows} rows, HXL tags {s.PopulationTags}; rows matched to districts by";
            yield return $"    #adm2+code, then #adm2+name; {Count(s.DistrictsAdded, "district")} added from rows the places do not list (at #geo+lat, #geo+lon)";
        }
        yield return $"Snapping: line ends within {Yaml.Number(s.ToleranceMetres, 3)} m of another vertex join it (haversine on a sphere of {GeoPoint.EarthRadiusKm} km),";
        yield return $"  {Count(s.MovedEnds, "end")} moved; {Count(s.VanishedSegments, "segment")} shorter than that merged away. Places go to the nearest road vertex.";
        yield return $"Network: {network.Nodes.Count} nodes ({network.Nodes.Count(n => n.Place is not null)} places, {network.Nodes.Count(n => n.Place is null)} junctions), " +
            $"{network.Links.Count} links, {Yaml.Number(network.TotalKm, 1)} km; {Count(network.CollapsedVertices, "vertex", "vertices")} of degree 2 collapsed into links";
        yield return "  (a link's km sums its segments' great-circle lengths between the snapped vertices).";
        foreach (string line in ComponentLines(network)) yield return line;
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    /// <summary>The components other than the largest, each listed: the user decides whether to join them or delete them.</summary>
    public static IEnumerable<string> ComponentLines(ImportedNetwork network)
    {
        var c = network.Components;
        if (c.Count <= 1)
        {
            yield return "Components: 1, every node is connected to every other.";
            yield break;
        }
        yield return $"Components: {c.Count}; the largest has {c[0].Count} nodes. Not connected to it (kept as they are: join or delete them):";
        for (int i = 1; i < c.Count; i++)
        {
            var ids = c[i].Take(ListedPerComponent).Select(n => network.Nodes[n].Id);
            string more = c[i].Count > ListedPerComponent ? ", ..." : "";
            yield return $"  component {i + 1}: {c[i].Count} nodes: {string.Join(", ", ids)}{more}";
        }
    }

    private static string Node(ImportedNode node)
    {
        var parts = new List<string> { $"id: {Yaml.Text(node.Id)}", $"kind: {node.Kind.ToString().ToLowerInvariant()}" };
        if (node.Place?.Name is { } name) parts.Add($"name: {Yaml.Text(name)}");
        parts.Add($"lat: {Yaml.Number(node.Location.LatitudeDeg, 6)}");
        parts.Add($"lon: {Yaml.Number(node.Location.LongitudeDeg, 6)}");
        if (node.Place?.StorageTonnes is { } storage) parts.Add($"storage_t: {Yaml.Number(storage, 3)}");
        if (node.Place?.HandlingTonnesPerHour is { } handling) parts.Add($"handling_tph: {Yaml.Number(handling, 3)}");
        if (node.Place?.Population is { } population) parts.Add($"population: {Yaml.Number(population, 0)}");
        string comment = node.Comment is null ? "" : $"   # {node.Comment}";
        if (node.Place?.InNeed is { } need) comment += $"; {Yaml.Number(need, 0)} in need";
        return "{" + string.Join(", ", parts) + "}" + comment;
    }

    private static string Link(ImportedLink link)
    {
        var parts = new List<string>();
        if (link.Id is { } id) parts.Add($"id: {Yaml.Text(id)}");
        parts.Add($"from: {Yaml.Text(link.From)}");
        parts.Add($"to: {Yaml.Text(link.To)}");
        parts.Add($"mode: {NetworkAssembler.Mode(link.Mode)}");
        parts.Add($"km: {Yaml.Number(link.Km, 3)}");
        if (link.Hours is { } hours) parts.Add($"time: {Yaml.Number(Math.Max(hours, 0.0001), 4)}h");
        return "{" + string.Join(", ", parts) + "}   # " + link.Comment;
    }

    private static void WritePlaceholders(Action<string> line, ImportedNetwork network, Placeholders p)
    {
        line("fleet:                           # PLACEHOLDER: one small entry per mode the network has; set counts, bases and capacities");
        foreach (var (mode, at) in p.Bases)
        {
            line(mode switch
            {
                TransportMode.Water => $"  - {{id: boat, mode: water, count: 1, base: {Yaml.Text(at)}, payload_t: 20, kmh: 15}}",
                TransportMode.Air => $"  - {{id: heli, mode: air, count: 1, base: {Yaml.Text(at)}, payload_t: 3, kmh: 200}}",
                _ => $"  - {{id: truck, mode: road, count: 4, base: {Yaml.Text(at)}, payload_t: 10, volume_m3: 40, kmh: 40}}",
            });
        }
        line("");
        line("items:                           # PLACEHOLDER: the cargo; food at the WFP ration below");
        line("  - {id: food, t_per_m3: 0.6}");
        var needs = network.Nodes.Where(n => n.Kind == NodeKind.District && n.Place?.InNeed is > 0).ToList();
        if (p.Source is null || needs.Count == 0)
        {
            line("# No needs written: they need a district with people in need (#inneed or #affected) and a hub, port,");
            line("# airport or border to serve it from. Add demand (requests, arrivals, needs) as scenarios/README.md says.");
        }
        else
        {
            WriteNeeds(line, needs, p);
        }
        line("");
        line("strategy: priority");
    }

    private static void WriteNeeds(Action<string> line, List<ImportedNode> needs, Placeholders p)
    {
        string source = Yaml.Text(p.Source!.Id);
        double reachable = needs.Where(n => p.Reach.Contains(n.Id)).Sum(n => n.Place!.InNeed!.Value);
        double tonnes = Math.Max(100, Math.Ceiling(reachable * Placeholders.RationKgPerPersonDay * Placeholders.HorizonDays / 1000 / 100) * 100);
        // Stock at time zero must fit the source's warehouse, or the file would not validate.
        if (p.Source.Place?.StorageTonnes is { } storage) tonnes = Math.Min(tonnes, storage);
        line("");
        line($"stock:                           # PLACEHOLDER: {Placeholders.HorizonDays} days of the ration below for the people in need the source reaches, as far as its storage_t holds");
        line($"  - {{at: {source}, item: food, t: {Yaml.Number(tonnes, 0)}}}");
        line("");
        line("demand:");
        line($"  needs:                         # PLACEHOLDER schedule: a daily ration for each district's people in need, from {p.Source.Id}");
        foreach (var node in needs)
        {
            string need = $"{{at: {Yaml.Text(node.Id)}, item: food, kg_per_person_day: {Placeholders.RationKgPerPersonDay}, from: {source}, " +
                $"population: {Yaml.Number(node.Place!.InNeed!.Value, 0)}, every: 1d, due: 2d, priority: 1}}";
            line(p.Reach.Contains(node.Id) ? "    - " + need : $"    # - {need}   # {p.Source.Id}'s vehicles cannot reach it by one mode");
        }
        if (needs.All(n => !p.Reach.Contains(n.Id))) line("    []");
    }
}

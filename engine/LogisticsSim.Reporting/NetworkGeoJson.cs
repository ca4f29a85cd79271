// SPDX-License-Identifier: Apache-2.0
using System.Text.Encodings.Web;
using System.Text.Json;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting;

/// <summary>
/// network.geojson: the nodes as points (transfer nodes with their <c>transfer_h</c>) and the links as lines (longitude, latitude, WGS 84), with
/// the mean tonnes each strategy carried (<c>tonnes_STRATEGY</c>) and the share of each destination's
/// requested tonnes delivered (<c>coverage_STRATEGY</c>); QGIS and web maps open it as it is.
/// </summary>
public static class NetworkGeoJson
{
    public const string FileName = "network.geojson";

    public static void Write(TextWriter writer, Scenario scenario, IReadOnlyList<StrategyTimeline> timelines)
    {
        var maps = timelines.Select(t => (t.Strategy, Map: NetworkMap.Of(scenario, t))).ToArray();
        var plain = NetworkMap.Of(scenario, null);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", scenario.Name);
            json.WriteStartArray("features");
            for (int i = 0; i < scenario.Network.Nodes.Count; i++) Node(json, scenario.Network.Nodes[i], maps.Select(m => (m.Strategy, m.Map.Nodes[i].Coverage)));
            for (int i = 0; i < scenario.Network.Links.Count; i++) Link(json, scenario, scenario.Network.Links[i], plain.Links[i], maps.Select(m => (m.Strategy, m.Map.Links[i].Tonnes)));
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void Node(Utf8JsonWriter json, Node node, IEnumerable<(string Strategy, double? Coverage)> coverage)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(node.Location.LongitudeDeg);
        json.WriteNumberValue(node.Location.LatitudeDeg);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("feature", "node");
        json.WriteString("id", node.Id.Value);
        json.WriteString("kind", node.Kind.ToString().ToLowerInvariant());
        if (node.Name is { } name) json.WriteString("name", name);
        if (node.Population is { } p) json.WriteNumber("population", p);
        if (node.StorageTonnes is { } st) json.WriteNumber("storage_t", st);
        if (node.HandlingTonnesPerHour is { } h) json.WriteNumber("handling_tph", h);
        if (node.TransferHours is { } transfer) json.WriteNumber("transfer_h", transfer); // a transfer node: cargo may change mode there
        foreach (var (strategy, share) in coverage)
        {
            if (share is { } c) json.WriteNumber("coverage_" + strategy, c);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Link(Utf8JsonWriter json, Scenario scenario, Link link, MapLink drawn, IEnumerable<(string Strategy, double Tonnes)> tonnes)
    {
        var from = scenario.Network.GetNode(link.From).Location;
        var to = scenario.Network.GetNode(link.To).Location;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        foreach (var point in new[] { from, to })
        {
            json.WriteStartArray();
            json.WriteNumberValue(point.LongitudeDeg);
            json.WriteNumberValue(point.LatitudeDeg);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("feature", "link");
        json.WriteString("id", link.Id.Value);
        json.WriteString("from", link.From.Value);
        json.WriteString("to", link.To.Value);
        json.WriteString("mode", LinkId.ModeName(link.Mode));
        json.WriteNumber("km", link.LengthKm);
        json.WriteBoolean("bidirectional", link.Bidirectional);
        json.WriteBoolean("may_close", drawn.Closed);
        json.WriteBoolean("may_slow", drawn.Slowed);
        foreach (var (strategy, t) in tonnes) json.WriteNumber("tonnes_" + strategy, t);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

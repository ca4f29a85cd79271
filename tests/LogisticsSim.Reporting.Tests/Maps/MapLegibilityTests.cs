// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.RegularExpressions;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Tests.Maps;

/// <summary>A map of a country's thousands of places stays readable; a small map is drawn whole, as before.</summary>
public sealed partial class MapLegibilityTests
{
    /// <summary>An SVG of a 2,000-node map must stay well below what the whole drawing took (1.7 MB for the country's 1,579 nodes).</summary>
    private const int MaxSvgBytes = 900_000;

    /// <summary>
    /// A synthetic country of 2,000 nodes: 8 hubs, 4 ports, 4 airports and 4 borders on a ring 5 degrees across, 180
    /// districts around them, and 1,800 junctions on road chains from each hub to its districts; flows on the roads from
    /// the hubs, the largest nearest the hubs.
    /// </summary>
    internal static NetworkMap Country()
    {
        var nodes = new List<MapNode>();
        var links = new List<MapLink>();
        string[] kinds = [.. Enumerable.Repeat("hub", 8), .. Enumerable.Repeat("port", 4), .. Enumerable.Repeat("airport", 4), .. Enumerable.Repeat("border", 4)];
        for (int i = 0; i < kinds.Length; i++)
        {
            double angle = 2 * Math.PI * i / kinds.Length;
            nodes.Add(new MapNode($"{kinds[i].ToUpperInvariant()}_{i:00}", kinds[i], -18 + 5 * Math.Sin(angle), 35 + 5 * Math.Cos(angle), null));
        }
        int junction = 0;
        for (int d = 0; d < 180; d++)
        {
            var hub = nodes[d % 8];
            double angle = 2 * Math.PI * d / 180;
            var district = new MapNode($"DISTRICT_{d:000}", "district", hub.Latitude + 1.5 * Math.Sin(angle), hub.Longitude + 1.5 * Math.Cos(angle),
                Coverage: (d % 10) / 10.0, Delivered: 1000 - 5 * d, Population: 100_000 + d);
            nodes.Add(district);
            string previous = hub.Id;
            for (int k = 1; k <= 10; k++)
            {
                string id = $"J{++junction:0000}";
                nodes.Add(new MapNode(id, "junction", hub.Latitude + (district.Latitude - hub.Latitude) * k / 11, hub.Longitude + (district.Longitude - hub.Longitude) * k / 11, null));
                links.Add(new MapLink($"{previous}-{id}-road", previous, id, "road", Tonnes: (1000 - 5 * d) * (12 - k), Closed: d % 50 == 0, Slowed: false));
                previous = id;
            }
            links.Add(new MapLink($"{previous}-{district.Id}-road", previous, district.Id, "road", 1000 - 5 * d, false, false));
        }
        return new NetworkMap("A synthetic country", nodes, links);
    }

    [Fact]
    public void Country_HasTwoThousandNodes_AndIsCompact()
    {
        var map = Country();
        Assert.Equal(2000, map.Nodes.Count);
        Assert.True(MapLegibility.IsCompact(map));
        Assert.False(MapLegibility.IsCompact(Reporting.Maps.NetworkMap.Of(Samples.Tutorial(), Samples.Timeline())));
    }

    [Fact]
    public void Svg_OfACountry_LabelsAtMostTheCap_HubsAndEntryPointsFirst_NeverAJunction()
    {
        string svg = MapRenderer.Svg(Country());
        var labelled = Texts(svg).Where(t => NodeId().IsMatch(t)).Select(t => t.Split(' ')[0]).ToArray();
        Assert.InRange(labelled.Length, 20, MapLegibility.MaxLabels);
        Assert.DoesNotContain(labelled, id => id.StartsWith('J'));
        Assert.All(Enumerable.Range(0, 8), i => Assert.Contains($"HUB_{i:00}", labelled));
        // Districts by tonnes delivered: the first ones (1,000 t) before the last (105 t).
        Assert.Contains(labelled, id => id.StartsWith("DISTRICT_00", StringComparison.Ordinal));
        Assert.DoesNotContain("DISTRICT_179", labelled);
    }

    [Fact]
    public void Svg_OfACountry_WritesTonnesOnAFewBusyLinks_AndStaysSmall()
    {
        string svg = MapRenderer.Svg(Country());
        var tonnes = Texts(svg).Where(t => TonnesLabel().IsMatch(t)).ToArray();
        Assert.InRange(tonnes.Length, 1, MapLegibility.MaxFlowLabels);
        double widest = 11_000; // DISTRICT_000's first link: 1,000 t x 11
        Assert.All(tonnes, t => Assert.True(double.Parse(t[..^2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) >= MapLegibility.FlowLabelShare * widest, t));
        Assert.True(svg.Length < MaxSvgBytes, $"{svg.Length:N0} bytes");
        Assert.Contains("junction: not drawn", svg, StringComparison.Ordinal);
        Assert.Contains("then districts by tonnes delivered", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Labelled_WithoutFlows_PrefersTheMostPopulousDistricts()
    {
        var map = Country();
        var plain = map with { Nodes = map.Nodes.Select(n => n with { Delivered = 0, Coverage = null }).ToArray(), Links = map.Links.Select(l => l with { Tonnes = 0 }).ToArray() };
        string svg = MapRenderer.Svg(plain);
        var labelled = Texts(svg).Where(t => NodeId().IsMatch(t)).ToArray();
        Assert.Contains(labelled, id => id.StartsWith("DISTRICT_17", StringComparison.Ordinal)); // population 100,000 + d: the last are the largest
        Assert.DoesNotContain("DISTRICT_000", labelled);
        Assert.Contains("then districts by population", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ASmallMap_LabelsEveryPlace_AndEveryFlowOfHalfATonne()
    {
        var map = NetworkMap.Of(Samples.Tutorial(), Samples.Timeline());
        var texts = Texts(MapRenderer.Svg(map));
        Assert.All(map.Nodes, n => Assert.Contains(texts, t => t.StartsWith(n.Id, StringComparison.Ordinal)));
        Assert.Contains("6 t", texts);
        Assert.DoesNotContain("labels (", string.Join("\n", texts), StringComparison.Ordinal);
    }

    [Fact]
    public void ASmallImportedMap_DrawsJunctionsAsDots_WithoutLabels()
    {
        var map = new NetworkMap("Three places", [new("A", "hub", -19, 34, null), new("J0001", "junction", -19.1, 34.1, null), new("B", "district", -19.2, 34.2, null)],
            [new("A-J0001-road", "A", "J0001", "road", 0, false, false), new("J0001-B-road", "J0001", "B", "road", 0, false, false)]);
        var texts = Texts(MapRenderer.Svg(map));
        Assert.Contains("A", texts);
        Assert.Contains("B", texts);
        Assert.DoesNotContain("J0001", texts);
        Assert.Contains("junction", texts); // in the legend, as a dot
    }

    /// <summary>The texts the SVG writes, trimmed.</summary>
    private static string[] Texts(string svg) =>
        SvgText().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).Where(t => t.Length > 0).ToArray();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("^(HUB|PORT|AIRPORT|BORDER|DISTRICT|J)_?[0-9]+( [0-9]+%)?$")]
    private static partial Regex NodeId();

    [GeneratedRegex("^[0-9,]+ t$")]
    private static partial Regex TonnesLabel();
}

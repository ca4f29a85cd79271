// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Tests.Maps;

public sealed class NetworkMapTests
{
    [Fact]
    public void Of_TheTutorial_PlacesNodesAndMarksHazards_AndFlowsAndCoverageFromTheTimeline()
    {
        var map = NetworkMap.Of(Samples.Tutorial(), Samples.Timeline());
        Assert.Equal(["PORT", "AIRPORT", "BUZI", "DONDO", "NHAMATANDA"], map.Nodes.Select(n => n.Id));
        var port = map.Nodes[0];
        Assert.Equal(("port", -19.83, 34.84), (port.Kind, port.Latitude, port.Longitude));
        Assert.Equal(0.75, map.Nodes.Single(n => n.Id == "BUZI").Coverage); // 6 of 8 t
        Assert.Null(map.Nodes.Single(n => n.Id == "DONDO").Coverage);
        var buzi = map.Links.Single(l => l.Id == "PORT-BUZI-road");
        Assert.Equal((6.0, true), (buzi.Tonnes, buzi.Closed));
        Assert.True(map.Links.Single(l => l.Id == "PORT-DONDO-road").Slowed);
        Assert.Equal("air", map.Links.Single(l => l.Id == "AIR-NHAMATANDA").Mode);
        Assert.Contains("fcfs", map.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AScenarioWithoutResults_DrawsTheNetworkAlone()
    {
        var map = NetworkMap.Of(Samples.Tutorial(), null);
        Assert.All(map.Links, l => Assert.Equal(0, l.Tonnes));
        Assert.All(map.Nodes, n => Assert.Null(n.Coverage));
    }

    /// <summary>Legs of two replications: two lots by road to the airport in the first, one in the second, each flown on.</summary>
    private static LegRecord[] Legs() =>
    [
        new(1, "SRF-002", 1, "SRF-002#1", "PORT", "AIRPORT", "road", 3, 3, 24, 25, 26, "truck10-1"),
        new(1, "SRF-002", 1, "SRF-002#2", "PORT", "AIRPORT", "road", 5, 5, 24, 25, 27, "truck10-2"),
        new(1, "SRF-002", 2, "SRF-002#3", "AIRPORT", "BUZI", "air", 8, 6, 29, 30, null, "heli-1"),
        new(2, "SRF-002", 1, "SRF-002#1", "PORT", "AIRPORT", "road", 2, 2, 24, 25, 26, "truck10-1"),
    ];

    [Fact]
    public void Of_WithLegs_MarksTransferNodes_AndAddsUpChainLegsPerLinkAndMode()
    {
        var map = NetworkMap.Of(Samples.Tutorial(), Samples.Timeline(), Legs(), replications: 2);
        Assert.Equal(["AIRPORT"], map.Nodes.Where(n => n.Transfer).Select(n => n.Id)); // the tutorial's airport has transfer_h
        Assert.Equal(
            [new MapChainFlow("AIRPORT", "BUZI", "air", 3), new MapChainFlow("PORT", "AIRPORT", "road", 5)], // (6 + 0) / 2 and (3 + 5 + 2) / 2
            map.ChainFlows);
        Assert.Empty(NetworkMap.Of(Samples.Tutorial(), Samples.Timeline()).ChainFlows); // no legs.csv, no chain flows
    }

    [Fact]
    public void Svg_DrawsTransferNodesAndChainLegs_WithTheirLegend()
    {
        string svg = MapRenderer.Svg(NetworkMap.Of(Samples.Tutorial(), Samples.Timeline(), Legs(), replications: 2));
        Assert.Contains("transfer node (ring): cargo may change mode", svg, StringComparison.Ordinal);
        Assert.Contains("arrow: legs of chains, mean tonnes per replication", svg, StringComparison.Ordinal);
        Assert.Contains("3 t by air (chain legs)", svg, StringComparison.Ordinal);
        Assert.Contains("5 t by road (chain legs)", svg, StringComparison.Ordinal);
        string plain = MapRenderer.Svg(NetworkMap.Of(Samples.Tutorial(), Samples.Timeline()));
        Assert.DoesNotContain("chain legs", plain, StringComparison.Ordinal);
        Assert.Contains("transfer node", plain, StringComparison.Ordinal); // the node is one whatever the run carried
    }

    [Fact]
    public void LegsCsv_ReadsBackWhatItWrites()
    {
        var writer = new StringWriter();
        LegsCsv.Write(writer, Legs());
        Assert.Equal(Legs(), LegsCsv.Read(writer.ToString(), "legs.csv"));
    }

    [Theory]
    [InlineData(0.9, 0.5)]
    [InlineData(23, 20)]
    [InlineData(45, 20)]
    [InlineData(51, 50)]
    [InlineData(100, 100)]
    public void ScaleBar_RoundsDownToOneTwoOrFive(double km, double expected) => Assert.Equal(expected, ScaleBar.RoundKm(km), 9);

    [Fact]
    public void Svg_IsTheSameEveryTime()
    {
        var map = NetworkMap.Of(Samples.Tutorial(), Samples.Timeline());
        Assert.Equal(MapRenderer.Svg(map), MapRenderer.Svg(map));
        Assert.Contains(">N<", MapRenderer.Svg(map).Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_WritesEveryTextInDejaVuSans()
    {
        string svg = MapRenderer.Svg(NetworkMap.Of(Samples.Tutorial(), Samples.Timeline()));
        var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.Equal([Reporting.Charts.ChartFont.Family], families);
    }

    [Fact]
    public void GeoJson_HoldsPointsAndLinesWithFlows()
    {
        var writer = new StringWriter();
        NetworkGeoJson.Write(writer, Samples.Tutorial(), [Samples.Timeline()]);
        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(5, features.Count(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point"));
        var transfer = features.Where(f => f.GetProperty("properties").TryGetProperty("transfer_h", out _)).ToArray();
        Assert.Equal(["AIRPORT"], transfer.Select(f => f.GetProperty("properties").GetProperty("id").GetString())); // the tutorial's one transfer node
        Assert.Equal(2, transfer[0].GetProperty("properties").GetProperty("transfer_h").GetDouble());
        var link = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == "PORT-BUZI-road");
        Assert.Equal(6, link.GetProperty("properties").GetProperty("tonnes_fcfs").GetDouble());
        Assert.True(link.GetProperty("properties").GetProperty("may_close").GetBoolean());
        var start = link.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal((34.84, -19.83), (start[0].GetDouble(), start[1].GetDouble())); // longitude first
    }
}

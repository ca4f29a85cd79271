// SPDX-License-Identifier: Apache-2.0
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
        var link = features.Single(f => f.GetProperty("properties").GetProperty("id").GetString() == "PORT-BUZI-road");
        Assert.Equal(6, link.GetProperty("properties").GetProperty("tonnes_fcfs").GetDouble());
        Assert.True(link.GetProperty("properties").GetProperty("may_close").GetBoolean());
        var start = link.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.Equal((34.84, -19.83), (start[0].GetDouble(), start[1].GetDouble())); // longitude first
    }
}

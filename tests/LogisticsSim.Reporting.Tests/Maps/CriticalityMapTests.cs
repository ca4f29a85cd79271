// SPDX-License-Identifier: Apache-2.0
using System.Text.RegularExpressions;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Tests.Maps;

/// <summary>The criticality map of a country's thousands of places stays readable, as the flow map does.</summary>
public sealed partial class CriticalityMapTests
{
    /// <summary>
    /// Every link of the synthetic country closed in turn, the links nearer the first districts costing more; two
    /// nodes closed: a junction, which costs most of all, and a district.
    /// </summary>
    private static CriticalityResults Losses(NetworkMap map)
    {
        var changes = map.Links.Select((l, i) => Change("link", l.Id, 10_000 - i)).ToList();
        changes.Add(Change("node", "J0010", 50_000));
        changes.Add(Change("node", "DISTRICT_100", 100));
        var ranked = changes.OrderByDescending(c => c.Objective.Mean).Select((c, i) => c with { Rank = i + 1 }).ToArray();
        return new CriticalityResults("A synthetic country", "priority", 1, 4, Gains: false, "closed", ranked, []);
    }

    private static CriticalityChangeResult Change(string kind, string target, double rise)
    {
        var none = new KpiEstimate("", 0, 0, 0);
        return new CriticalityChangeResult(0, kind, target, "closed", false, new KpiEstimate("objective", rise, rise - 1, rise + 1), none, none, none);
    }

    [Fact]
    public void OfACountry_LabelsAtMostTheCap_WhatMattersMostFirst_AndWritesAFewFiguresApart()
    {
        var map = MapLegibilityTests.Country();
        string svg = CriticalityMap.Svg(map, Losses(map));
        var texts = Texts(svg);
        var places = texts.Where(t => Place().IsMatch(t)).ToArray();
        Assert.InRange(places.Length, 20, MapLegibility.MaxLabels);
        // The changed junction (near a district, away from the hubs) is drawn and labelled first; no other junction is.
        Assert.Contains("J0010", places);
        Assert.Single(places, p => p.StartsWith('J'));
        Assert.All(Enumerable.Range(0, 8), i => Assert.Contains($"HUB_{i:00}", places));
        var figures = texts.Where(t => Figure().IsMatch(t)).ToArray();
        Assert.InRange(figures.Length, 1, MapLegibility.MaxFlowLabels);
        Assert.Contains("10,000", figures); // the costliest link
        Assert.True(svg.Length < 900_000, $"{svg.Length:N0} bytes");
        Assert.Contains("the places that matter most", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void OfASmallNetwork_LabelsEveryPlace_AndEveryLinkWithAnEffect()
    {
        var map = new NetworkMap("Three places", [new("A", "hub", -19, 34, null), new("J0001", "junction", -19.1, 34.1, null), new("B", "district", -19.2, 34.2, null)],
            [new("A-J0001-road", "A", "J0001", "road", 0, false, false), new("J0001-B-road", "J0001", "B", "road", 0, false, false)]);
        var texts = Texts(CriticalityMap.Svg(map, Losses(map)));
        Assert.Contains("J0001", texts);
        Assert.Contains("10,000", texts);
        Assert.Contains("9,999", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("labels (", StringComparison.Ordinal));
    }

    private static string[] Texts(string svg) =>
        SvgText().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).Where(t => t.Length > 0).ToArray();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("^(HUB|PORT|AIRPORT|BORDER|DISTRICT)_[0-9]+$|^J[0-9]+$")]
    private static partial Regex Place();

    [GeneratedRegex("^[0-9]{1,3}(,[0-9]{3})+$")] // thousands: not the axes' degrees
    private static partial Regex Figure();
}

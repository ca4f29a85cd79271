// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;
using ScottPlot;

namespace LogisticsSim.Reporting.Maps;

/// <summary>
/// The network coloured and sized by what each link's or node's change does to the objective: the wider and redder
/// (greener for gains) a link, or the larger and redder a node, the more it matters. Links and nodes without a change
/// run (screened out, or not a target) are thin and grey. A map of many places (<see cref="MapLegibility.IsCompact"/>) stays
/// readable as the flow map does: junctions are drawn only where they were changed, figures are written on the links that
/// matter most and kept apart, and at most <see cref="MapLegibility.MaxLabels"/> places are labelled, those whose change
/// matters most first, then hubs and entry points.
/// </summary>
public static class CriticalityMap
{
    /// <summary>The map's file name in a criticality study's folder.</summary>
    public const string FileName = "criticality-map.svg";

    /// <summary>The map of the scenario's network, each target coloured and sized by its change's effect on the objective.</summary>
    public static string Svg(Scenario scenario, CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Svg(NetworkMap.Of(scenario, null), results);
    }

    /// <summary>The map of a network given as map data (its flows and coverage are not drawn).</summary>
    public static string Svg(NetworkMap map, CriticalityResults results) =>
        SvgIds.Normalize(Build(map, results).GetSvgXml(MapRenderer.Width, MapRenderer.Height), "criticality-map");

    /// <summary>The impact of each link's and node's change (a rise in objective for a loss, a fall for a gain), by id; a target with several changes counts its largest.</summary>
    public static (IReadOnlyDictionary<string, double> Links, IReadOnlyDictionary<string, double> Nodes) Impacts(CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        double sign = results.Gains ? -1 : 1;
        static Dictionary<string, double> Of(IEnumerable<CriticalityChangeResult> changes, double sign) =>
            changes.GroupBy(c => c.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(c => sign * c.Objective.Mean), StringComparer.Ordinal);
        return (Of(results.Changes.Where(c => c.Kind == "link"), sign), Of(results.Changes.Where(c => c.Kind is "node" or "storage"), sign));
    }

    private static Plot Build(NetworkMap map, CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(results);
        ChartFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title($"{results.Scenario}: {(results.Gains ? "value of each addition" : "loss when each link or node is " + results.Disruption)} (objective)");
        var projection = new Projection(map.Nodes);
        var at = map.Nodes.ToDictionary(n => n.Id, projection.Of, StringComparer.Ordinal);
        var box = projection.Box(at.Values);
        var (links, nodeImpacts) = Impacts(results);
        double max = links.Values.Concat(nodeImpacts.Values).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        double Share(double v) => max > 0 && double.IsFinite(v) ? Math.Clamp(v / max, 0, 1) : 0;
        bool compact = MapLegibility.IsCompact(map);
        // Figures go on the links that matter most among links (a closed node may matter more than any link).
        double maxLink = links.Values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var written = compact
            ? MapLegibility.Apart(map.Links.Where(l => links.TryGetValue(l.Id, out double v) && v > 0 && v >= MapLegibility.FlowLabelShare * maxLink)
                .OrderByDescending(l => links[l.Id]).ThenBy(l => l.Id, StringComparer.Ordinal)
                .Select(l => (l.Id, MapLegibility.Middle(at[l.From], at[l.To]))), box.Width)
            : links.Where(l => Share(l.Value) > 0).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var link in map.Links)
        {
            bool run = links.TryGetValue(link.Id, out double impact);
            double s = Share(impact);
            var line = plot.Add.Line(at[link.From], at[link.To]);
            line.LineColor = run ? Colour(s, results.Gains) : Color.FromHex("#cccccc");
            line.LineWidth = (float)((compact ? 0.8 : 1.5) + 12 * s);
            if (written.Contains(link.Id))
            {
                var label = plot.Add.Text(Format(impact), MapLegibility.Middle(at[link.From], at[link.To]));
                label.LabelFontName = ChartFont.Family;
                label.LabelFontSize = compact ? 10 : 11;
            }
        }
        // A compact map labels the places whose change matters most, then the places any map of it labels first.
        var labelled = compact
            ? MapLegibility.Spread(nodeImpacts.Where(n => Share(n.Value) > 0).OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => n.Key).Where(at.ContainsKey).Concat(MapLegibility.Ranked(map)), at, box)
            : map.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var node in map.Nodes)
        {
            bool run = nodeImpacts.TryGetValue(node.Id, out double impact);
            if (compact && node.Kind == "junction" && !run) continue; // the roads that meet there show it
            double s = Share(impact);
            plot.Add.Marker(at[node.Id], MarkerShape.FilledCircle, (float)((compact ? 4 : 8) + 24 * s), run ? Colour(s, results.Gains) : Colors.Black);
            if (!labelled.Contains(node.Id)) continue;
            var label = plot.Add.Text(node.Id, at[node.Id]);
            label.LabelFontName = ChartFont.Family;
            label.LabelFontSize = compact ? 9 : 12;
            label.LabelBold = true;
            label.OffsetY = compact ? -5 : -12;
            label.Alignment = Alignment.LowerCenter;
        }
        plot.Axes.SetLimits(box.Left, box.Right, box.Bottom, box.Top);
        projection.Ticks(plot, box);
        plot.XLabel("longitude (degrees east)");
        plot.YLabel("latitude (degrees north)");
        plot.Axes.SquareUnits();
        string what = results.Gains ? "fall" : "rise";
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"width and colour: {what} in objective (largest {Format(max)})", LineColor = Colour(1, results.Gains), LineWidth = 6 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "grey: not run (screened out or not a target)", LineColor = Color.FromHex("#cccccc"), LineWidth = 3 });
        if (compact)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"labels ({MapLegibility.MaxLabels.ToString(CultureInfo.InvariantCulture)} at most, none overlapping):" });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "  the places that matter most, then hubs, ports, airports, borders" });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"figures on the {MapLegibility.MaxFlowLabels.ToString(CultureInfo.InvariantCulture)} links that matter most, apart" });
        }
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFont.Family;
        plot.ShowLegend(Edge.Right);
        plot.Font.Set(ChartFont.Family);
        return plot;
    }

    /// <summary>Whole numbers with separators; large ones in three significant figures, which is all a map can carry.</summary>
    private static string Format(double value) =>
        Math.Abs(value) >= 1e6 ? value.ToString("0.##e+0", CultureInfo.InvariantCulture) : value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Pale yellow (no effect) to red for a loss, to green for a gain.</summary>
    private static Color Colour(double share, bool gain)
    {
        var (a, b) = (Color.FromHex("#f0e442"), Color.FromHex(gain ? "#1a7f37" : "#b2182b"));
        double t = Math.Clamp(share, 0, 1);
        return new((byte)Math.Round(a.R + (b.R - a.R) * t), (byte)Math.Round(a.G + (b.G - a.G) * t), (byte)Math.Round(a.B + (b.B - a.B) * t));
    }
}

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
/// run (screened out, or not a target) are thin and grey.
/// </summary>
public static class CriticalityMap
{
    public const string FileName = "criticality-map.svg";

    public static string Svg(Scenario scenario, CriticalityResults results) =>
        SvgIds.Normalize(Build(scenario, results).GetSvgXml(MapRenderer.Width, MapRenderer.Height), "criticality-map");

    /// <summary>The impact of each link's and node's change (a rise in objective for a loss, a fall for a gain), by id; a target with several changes counts its largest.</summary>
    public static (IReadOnlyDictionary<string, double> Links, IReadOnlyDictionary<string, double> Nodes) Impacts(CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        double sign = results.Gains ? -1 : 1;
        static Dictionary<string, double> Of(IEnumerable<CriticalityChangeResult> changes, double sign) =>
            changes.GroupBy(c => c.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(c => sign * c.Objective.Mean), StringComparer.Ordinal);
        return (Of(results.Changes.Where(c => c.Kind == "link"), sign), Of(results.Changes.Where(c => c.Kind is "node" or "storage"), sign));
    }

    private static Plot Build(Scenario scenario, CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ChartFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title($"{results.Scenario}: {(results.Gains ? "value of each addition" : "loss when each link or node is " + results.Disruption)} (objective)");
        var nodes = scenario.Network.Nodes.Select(n => new MapNode(n.Id.Value, n.Kind.ToString().ToLowerInvariant(), n.Location.LatitudeDeg, n.Location.LongitudeDeg, null)).ToArray();
        var projection = new Projection(nodes);
        var at = nodes.ToDictionary(n => n.Id, projection.Of, StringComparer.Ordinal);
        var (links, nodeImpacts) = Impacts(results);
        double max = links.Values.Concat(nodeImpacts.Values).Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        double Share(double v) => max > 0 && double.IsFinite(v) ? Math.Clamp(v / max, 0, 1) : 0;
        foreach (var link in scenario.Network.Links)
        {
            bool run = links.TryGetValue(link.Id.Value, out double impact);
            double s = Share(impact);
            var line = plot.Add.Line(at[link.From.Value], at[link.To.Value]);
            line.LineColor = run ? Colour(s, results.Gains) : Color.FromHex("#cccccc");
            line.LineWidth = (float)(1.5 + 12 * s);
            if (run && s > 0)
            {
                var middle = new Coordinates((at[link.From.Value].X + at[link.To.Value].X) / 2, (at[link.From.Value].Y + at[link.To.Value].Y) / 2);
                var label = plot.Add.Text(Format(impact), middle);
                label.LabelFontName = ChartFont.Family;
                label.LabelFontSize = 11;
            }
        }
        foreach (var node in nodes)
        {
            bool run = nodeImpacts.TryGetValue(node.Id, out double impact);
            double s = Share(impact);
            plot.Add.Marker(at[node.Id], MarkerShape.FilledCircle, (float)(8 + 24 * s), run ? Colour(s, results.Gains) : Colors.Black);
            var label = plot.Add.Text(node.Id, at[node.Id]);
            label.LabelFontName = ChartFont.Family;
            label.LabelFontSize = 12;
            label.LabelBold = true;
            label.OffsetY = -12;
            label.Alignment = Alignment.LowerCenter;
        }
        var box = projection.Box(at.Values);
        plot.Axes.SetLimits(box.Left, box.Right, box.Bottom, box.Top);
        projection.Ticks(plot, box);
        plot.XLabel("longitude (degrees east)");
        plot.YLabel("latitude (degrees north)");
        plot.Axes.SquareUnits();
        string what = results.Gains ? "fall" : "rise";
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"width and colour: {what} in objective (largest {Format(max)})", LineColor = Colour(1, results.Gains), LineWidth = 6 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "grey: not run (screened out or not a target)", LineColor = Color.FromHex("#cccccc"), LineWidth = 3 });
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

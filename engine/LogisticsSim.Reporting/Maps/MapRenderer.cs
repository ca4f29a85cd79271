// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Reporting.Charts;
using ScottPlot;

namespace LogisticsSim.Reporting.Maps;

/// <summary>
/// Draws a <see cref="NetworkMap"/>: nodes by kind (marker shape), links by mode (solid, short or
/// long dashes, drawn as segments since the SVG canvas cannot dash a line),
/// flows by line width with their tonnes written beside, closed (x) and slowed (triangle) links
/// marked at their middle, destinations coloured by coverage with the share written, transfer nodes
/// ringed, the legs of chains as arrows from where each leg starts to where it ends (in its mode's
/// colour, with their tonnes), a scale bar and a north arrow. Coordinates are drawn equirectangular, longitude scaled by the cosine of the
/// mean latitude, which keeps the shape true at the scale of one response. A map of many places is drawn compact
/// (fewer labels, thin links, flows written on the busiest only): <see cref="MapLegibility"/> states the rules.
/// </summary>
public static class MapRenderer
{
    public const int Width = 1200;
    public const int Height = 800;

    private static readonly Dictionary<string, MarkerShape> KindMarkers = new(StringComparer.Ordinal)
    {
        ["port"] = MarkerShape.FilledSquare, ["airport"] = MarkerShape.FilledTriangleUp, ["hub"] = MarkerShape.FilledDiamond,
        ["district"] = MarkerShape.FilledCircle, ["border"] = MarkerShape.Cross,
    };

    /// <summary>Per mode: colour, and dash and gap as shares of the map's width (no dash: a solid line).</summary>
    private static readonly Dictionary<string, (Color Colour, double Dash, double Gap, string Look)> ModeLines = new(StringComparer.Ordinal)
    {
        ["road"] = (Color.FromHex("#444444"), 0, 0, "solid"), ["air"] = (Color.FromHex("#1f77b4"), 0.008, 0.008, "short dashes"),
        ["water"] = (Color.FromHex("#17becf"), 0.025, 0.01, "long dashes"),
    };

    /// <summary>The ring around a transfer node and the colour of its legend entry.</summary>
    private static readonly Color TransferColour = Color.FromHex("#9467bd");

    public static string Svg(NetworkMap map) => SvgIds.Normalize(Build(map).GetSvgXml(Width, Height), "network-map");

    public static byte[] Png(NetworkMap map) => Build(map).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(NetworkMap map)
    {
        ChartFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title(map.Title);
        var projection = new Projection(map.Nodes);
        var at = map.Nodes.ToDictionary(n => n.Id, projection.Of, StringComparer.Ordinal);
        double maxTonnes = map.Links.Select(l => l.Tonnes).DefaultIfEmpty(0).Max();
        var box = projection.Box(at.Values);
        bool compact = MapLegibility.IsCompact(map);
        var flowLabelled = MapLegibility.FlowLabelled(map, at, box.Width);
        foreach (var link in map.Links) DrawLink(plot, link, at[link.From], at[link.To], maxTonnes, box.Width, compact, flowLabelled.Contains(link.Id));
        // A compact map draws the busiest chain flows only, as many as it writes link flows.
        var chainFlows = compact ? map.ChainFlows.OrderByDescending(f => f.Tonnes).Take(MapLegibility.MaxFlowLabels) : map.ChainFlows;
        foreach (var flow in chainFlows)
        {
            if (at.TryGetValue(flow.From, out var from) && at.TryGetValue(flow.To, out var to)) DrawChainFlow(plot, flow, from, to);
        }
        var labelled = MapLegibility.Labelled(map, at, box);
        foreach (var node in map.Nodes) DrawNode(plot, node, at[node.Id], compact, labelled.Contains(node.Id));
        plot.Axes.SetLimits(box.Left, box.Right, box.Bottom, box.Top);
        DrawScaleBar(plot, box);
        DrawNorthArrow(plot, box);
        projection.Ticks(plot, box);
        plot.XLabel("longitude (degrees east)");
        plot.YLabel("latitude (degrees north)");
        plot.Axes.SquareUnits();
        Legend(plot, map, maxTonnes, compact);
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFont.Family;
        plot.ShowLegend(Edge.Right);
        plot.Font.Set(ChartFont.Family);
        return plot;
    }

    private static void DrawLink(Plot plot, MapLink link, Coordinates from, Coordinates to, double maxTonnes, double mapWidth, bool compact, bool writeTonnes)
    {
        var (colour, dash, gap, _) = ModeLines.GetValueOrDefault(link.Mode, (Colors.Black, 0, 0, "solid"));
        float width = compact
            ? (float)(0.8 + (maxTonnes > 0 && link.Tonnes >= MapLegibility.FlowShare * maxTonnes ? 7 * link.Tonnes / maxTonnes : 0))
            : (float)(1.5 + (maxTonnes > 0 ? 10 * link.Tonnes / maxTonnes : 0));
        foreach (var (a, b) in Dashes(from, to, dash * mapWidth, gap * mapWidth))
        {
            var line = plot.Add.Line(a, b);
            line.LineColor = colour;
            line.LineWidth = width;
        }
        var middle = MapLegibility.Middle(from, to);
        float hazardSize = compact ? 8 : 14;
        if (link.Closed) plot.Add.Marker(middle, MarkerShape.Eks, hazardSize, Color.FromHex("#d62728")).MarkerLineWidth = compact ? 2 : 3;
        if (link.Slowed) plot.Add.Marker(middle, MarkerShape.OpenTriangleUp, hazardSize, Color.FromHex("#ff7f0e")).MarkerLineWidth = compact ? 1.5f : 2;
        if (writeTonnes)
        {
            var label = Label(plot, $"{link.Tonnes.ToString("#,0", CultureInfo.InvariantCulture)} t", middle);
            label.LabelFontSize = compact ? 10 : 11;
            label.OffsetY = 12;
            label.Alignment = Alignment.UpperCenter;
        }
    }

    /// <summary>
    /// A chain's legs from one node to another by one mode: an arrow in the mode's colour, bent off the
    /// straight line (its links) so that both show, with its tonnes written at its middle.
    /// </summary>
    private static void DrawChainFlow(Plot plot, MapChainFlow flow, Coordinates from, Coordinates to)
    {
        var (colour, _, _, _) = ModeLines.GetValueOrDefault(flow.Mode, (Colors.Black, 0, 0, "solid"));
        double dx = to.X - from.X, dy = to.Y - from.Y;
        // The arrow runs parallel to the straight line, shifted sideways by a tenth of its length.
        var shift = new Coordinates(-dy * 0.1, dx * 0.1);
        var a = new Coordinates(from.X + shift.X, from.Y + shift.Y);
        var b = new Coordinates(to.X + shift.X, to.Y + shift.Y);
        var arrow = plot.Add.Arrow(a, b);
        arrow.ArrowLineColor = colour;
        arrow.ArrowFillColor = colour.WithAlpha(0.6);
        arrow.ArrowWidth = 3; // thin beside the links, whose width is their flow
        arrow.ArrowheadWidth = 12;
        arrow.ArrowheadLength = 14;
        var label = Label(plot, $"{flow.Tonnes.ToString("#,0.#", CultureInfo.InvariantCulture)} t by {flow.Mode} (chain legs)", new Coordinates((a.X + b.X) / 2, (a.Y + b.Y) / 2));
        label.LabelFontSize = 10;
        label.LabelFontColor = colour;
        label.Alignment = Alignment.MiddleCenter;
    }

    /// <summary>The pieces of a dashed line from a to b; the whole line when <paramref name="dash"/> is 0.</summary>
    private static IEnumerable<(Coordinates, Coordinates)> Dashes(Coordinates a, Coordinates b, double dash, double gap)
    {
        double length = Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
        if (dash <= 0 || length <= dash)
        {
            yield return (a, b);
            yield break;
        }
        Coordinates At(double d) => new(a.X + (b.X - a.X) * d / length, a.Y + (b.Y - a.Y) * d / length);
        for (double d = 0; d < length; d += dash + gap) yield return (At(d), At(Math.Min(length, d + dash)));
    }

    private static void DrawNode(Plot plot, MapNode node, Coordinates at, bool compact, bool labelled)
    {
        if (node.Kind == "junction")
        {
            // Where roads meet: the links show it. A small dot on a small map, nothing on a compact one.
            if (!compact) plot.Add.Marker(at, MarkerShape.FilledCircle, 3, JunctionColour);
            return;
        }
        var colour = node.Coverage is { } c ? CoverageColour(c) : Colors.Black;
        bool district = node.Kind == "district";
        if (node.Transfer) plot.Add.Marker(at, MarkerShape.OpenCircle, compact ? 16 : 26, TransferColour).MarkerLineWidth = compact ? 2 : 3;
        plot.Add.Marker(at, KindMarkers.GetValueOrDefault(node.Kind, MarkerShape.OpenCircle), compact ? (district ? 6 : 10) : 14, colour);
        if (!labelled) return;
        string text = node.Coverage is { } share ? $"{node.Id} {Math.Round(100 * share).ToString("0", CultureInfo.InvariantCulture)}%" : node.Id;
        var label = Label(plot, text, at);
        label.LabelFontSize = compact ? 9 : 12;
        label.LabelBold = !compact || !district;
        label.OffsetY = compact ? -5 : -10;
        label.Alignment = Alignment.LowerCenter;
    }

    private static readonly Color JunctionColour = Color.FromHex("#888888");

    /// <summary>A text on the map, in the chart font: a label takes the font that is the default when it is made, whatever the plot's font.</summary>
    private static ScottPlot.Plottables.Text Label(Plot plot, string text, Coordinates at)
    {
        var label = plot.Add.Text(text, at);
        label.LabelFontName = ChartFont.Family;
        return label;
    }

    /// <summary>Red (nothing delivered) through orange to green (all delivered).</summary>
    public static Color CoverageColour(double share)
    {
        double s = Math.Clamp(share, 0, 1);
        var (low, mid, high) = (Color.FromHex("#d62728"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"));
        return s < 0.5 ? Mix(low, mid, s * 2) : Mix(mid, high, (s - 0.5) * 2);
    }

    private static Color Mix(Color a, Color b, double t) =>
        new((byte)Math.Round(a.R + (b.R - a.R) * t), (byte)Math.Round(a.G + (b.G - a.G) * t), (byte)Math.Round(a.B + (b.B - a.B) * t));

    /// <summary>A bar of a round length (1, 2 or 5 times a power of ten km) about a fifth of the map wide, bottom left.</summary>
    private static void DrawScaleBar(Plot plot, CoordinateRect box)
    {
        double kmPerUnit = Projection.KmPerDegree;
        double km = ScaleBar.RoundKm(box.Width * kmPerUnit / 5);
        double x0 = box.Left + box.Width * 0.05, y0 = box.Bottom + box.Height * 0.05, x1 = x0 + km / kmPerUnit;
        var bar = plot.Add.Line(x0, y0, x1, y0);
        bar.LineWidth = 4;
        bar.LineColor = Colors.Black;
        var text = Label(plot, $"{km.ToString("0.###", CultureInfo.InvariantCulture)} km", new Coordinates((x0 + x1) / 2, y0));
        text.LabelFontSize = 12;
        text.OffsetY = -6;
        text.Alignment = Alignment.LowerCenter;
    }

    private static void DrawNorthArrow(Plot plot, CoordinateRect box)
    {
        double x = box.Right - box.Width * 0.06, y0 = box.Top - box.Height * 0.16, y1 = box.Top - box.Height * 0.06;
        var arrow = plot.Add.Arrow(x, y0, x, y1);
        arrow.ArrowFillColor = Colors.Black;
        arrow.ArrowLineColor = Colors.Black;
        var n = Label(plot, "N", new Coordinates(x, y1));
        n.LabelFontSize = 16;
        n.LabelBold = true;
        n.Alignment = Alignment.LowerCenter;
    }

    private static void Legend(Plot plot, NetworkMap map, double maxTonnes, bool compact)
    {
        foreach (string kind in map.Nodes.Select(n => n.Kind).Distinct(StringComparer.Ordinal))
        {
            if (kind == "junction")
            {
                plot.Legend.ManualItems.Add(compact
                    ? new LegendItem { LabelText = "junction: not drawn" }
                    : new LegendItem { LabelText = "junction", MarkerShape = MarkerShape.FilledCircle, MarkerColor = JunctionColour, MarkerSize = 4 });
                continue;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = kind, MarkerShape = KindMarkers.GetValueOrDefault(kind, MarkerShape.OpenCircle), MarkerColor = Colors.Black, MarkerSize = 10 });
        }
        if (compact)
        {
            string by = map.Nodes.Any(n => n.Delivered > 0) ? "tonnes delivered" : "population";
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"labels ({MapLegibility.MaxLabels.ToString(CultureInfo.InvariantCulture)} at most, none overlapping):" });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "  hubs, ports, airports, borders," });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"  then districts by {by}" });
            if (maxTonnes > 0)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"tonnes written on the {MapLegibility.MaxFlowLabels.ToString(CultureInfo.InvariantCulture)} busiest links," });
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"  each over {(100 * MapLegibility.FlowLabelShare).ToString("0", CultureInfo.InvariantCulture)}% of the widest, apart" });
            }
        }
        foreach (string mode in map.Links.Select(l => l.Mode).Distinct(StringComparer.Ordinal))
        {
            var (colour, _, _, look) = ModeLines.GetValueOrDefault(mode, (Colors.Black, 0, 0, "solid"));
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{mode} link ({look})", LineColor = colour, LineWidth = 3 });
        }
        if (map.Nodes.Any(n => n.Transfer)) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "transfer node (ring): cargo may change mode", MarkerShape = MarkerShape.OpenCircle, MarkerColor = TransferColour, MarkerSize = 12, MarkerLineWidth = 2 });
        if (map.ChainFlows.Count > 0) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "arrow: legs of chains, mean tonnes per replication", LineColor = TransferColour, LineWidth = 2 });
        if (map.Links.Any(l => l.Closed)) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "may be closed", MarkerShape = MarkerShape.Eks, MarkerColor = Color.FromHex("#d62728"), MarkerSize = 10 });
        if (map.Links.Any(l => l.Slowed)) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "may be slowed", MarkerShape = MarkerShape.OpenTriangleUp, MarkerColor = Color.FromHex("#ff7f0e"), MarkerSize = 10 });
        if (maxTonnes > 0) plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"width: tonnes carried (widest {maxTonnes.ToString("#,0", CultureInfo.InvariantCulture)} t)", LineColor = Colors.Gray, LineWidth = 6 });
        if (map.Nodes.Any(n => n.Coverage is not null)) plot.Legend.ManualItems.Add(new LegendItem { LabelText = "destination colour: share delivered, red 0% to green 100%", MarkerShape = MarkerShape.FilledCircle, MarkerColor = CoverageColour(0.5), MarkerSize = 10 });
    }
}

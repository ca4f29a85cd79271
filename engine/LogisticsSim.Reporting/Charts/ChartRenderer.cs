// SPDX-License-Identifier: Apache-2.0
using ScottPlot;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> with ScottPlot, as SVG (for the report) or PNG (for slides).
/// Lines carry markers at about ten evenly spaced points, so that series differ by marker as well
/// as by colour and survive a black and white printer; in PNG a reference series is also dashed.
/// The SVG canvas cannot dash a line (it says so on the console), so SVG lines stay solid.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 800;
    public const int Height = 450;

    /// <summary>The chart as SVG, with ids made unique to the chart and independent of what was drawn before.</summary>
    public static string Svg(ChartSpec spec) => SvgIds.Normalize(Build(spec, svg: true).GetSvgXml(Width, Height), spec.Id);

    public static byte[] Png(ChartSpec spec) => Build(spec, svg: false).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(ChartSpec spec, bool svg)
    {
        ChartFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Title(spec.Title);
        plot.XLabel(spec.XLabel);
        plot.YLabel(spec.YLabel);
        for (int i = 0; i < spec.Series.Count; i++) Add(plot, spec.Series[i], i, svg);
        if (spec.XTickLabels is { } names)
        {
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, names.Count).Select(i => (double)i).ToArray(), names.ToArray());
            plot.Axes.SetLimitsX(-0.5, names.Count - 0.5);
            if (names.Count > MaxLevelTickLabels)
            {
                // Many names (51 hurricane scenarios) overlap side by side: stand them on end, with room below.
                plot.Axes.Bottom.TickLabelStyle.Rotation = 90;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
                plot.Axes.Bottom.MinimumSize = 8 * names.Max(n => n.Length) + 30;
            }
        }
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFont.Family;
        // Outside the data area: a legend over the plot hid points near the top (fill rates of 100%).
        plot.ShowLegend(Edge.Bottom);
        plot.Font.Set(ChartFont.Family);
        return plot;
    }

    /// <summary>Beyond this many names on the horizontal axis, they are written vertically.</summary>
    private const int MaxLevelTickLabels = 12;

    private static void Add(Plot plot, ChartSeries series, int index, bool svg)
    {
        bool paired = series.Group >= 0;
        var colour = ChartStyles.Colour(paired ? series.Group : index);
        var marker = paired ? ChartStyles.PairMarker(series.Group, series.Secondary) : ChartStyles.Marker(index);
        var pattern = series.Secondary && !svg ? LinePattern.Dashed : LinePattern.Solid;
        double[] xs = series.X.ToArray(), ys = series.Y.ToArray();
        if (series.Style == SeriesStyle.Interval)
        {
            var low = series.Low ?? series.Y;
            var high = series.High ?? series.Y;
            for (int i = 0; i < xs.Length; i++)
            {
                if (double.IsFinite(low[i]) && double.IsFinite(high[i]))
                {
                    var bar = plot.Add.Line(xs[i], low[i], xs[i], high[i]);
                    bar.LineColor = colour;
                    bar.LineWidth = 2;
                }
            }
            plot.Add.Markers(xs, ys, marker, 10, colour);
            Legend(plot, series.Label, colour, LinePattern.Solid, marker, lineWidth: 2);
            return;
        }
        var defined = Enumerable.Range(0, xs.Length).Where(i => double.IsFinite(xs[i]) && double.IsFinite(ys[i])).ToArray();
        (xs, ys) = (defined.Select(i => xs[i]).ToArray(), defined.Select(i => ys[i]).ToArray());
        if (xs.Length == 0) return;
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = series.Secondary ? 1.5f : 2;
        line.LinePattern = pattern;
        if (series.Style == SeriesStyle.Step) line.ConnectStyle = ConnectStyle.StepHorizontal;
        int every = Math.Max(1, (int)Math.Ceiling(xs.Length / 10.0));
        var sparse = Enumerable.Range(0, xs.Length).Where(i => i % every == 0 || i == xs.Length - 1).ToArray();
        plot.Add.Markers(sparse.Select(i => xs[i]).ToArray(), sparse.Select(i => ys[i]).ToArray(), marker, 7, colour);
        Legend(plot, series.Label, colour, pattern, marker, lineWidth: 2);
    }

    private static void Legend(Plot plot, string label, Color colour, LinePattern pattern, MarkerShape marker, float lineWidth) =>
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = label, LineColor = colour, LinePattern = pattern, LineWidth = lineWidth,
            MarkerShape = marker, MarkerColor = colour, MarkerSize = 7,
        });
}

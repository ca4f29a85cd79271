// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Reporting.Files;
using ScottPlot;

namespace LogisticsSim.Reporting.Charts;

/// <summary>
/// The tornado chart of a criticality study: one horizontal bar per change, the one that matters most on top, as long
/// as the rise in objective it causes (a loss) or the fall it brings (a gain), with its 95% interval as a whisker.
/// Changes whose interval covers zero are grey: not told apart from chance.
/// </summary>
public static class TornadoChart
{
    public const string FileName = "criticality-tornado.svg";

    /// <summary>The most bars drawn; the tables list every change.</summary>
    public const int MaxBars = 25;

    public static string Svg(CriticalityResults results) => SvgIds.Normalize(Build(results).GetSvgXml(Width(), Height(results)), "criticality-tornado");

    public static byte[] Png(CriticalityResults results) => Build(results).GetImageBytes(Width(), Height(results), ImageFormat.Png);

    /// <summary>The bars drawn, top first: label, value, low and high end of the interval (signed so that more matters more).</summary>
    public static IReadOnlyList<(string Label, double Value, double Low, double High, bool CoversZero)> Bars(CriticalityResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        double sign = results.Gains ? -1 : 1;
        return results.Changes.Take(MaxBars).Select(c =>
        {
            var o = c.Objective;
            double a = sign * o.Low, b = sign * o.High;
            return (c.Label, sign * o.Mean, Math.Min(a, b), Math.Max(a, b), c.CoversZero);
        }).ToArray();
    }

    private static int Width() => 1000;

    /// <summary>The picture's height: room for every bar drawn.</summary>
    public static int Height(CriticalityResults results) => 160 + 26 * Math.Max(1, Math.Min(MaxBars, results.Changes.Count));

    private static Plot Build(CriticalityResults results)
    {
        ChartFont.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var bars = Bars(results);
        string what = results.Gains ? "fall in objective (value of the addition)" : "rise in objective (loss)";
        plot.Title(string.Create(CultureInfo.InvariantCulture,
            $"{results.Scenario}: {(results.Gains ? "marginal value" : "criticality")}, {results.Replications} paired replications"));
        plot.XLabel($"{what}, mean and 95% interval");
        var loss = Color.FromHex(results.Gains ? "#2ca02c" : "#d62728");
        var grey = Color.FromHex("#aaaaaa");
        var positions = new double[bars.Count];
        for (int i = 0; i < bars.Count; i++)
        {
            double y = bars.Count - 1 - i;
            positions[i] = y;
            var (_, value, low, high, coversZero) = bars[i];
            if (!double.IsFinite(value)) continue;
            var bar = plot.Add.Bars(new Bar[] { new Bar { Position = y, Value = value, ValueBase = 0, FillColor = coversZero ? grey : loss, Size = 0.7 } });
            bar.Horizontal = true;
            if (double.IsFinite(low) && double.IsFinite(high))
            {
                var whisker = plot.Add.Line(low, y, high, y);
                whisker.LineColor = Colors.Black;
                whisker.LineWidth = 2;
            }
        }
        plot.Axes.Left.SetTicks(positions, bars.Select(b => b.Label).ToArray());
        plot.Axes.Left.MinimumSize = 7 * bars.Select(b => b.Label.Length).DefaultIfEmpty(10).Max() + 20;
        var zero = plot.Add.VerticalLine(0);
        zero.LineColor = Colors.Black;
        zero.LineWidth = 1;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = results.Gains ? "lowers the objective (95% interval clear of 0)" : "raises the objective (95% interval clear of 0)", FillColor = loss });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "interval covers 0: not told apart from chance", FillColor = grey });
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = ChartFont.Family;
        plot.ShowLegend(Edge.Bottom);
        plot.Font.Set(ChartFont.Family);
        return plot;
    }
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Planning;

namespace LogisticsSim.Cli.Output;

/// <summary>
/// capacity_curve.csv and .md: expected fill (promised and simulated), deprivation and cost at each value of
/// the swept parameter, and the marginal fill of one more unit of it (the value of the next truck or tonne).
/// </summary>
public static class CapacityCurveFiles
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The columns of <see cref="CapacityCurveCsv.Columns"/>; deprivation_person_days is the simulated one when checked.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<CapacityCurvePoint> curve)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader([.. CapacityCurveCsv.Columns]);
        for (int k = 0; k < curve.Count; k++)
        {
            var p = curve[k];
            csv.WriteRecord([
                p.Parameter, Text(p.Value), Text(p.Plan.Expected.FillRate), p.Check is { } c ? Text(c.ExpectedSimulatedFill) : "",
                Text(p.Check?.ExpectedSimulatedDeprivation ?? p.Plan.Expected.DeprivationPersonDays), Text(p.Plan.FirstStageCost),
                p.Plan.Status, Text(p.Plan.Gap), k == 0 ? "" : Significant(Marginal(curve[k - 1], p)),
            ]);
        }
    }

    public static void WriteMarkdown(TextWriter w, string scenario, IReadOnlyList<CapacityCurvePoint> curve)
    {
        if (curve.Count == 0) return;
        w.WriteLine($"# Capacity curve: {scenario}, {curve[0].Parameter}");
        w.WriteLine();
        w.WriteLine($"| {curve[0].Parameter} | status | promised fill | simulated fill | deprivation (person-days) | first-stage cost | marginal fill per unit |");
        w.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        for (int k = 0; k < curve.Count; k++)
        {
            var p = curve[k];
            string simulated = p.Check is { } c ? c.ExpectedSimulatedFill.ToString("P1", C) : "";
            string marginal = k == 0 ? "" : Marginal(curve[k - 1], p).ToString("G3", C);
            w.WriteLine(string.Create(C, $"| {p.Value:G} | {p.Plan.Status} | {p.Plan.Expected.FillRate:P1} | {simulated} | {p.Check?.ExpectedSimulatedDeprivation ?? p.Plan.Expected.DeprivationPersonDays:N0} | {p.Plan.FirstStageCost:N0} | {marginal} |"));
        }
    }

    /// <summary>Change in expected fill (simulated when checked) per unit of the parameter between two points.</summary>
    private static double Marginal(CapacityCurvePoint before, CapacityCurvePoint after)
    {
        double Fill(CapacityCurvePoint p) => p.Check?.ExpectedSimulatedFill ?? p.Plan.Expected.FillRate;
        double step = after.Value - before.Value;
        return step == 0 ? double.NaN : (Fill(after) - Fill(before)) / step;
    }

    /// <summary>Six significant digits: a marginal fill per currency unit is a tiny number that rounding to decimals would zero.</summary>
    private static string Significant(double value) => double.IsFinite(value) ? value.ToString("G6", C) : "";

    private static string Text(double value) => double.IsFinite(value) ? Math.Round(value, 6).ToString("R", C) : "";
}

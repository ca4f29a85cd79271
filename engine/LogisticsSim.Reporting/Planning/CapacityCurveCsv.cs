// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Reporting.Planning;

/// <summary>
/// capacity_curve.csv, as `plan --sweep` writes it: <see cref="Columns"/>, one row per parameter and value;
/// fills are shares (0 to 1); an empty cell is a figure not computed. The chart reads the first six columns.
/// </summary>
public static class CapacityCurveCsv
{
    public const string FileName = "capacity_curve.csv";

    /// <summary>The columns, in the order `plan` writes them.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["parameter", "value", "fill_promised", "fill_simulated", "deprivation_person_days", "cost", "status", "gap", "marginal_fill_per_unit"];

    /// <summary>The columns the chart needs.</summary>
    private static readonly IReadOnlyList<string> Charted = Columns.Take(6).ToArray();

    /// <summary>One curve per parameter, in order of first appearance, points sorted by value.</summary>
    public static IReadOnlyList<CapacityCurve> Read(string text, string file)
    {
        var curves = new List<(string Parameter, List<CapacityPoint> Points)>();
        foreach (var row in Files.Csv.Read(text, file, Charted))
        {
            string parameter = row.Text("parameter");
            int i = curves.FindIndex(c => c.Parameter == parameter);
            if (i < 0) { curves.Add((parameter, [])); i = curves.Count - 1; }
            curves[i].Points.Add(new CapacityPoint(row.Number("value"), row.Number("fill_promised", optional: true), row.Number("fill_simulated", optional: true),
                row.Number("deprivation_person_days", optional: true), row.Number("cost", optional: true)));
        }
        return curves.Select(c => new CapacityCurve(c.Parameter, c.Points.OrderBy(p => p.Value).ToArray())).ToArray();
    }
}

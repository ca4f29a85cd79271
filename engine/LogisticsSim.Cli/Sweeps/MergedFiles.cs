// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// results.json, results.csv and results.md: the tables of <c>compare</c> for every scenario and grid
/// point. They hold nothing about how or when units ran, so they are byte-identical however the
/// experiment was run (one process, shards, killed and resumed, a cluster).
/// </summary>
public static class MergedFiles
{
    public static void WriteJson(TextWriter writer, SavedPlan plan, IReadOnlyList<MergedPoint> points)
    {
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("experiment", plan.Experiment);
            json.WriteStartArray("strategies");
            foreach (var s in plan.Strategies) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteString("baseline", plan.Strategies[0]);
            json.WriteStartArray("points");
            foreach (var p in points)
            {
                json.WriteStartObject();
                json.WriteString("scenario", plan.Scenarios[p.Scenario]);
                json.WriteNumber("point", p.Point);
                json.WriteStartObject("overrides");
                for (int a = 0; a < plan.Axes.Count; a++) json.WriteString(plan.Axes[a], plan.Points[p.Point][a]);
                json.WriteEndObject();
                json.WriteNumber("seed", p.Seed);
                json.WriteNumber("replications", p.Replications);
                ComparisonFiles.WriteKpis(json, plan.Strategies, p.Rows);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Long format, as compare.csv, with the scenario, the point and each axis's value in front.</summary>
    public static void WriteCsv(TextWriter writer, SavedPlan plan, IReadOnlyList<MergedPoint> points)
    {
        using var csv = Csv.Writer(writer);
        string[] front = ["scenario", "point", .. plan.Axes];
        csv.WriteHeader([.. front, .. ComparisonFiles.CsvHeader(plan.Strategies)]);
        foreach (var p in points)
        {
            string[] prefix = [plan.Scenarios[p.Scenario], p.Point.ToString(CultureInfo.InvariantCulture), .. plan.Points[p.Point]];
            foreach (var row in ComparisonFiles.CsvRows(plan.Strategies, p.Rows)) csv.WriteRecord([.. prefix, .. row]);
        }
    }

    public static void WriteMarkdown(TextWriter writer, SavedPlan plan, IReadOnlyList<MergedPoint> points)
    {
        writer.Write($"# {plan.Experiment}\n\nMean and 95% interval per strategy; paired differences against {plan.Strategies[0]} on the same replications.\n");
        foreach (var p in points)
        {
            string label = plan.Axes.Count == 0 ? "as written" : string.Join(", ", plan.Axes.Select((a, i) => $"{a} = {plan.Points[p.Point][i]}"));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n## {plan.Scenarios[p.Scenario]}, point {p.Point}: {label}\n\n{p.Replications} replications, seed {p.Seed}.\n\n"));
            var header = new List<string> { "KPI" };
            for (int s = 0; s < plan.Strategies.Count; s++)
            {
                header.Add(plan.Strategies[s]);
                if (s > 0) header.Add($"{plan.Strategies[s]} - {plan.Strategies[0]}");
            }
            writer.Write("| " + string.Join(" | ", header) + " |\n");
            writer.Write("|" + string.Concat(header.Select((_, i) => i == 0 ? " --- |" : " ---: |")) + "\n");
            foreach (var row in p.Rows.Where(r => !r.Path.Contains(".p50", StringComparison.Ordinal)))
            {
                var cells = new List<string> { row.Path };
                for (int s = 0; s < plan.Strategies.Count; s++)
                {
                    cells.Add(Cell(row.PerStrategy[s]));
                    if (row.DifferenceToFirst[s] is { } d) cells.Add(Cell(d));
                }
                writer.Write("| " + string.Join(" | ", cells) + " |\n");
            }
        }
    }

    private static string Cell(Interval i) =>
        i.HasInterval ? $"{KpiTable.Format(i.Mean)} [{KpiTable.Format(i.Low)}, {KpiTable.Format(i.High)}]" : $"{KpiTable.Format(i.Mean)} [n/a]";
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Reporting.Files;
using Spectre.Console;

namespace LogisticsSim.Cli.Output;

/// <summary>compare.json, compare.csv and the printed table of a comparison.</summary>
public static class ComparisonFiles
{
    public static void WriteJson(TextWriter writer, Comparison comparison, string scenario, long seed, int replications)
    {
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteNumber("seed", seed);
            json.WriteNumber("replications", replications);
            json.WriteStartArray("strategies");
            foreach (var s in comparison.Strategies) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteString("baseline", comparison.Strategies[0]);
            WriteKpis(json, comparison.Strategies, comparison.Rows);
            json.WriteEndObject();
        });
    }

    /// <summary>The "kpis" object of compare.json: per KPI and strategy, mean, interval and paired difference.</summary>
    public static void WriteKpis(Utf8JsonWriter json, IReadOnlyList<string> strategies, IReadOnlyList<ComparisonRow> rows)
    {
        json.WriteStartObject("kpis");
        foreach (var row in rows)
        {
            json.WriteStartObject(row.Path);
            for (int s = 0; s < strategies.Count; s++)
            {
                json.WriteStartObject(strategies[s]);
                JsonFile.Estimate(json, "mean", row.PerStrategy[s]);
                if (row.DifferenceToFirst[s] is { } d)
                {
                    json.WriteStartObject("difference");
                    JsonFile.Estimate(json, "mean", d);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Long format: one row per KPI and strategy.</summary>
    public static void WriteCsv(TextWriter writer, Comparison comparison)
    {
        using var csv = Csv.Writer(writer);
        csv.WriteHeader(CsvHeader(comparison.Strategies));
        foreach (var record in CsvRows(comparison.Strategies, comparison.Rows)) csv.WriteRecord(record);
    }

    public static string[] CsvHeader(IReadOnlyList<string> strategies) =>
        ["kpi", "strategy", "mean", "ci95_low", "ci95_high", "difference_to_" + strategies[0], "difference_ci95_low", "difference_ci95_high"];

    public static IEnumerable<string[]> CsvRows(IReadOnlyList<string> strategies, IReadOnlyList<ComparisonRow> rows)
    {
        foreach (var row in rows)
        {
            for (int s = 0; s < strategies.Count; s++)
            {
                var i = row.PerStrategy[s];
                var d = row.DifferenceToFirst[s];
                yield return [row.Path, strategies[s], Num(i.Mean), Num(i.Low), Num(i.High), Num(d?.Mean), Num(d?.Low), Num(d?.High)];
            }
        }
    }

    private static string Num(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    public static void Print(IAnsiConsole console, Comparison comparison, string scenario, int replications)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(scenario)}: {replications} replications, common random numbers; differences against {Markup.Escape(comparison.Strategies[0])}");
        table.AddColumn("KPI");
        for (int s = 0; s < comparison.Strategies.Count; s++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(comparison.Strategies[s])).RightAligned());
            if (s > 0) table.AddColumn(new TableColumn($"{Markup.Escape(comparison.Strategies[s])} - {Markup.Escape(comparison.Strategies[0])}").RightAligned());
        }
        foreach (var row in comparison.Rows.Where(r => !r.Path.Contains(".p50", StringComparison.Ordinal)))
        {
            var cells = new List<string> { Markup.Escape(row.Path) };
            for (int s = 0; s < comparison.Strategies.Count; s++)
            {
                cells.Add(Cell(row.PerStrategy[s]));
                if (row.DifferenceToFirst[s] is { } d) cells.Add(Cell(d));
            }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static string Cell(Interval i) =>
        double.IsNaN(i.Low) ? KpiTable.Format(i.Mean) : $"{KpiTable.Format(i.Mean)} ± {KpiTable.Format((i.High - i.Low) / 2)}";
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Output;

/// <summary>compare.json and compare.csv (the printed table is <see cref="ComparisonTable"/>).</summary>
public static class ComparisonFiles
{
    /// <summary>compare.json; with <paramref name="precision"/>, how the run to that target ended, after "replications".</summary>
    public static void WriteJson(TextWriter writer, Comparison comparison, string scenario, long seed, int replications, PrecisionOutcome? precision = null)
    {
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario);
            json.WriteNumber("seed", seed);
            json.WriteNumber("replications", replications);
            if (precision is not null) PrecisionReport.Write(json, precision, comparison.Strategies);
            json.WriteStartArray("strategies");
            foreach (var s in comparison.Strategies) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteString("baseline", comparison.Strategies[0]);
            // References (hindsight) know the replication in advance: the policies are measured against them, not ranked with them.
            json.WriteStartArray("references");
            foreach (var s in comparison.Strategies.Where(StrategyCatalog.IsReference)) json.WriteStringValue(s);
            json.WriteEndArray();
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
}

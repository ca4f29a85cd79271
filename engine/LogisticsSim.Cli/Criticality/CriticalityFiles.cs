// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Criticality;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Criticality;

/// <summary>
/// criticality.json, .csv and .md: every change ranked, with its paired differences, and the targets screened out.
/// They hold nothing about how the study ran (threads, shards, timing), so they are byte-identical however it ran.
/// </summary>
public static class CriticalityFiles
{
    public static readonly string[] Outputs = [CriticalityJson.FileName, "criticality.csv", "criticality.md"];

    public static void WriteJson(TextWriter writer, CriticalityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        JsonFile.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", outcome.Scenario);
            json.WriteString("strategy", outcome.Strategy);
            json.WriteNumber("seed", outcome.Seed);
            json.WriteNumber("replications", outcome.Replications);
            json.WriteString("direction", outcome.Gains ? "gains" : "losses");
            json.WriteString("disruption", outcome.Disruption);
            json.WriteStartObject("baseline");
            foreach (var (kpi, interval) in outcome.Baseline) Estimate(json, kpi, interval);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var e in outcome.Entries)
            {
                json.WriteStartObject();
                json.WriteNumber("rank", e.Rank);
                json.WriteString("kind", e.Change.Kind);
                json.WriteString("target", e.Change.Target);
                json.WriteString("action", e.Change.Action);
                json.WriteBoolean("covers_zero", e.CoversZero);
                for (int k = 0; k < CriticalityRanking.Kpis.Count; k++) Estimate(json, CriticalityRanking.Kpis[k], e.Differences[k]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("screened_out");
            foreach (var s in outcome.ScreenedOut)
            {
                json.WriteStartObject();
                json.WriteString("kind", s.Kind);
                json.WriteString("target", s.Target);
                json.WriteString("action", s.Action);
                json.WriteString("reason", CriticalityOutcome.ScreeningReason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>One row per change, ranked, then one per target screened out (rank and figures empty).</summary>
    public static void WriteCsv(TextWriter writer, CriticalityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        using var csv = Csv.Writer(writer);
        var header = new List<string> { "rank", "kind", "target", "action", "covers_zero" };
        foreach (string k in CriticalityRanking.Kpis) header.AddRange([$"{k}_difference", $"{k}_low", $"{k}_high"]);
        header.Add("screened_out");
        csv.WriteHeader([.. header]);
        foreach (var e in outcome.Entries)
        {
            var row = new List<string> { e.Rank.ToString(CultureInfo.InvariantCulture), e.Change.Kind, e.Change.Target, e.Change.Action, e.CoversZero ? "yes" : "no" };
            foreach (var d in e.Differences) row.AddRange([Csv.Number(d.Mean), Csv.Number(d.Low), Csv.Number(d.High)]);
            row.Add("no");
            csv.WriteRecord([.. row]);
        }
        foreach (var s in outcome.ScreenedOut)
        {
            var row = new List<string> { "", s.Kind, s.Target, s.Action, "" };
            foreach (var _ in CriticalityRanking.Kpis) row.AddRange(["", "", ""]);
            row.Add("yes");
            csv.WriteRecord([.. row]);
        }
    }

    public static void WriteMarkdown(TextWriter w, CriticalityOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        string what = outcome.Gains ? "Marginal value" : "Criticality";
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"# {what}: {outcome.Scenario}\n\n{outcome.Replications} replications, seed {outcome.Seed}, strategy {outcome.Strategy}; every change ran on the same replications as the baseline.\n"));
        w.Write(outcome.Gains
            ? "Ranked by how much each addition lowers the objective (a cost: lower is better).\n"
            : $"Disruption: {outcome.Disruption}. Ranked by how much each loss raises the objective (a cost: lower is better).\n");
        w.Write("Each figure is changed minus baseline, paired replication by replication, with its 95% interval; " +
            "\"≈ 0\" marks a change whose objective interval covers zero (not told apart from chance).\n\n");
        w.Write("| baseline | " + string.Join(" | ", outcome.Baseline.Select(b => b.Kpi)) + " |\n|---|" + string.Concat(outcome.Baseline.Select(_ => "---:|")) + "\n");
        w.Write("| mean [95%] | " + string.Join(" | ", outcome.Baseline.Select(b => Cell(b.Interval))) + " |\n\n");
        w.Write("| rank | change | " + string.Join(" | ", CriticalityRanking.Kpis) + " | |\n|---:|---|" + string.Concat(CriticalityRanking.Kpis.Select(_ => "---:|")) + "---|\n");
        foreach (var e in outcome.Entries)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"| {e.Rank} | {e.Change.Label} | {string.Join(" | ", e.Differences.Select(Cell))} | {(e.CoversZero ? "≈ 0" : "")} |\n"));
        }
        if (outcome.ScreenedOut.Count > 0)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"\nScreened out ({outcome.ScreenedOut.Count}, not run: {CriticalityOutcome.ScreeningReason}): {string.Join(", ", outcome.ScreenedOut.Select(s => s.Target))}.\n"));
        }
    }

    private static void Estimate(System.Text.Json.Utf8JsonWriter json, string name, Interval interval)
    {
        json.WriteStartObject(name);
        JsonFile.Estimate(json, "mean", interval);
        json.WriteEndObject();
    }

    private static string Cell(Interval i) =>
        i.HasInterval ? $"{KpiTable.Format(i.Mean)} [{KpiTable.Format(i.Low)}, {KpiTable.Format(i.High)}]" : $"{KpiTable.Format(i.Mean)} [n/a]";
}

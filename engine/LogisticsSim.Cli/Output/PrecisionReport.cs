// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Core.Experiments;

namespace LogisticsSim.Cli.Output;

/// <summary>How a run to a precision target ended, as a line on the console and as "precision" in summary.json and compare.json.</summary>
public static class PrecisionReport
{
    /// <summary>
    /// Two lines: "precision: fill_rate within 5% of its mean: met after 20 replications" and
    /// "  half-width 1.2% (batches of 10, at most 100)", the half-width per strategy when there are several.
    /// </summary>
    public static string Lines(PrecisionOutcome outcome, IReadOnlyList<string> strategies)
    {
        string achieved = strategies.Count == 1
            ? Achieved(outcome, 0)
            : string.Join(", ", strategies.Select((s, i) => $"{s} {Achieved(outcome, i)}"));
        return $"precision: {outcome.Target}: {(outcome.Met ? "met" : "not met")} after {outcome.Replications} replications\n" +
            $"  half-width {achieved} (batches of {outcome.Batch}, at most {outcome.MaxReplications}{(outcome.Met ? "" : ": raise --max-replications")})";
    }

    private static string Achieved(PrecisionOutcome outcome, int strategy)
    {
        double a = outcome.Achieved[strategy];
        if (double.IsNaN(a)) return "n/a";
        return outcome.Target.Relative ? (100 * a).ToString("0.###", CultureInfo.InvariantCulture) + "%" : KpiTable.Format(a);
    }

    /// <summary>
    /// The "precision" object: the target (kpi, half_width, relative), the batch size and the most replications, whether
    /// it was met, and the half-width achieved (a number for one strategy, else one per strategy). The replications
    /// needed are the file's own "replications".
    /// </summary>
    public static void Write(Utf8JsonWriter json, PrecisionOutcome outcome, IReadOnlyList<string> strategies)
    {
        json.WriteStartObject("precision");
        json.WriteString("kpi", outcome.Target.Kpi);
        json.WriteNumber("half_width", outcome.Target.HalfWidth);
        json.WriteBoolean("relative", outcome.Target.Relative);
        json.WriteNumber("batch", outcome.Batch);
        json.WriteNumber("max_replications", outcome.MaxReplications);
        json.WriteBoolean("met", outcome.Met);
        if (strategies.Count == 1)
        {
            JsonFile.Number(json, "achieved", outcome.Achieved[0]);
        }
        else
        {
            json.WriteStartObject("achieved");
            for (int s = 0; s < strategies.Count; s++) JsonFile.Number(json, strategies[s], outcome.Achieved[s]);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Experiments.Benchmarks;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>
/// leaderboard.json, leaderboard.csv and leaderboard.md. They hold nothing about how, where or when the units ran (no
/// wall time: that is timings.csv), so they are byte-identical on any machine, thread count or sharding.
/// </summary>
/// <param name="benchmark">The benchmark, as benchmark.json keeps it.</param>
/// <param name="board">The leaderboard.</param>
/// <param name="seed">The master seed the replications drew from.</param>
public sealed class LeaderboardFiles(SavedBenchmark benchmark, Leaderboard board, long seed)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private string Role(string strategy) => strategy == board.Reference ? "reference" : "policy";

    public void WriteJson(TextWriter writer) => JsonFile.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("suite", benchmark.Suite);
        if (benchmark.Description is { } d) json.WriteString("description", d);
        json.WriteString("kpi", board.Kpi);
        json.WriteBoolean("lower_is_better", true);
        json.WriteNumber("seed", seed);
        json.WriteString("baseline", board.Baseline);
        if (board.Reference is { } r) json.WriteString("reference", r);
        else json.WriteNull("reference");
        json.WriteString("ranked_by", board.RankedByReference ? "gap_to_reference" : "difference_to_baseline");
        json.WriteStartArray("strategies");
        foreach (var s in benchmark.Strategies)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Label);
            json.WriteString("use", s.Use);
            json.WriteString("role", Role(s.Label));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("ranking");
        foreach (var rank in board.Ranking)
        {
            json.WriteStartObject();
            if (rank.Rank is { } n) json.WriteNumber("rank", n);
            else json.WriteNull("rank");
            json.WriteString("strategy", rank.Strategy);
            JsonFile.Number(json, "score_percent", rank.ScorePercent);
            json.WriteNumber("scenarios", rank.Scenarios);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("unranked_scenarios");
        foreach (var s in board.Unranked) json.WriteStringValue(s);
        json.WriteEndArray();
        json.WriteStartArray("scenarios");
        foreach (var scenario in board.Scenarios) WriteScenario(json, scenario);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private void WriteScenario(Utf8JsonWriter json, LeaderboardScenario scenario)
    {
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Scenario);
        json.WriteNumber("replications", scenario.Replications);
        json.WriteStartObject("strategies");
        foreach (var e in scenario.Entries)
        {
            json.WriteStartObject(e.Strategy);
            json.WriteStartObject(board.Kpi);
            JsonFile.Estimate(json, "mean", e.Objective);
            json.WriteEndObject();
            if (e.Difference is { } difference)
            {
                json.WriteStartObject("difference");
                JsonFile.Estimate(json, "mean", difference);
                json.WriteStartArray("per_replication");
                foreach (double x in e.PairedDifferences) JsonFile.Value(json, x);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            JsonFile.Number(json, "gap_percent", e.GapPercent);
            json.WriteStartObject("fill_rate");
            JsonFile.Estimate(json, "mean", e.FillRate);
            json.WriteEndObject();
            json.WriteStartObject("on_time_rate");
            JsonFile.Estimate(json, "mean", e.OnTimeRate);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One row per scenario and strategy; the strategy's overall rank and score repeated on each of its rows.</summary>
    public void WriteCsv(TextWriter writer)
    {
        using var csv = Csv.Writer(writer);
        string k = board.Kpi;
        csv.WriteHeader(["scenario", "strategy", "role", "replications", $"{k}_mean", $"{k}_ci95_low", $"{k}_ci95_high",
            "difference_to_" + board.Baseline, "difference_ci95_low", "difference_ci95_high", $"gap_to_{benchmark.Reference}_percent",
            "fill_rate_mean", "fill_rate_ci95_low", "fill_rate_ci95_high", "on_time_rate_mean", "on_time_rate_ci95_low", "on_time_rate_ci95_high",
            "rank", "score_percent"]);
        foreach (var scenario in board.Scenarios)
        {
            foreach (var e in scenario.Entries)
            {
                var rank = board.Ranking.FirstOrDefault(r => r.Strategy == e.Strategy);
                csv.WriteRecord([scenario.Scenario, e.Strategy, Role(e.Strategy), scenario.Replications.ToString(C),
                    .. Three(e.Objective), .. e.Difference is { } d ? Three(d) : ["", "", ""], Num(e.GapPercent),
                    .. Three(e.FillRate), .. Three(e.OnTimeRate), rank?.Rank?.ToString(C) ?? "", Num(rank?.ScorePercent ?? double.NaN)]);
            }
        }
    }

    private static string[] Three(Interval i) => [Num(i.Mean), Num(i.Low), Num(i.High)];

    private static string Num(double value) => double.IsFinite(value) ? value.ToString("R", C) : "";

    public void WriteMarkdown(TextWriter w)
    {
        string k = board.Kpi, baseline = board.Baseline, reference = benchmark.Reference;
        int replications = board.Scenarios.Count > 0 ? board.Scenarios[0].Replications : 0;
        w.Write($"# Leaderboard: {benchmark.Suite}\n\n");
        if (benchmark.Description is { } d) w.Write($"{d}\n\n");
        w.Write(string.Create(C, $"Ranked on `{k}`, lower is better, over {board.Scenarios.Count} scenario(s) of {replications} replications each from the master seed {seed}; every strategy ran the same replications (common random numbers).\n\n"));
        if (board.Scenarios.All(sc => sc.Entries.All(e => double.IsNaN(e.Objective.Mean))))
        {
            w.Write($"`{k}` is in none of the units' results: they were made by an engine that does not compute it, so nothing is ranked.\n\n");
        }
        w.Write("## Overall\n\n");
        string score = board.RankedByReference ? $"mean gap to {reference}" : $"mean difference to {baseline}, % of {baseline}'s";
        w.Write($"| rank | strategy | {score} | scenarios |\n| ---: | --- | ---: | ---: |\n");
        foreach (var r in board.Ranking)
        {
            string rank = r.Rank?.ToString(C) ?? "n/a";
            w.Write($"| {rank} | {r.Strategy} | {Percent(r.ScorePercent)} | {r.Scenarios.ToString(C)} |\n");
        }
        if (board.Reference is { } referenceRan) w.Write($"| reference | {referenceRan} | 0.0% | {board.Scenarios.Count.ToString(C)} |\n");
        w.Write("\n" + Explanation() + "\n");
        foreach (var scenario in board.Scenarios)
        {
            w.Write($"\n## {scenario.Scenario}\n\n| strategy | {k} | difference to {baseline} | gap to {reference} | fill_rate | on_time_rate |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var e in scenario.Entries)
            {
                string name = e.Strategy == board.Reference ? $"{e.Strategy} (reference)" : e.Strategy;
                string gap = e.Strategy == board.Reference ? "reference" : Percent(e.GapPercent);
                w.Write($"| {name} | {Cell(e.Objective)} | {(e.Difference is { } diff ? Cell(diff) : "baseline")} | {gap} | {Cell(e.FillRate)} | {Cell(e.OnTimeRate)} |\n");
            }
        }
        w.Write($"\nEach cell: mean [95% interval]. The difference is paired: each strategy's {k} minus {baseline}'s on the same replication, "
            + $"then the mean and interval of those differences. Seconds per replication are in {LeaderboardMerge.Timings}, apart from this file, "
            + "because wall time differs from run to run and this file does not.\n");
    }

    private string Explanation()
    {
        string k = board.Kpi, baseline = board.Baseline, reference = benchmark.Reference;
        string text = board.RankedByReference
            ? $"Ranked by the mean over scenarios of the gap to {reference}: (mean {k} - {reference}'s mean {k}) / {reference}'s mean, in per cent. "
              + $"{reference} is a reference, not a policy: it plans knowing each replication in advance (every request, hazard and breakdown), so it is not ranked; "
              + $"the gap says how far a policy is from what was possible. Where {reference}'s mean is 0, a gap is 0 when the policy's mean is 0 too, and undefined otherwise."
            : $"{reference} did not run, so the rank is by the mean over scenarios of the paired difference with {baseline}, as a per cent of {baseline}'s mean {k} "
              + $"(0 for {baseline} itself). Where {baseline}'s mean is 0, that share is 0 when the difference is 0 too, and undefined otherwise.";
        text += " Every mean is over the same scenarios: one where any policy's score is undefined counts for none";
        return text + (board.Unranked.Count == 0 ? "." : $" (left out here: {string.Join(", ", board.Unranked)}).");
    }

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.0", C) + "%" : "n/a";

    private static string Cell(Interval i) =>
        i.HasInterval ? $"{KpiTable.Format(i.Mean)} [{KpiTable.Format(i.Low)}, {KpiTable.Format(i.High)}]" : $"{KpiTable.Format(i.Mean)} [n/a]";
}

// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;

namespace LogisticsSim.Reporting.Files;

/// <summary>Reads leaderboard.json, and timings.csv beside it, as `benchmark` and `merge` write them.</summary>
public static class LeaderboardJson
{
    public const string FileName = "leaderboard.json";
    public const string TimingsFileName = "timings.csv";

    /// <summary>The leaderboard; <paramref name="timings"/> (timings.csv's text, or null) gives the seconds per replication.</summary>
    public static LeaderboardResults Read(string text, string file, string? timings = null, string timingsFile = TimingsFileName)
    {
        var seconds = timings is null ? [] : Seconds(timings, timingsFile);
        using var document = ResultsJson.Parse(text, file);
        var root = document.RootElement;
        string kpi = ResultsJson.Text(root, "kpi", file);
        string? reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        var ranking = Array(root, "ranking", file).Select(p => new LeaderboardPlace(
            p.TryGetProperty("rank", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            ResultsJson.Text(p, "strategy", file), ResultsJson.Number(p, "score_percent"),
            p.TryGetProperty("scenarios", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0)).ToArray();
        var unranked = root.TryGetProperty("unranked_scenarios", out var u) && u.ValueKind == JsonValueKind.Array
            ? u.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
        var scenarios = new List<LeaderboardScenarioResults>();
        foreach (var scenario in Array(root, "scenarios", file))
        {
            string name = ResultsJson.Text(scenario, "scenario", file);
            if (!scenario.TryGetProperty("strategies", out var strategies) || strategies.ValueKind != JsonValueKind.Object)
            {
                throw ResultsJson.Missing(file, $"scenarios[{scenarios.Count}].strategies", "an object of strategies");
            }
            var rows = strategies.EnumerateObject().Select(s => new LeaderboardStrategyResults(s.Name,
                Estimate(s.Value, kpi), s.Value.TryGetProperty("difference", out _) ? Estimate(s.Value, "difference") : null,
                ResultsJson.Number(s.Value, "gap_percent"), Estimate(s.Value, "fill_rate"), Estimate(s.Value, "on_time_rate"),
                seconds.GetValueOrDefault((name, s.Name), double.NaN))).ToArray();
            int replications = scenario.TryGetProperty("replications", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0;
            scenarios.Add(new LeaderboardScenarioResults(name, replications, rows));
        }
        return new LeaderboardResults(ResultsJson.Text(root, "suite", file), root.TryGetProperty("description", out var d) ? d.GetString() : null,
            kpi, ResultsJson.Text(root, "baseline", file), reference, ranking, unranked, scenarios);
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name, string file) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : throw ResultsJson.Missing(file, name, "a list");

    private static KpiEstimate Estimate(JsonElement strategy, string name) =>
        strategy.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object
            ? new KpiEstimate(name, ResultsJson.Number(e, "mean"), ResultsJson.Bound(e, 0), ResultsJson.Bound(e, 1))
            : new KpiEstimate(name, double.NaN, double.NaN, double.NaN);

    private static Dictionary<(string, string), double> Seconds(string text, string file)
    {
        var seconds = new Dictionary<(string, string), double>();
        foreach (var row in Csv.Read(text, file, ["scenario", "strategy", "wall_seconds_mean"]))
        {
            seconds[(row.Text("scenario"), row.Text("strategy"))] = row.Number("wall_seconds_mean", optional: true);
        }
        return seconds;
    }
}

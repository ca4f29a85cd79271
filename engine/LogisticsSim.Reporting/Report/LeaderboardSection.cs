// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Report;

/// <summary>The report's leaderboard: the policies ranked overall, then each scenario's table, as leaderboard.md has them, with the seconds of timings.csv.</summary>
internal static class LeaderboardSection
{
    public static string Tables(LeaderboardResults board)
    {
        var html = new StringBuilder();
        string k = board.Kpi, baseline = board.Baseline;
        if (board.Description is { } d) html.Append($"<p>{Html.Text(d)}</p>\n");
        string ranking = board.Reference is { } reference
            ? $"Policies ranked by their mean gap to {reference} over the scenarios: (mean {k} − {reference}'s mean {k}) / {reference}'s mean. "
              + $"{reference} is a reference, not a policy: it plans knowing each replication in advance, so it is not ranked."
            : $"The reference did not run, so policies are ranked by their mean paired difference with {baseline}, as a per cent of {baseline}'s mean {k}.";
        html.Append($"<p>{Html.Text(ranking)} Lower is better. Every strategy ran the same replications.</p>\n");
        var rows = board.Ranking.Select(r => (IReadOnlyList<string>)[r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–", r.Strategy, Percent(r.ScorePercent),
            r.Scenarios.ToString(CultureInfo.InvariantCulture)]).ToList();
        if (board.Reference is { } rf) rows.Add(["reference", rf, "0%", board.Scenarios.Count.ToString(CultureInfo.InvariantCulture)]);
        Html.Table(html, "leaderboard-ranking", ["rank", "strategy", board.Reference is null ? $"mean difference to {baseline} (%)" : $"mean gap to {board.Reference}", "scenarios"], rows);
        if (board.Unranked.Count > 0) html.Append($"<p>Left out of the ranking (a score undefined there): {Html.Text(string.Join(", ", board.Unranked))}.</p>\n");
        html.Append($"<p>Per scenario: mean [95% interval]; the difference is paired with {Html.Text(baseline)} replication by replication. "
            + "Wall seconds per replication come from timings.csv and, unlike everything else here, differ from run to run.</p>\n");
        for (int i = 0; i < board.Scenarios.Count; i++)
        {
            var scenario = board.Scenarios[i];
            html.Append($"<h3 id=\"leaderboard-scenario{i}\">{Html.Text(scenario.Scenario)}</h3>\n");
            Html.Table(html, $"leaderboard-scenario{i}-table",
                ["strategy", k, $"difference to {baseline}", board.Reference is null ? "gap" : $"gap to {board.Reference}", "fill_rate", "on_time_rate", "wall s per replication"],
                scenario.Strategies.Select(e => (IReadOnlyList<string>)[
                    e.Strategy == board.Reference ? $"{e.Strategy} (reference)" : e.Strategy, Cell(e.Objective),
                    e.Difference is { } diff ? Cell(diff) : "baseline", e.Strategy == board.Reference ? "reference" : Percent(e.GapPercent),
                    Cell(e.FillRate), Cell(e.OnTimeRate), Html.Number(e.WallSeconds)]));
        }
        return html.ToString();
    }

    private static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Cell(KpiEstimate e) => double.IsNaN(e.Low) ? Html.Number(e.Mean) : $"{Html.Number(e.Mean)} [{Html.Number(e.Low)}, {Html.Number(e.High)}]";
}

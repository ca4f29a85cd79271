// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Report;

/// <summary>
/// The report's first section for a criticality study: the five changes that matter most in plain words, then every
/// change ranked, the tornado chart and the map.
/// </summary>
internal static class CriticalitySection
{
    public const int Headline = 5;

    public static string Title(CriticalityResults results) =>
        results.Gains ? "The five additions that matter most" : "The five changes that matter most";

    public static string Body(CriticalityResults results, Scenario? scenario)
    {
        var html = new StringBuilder();
        string what = results.Gains
            ? "Each addition (one more vehicle, half as much stock or storage again, a link without its hazards) ran alone"
            : $"Each loss (a link or node {Html.Text(results.Disruption)}, fewer vehicles, half the stock) ran alone";
        html.Append($"<p>{what} on the same {results.Replications} replications as the scenario as written (seed {results.Seed}, strategy {Html.Text(results.Strategy)}), " +
            "so each difference is paired replication by replication. The objective is a cost: " +
            (results.Gains ? "the larger its fall, the more the addition is worth." : "the larger its rise, the more the loss hurts.") + "</p>\n");
        html.Append("<ol id=\"criticality-headline\">\n");
        foreach (var c in results.Changes.Take(Headline))
        {
            string clear = c.CoversZero ? " (its interval covers zero: not told apart from chance)" : "";
            html.Append($"<li><strong>{Html.Text(c.Label)}</strong>: objective {Signed(c.Objective.Mean)} [{Html.Number(c.Objective.Low)}, {Html.Number(c.Objective.High)}], " +
                $"fill {Signed(c.FillRate.Mean)}, on time {Signed(c.OnTimeRate.Mean)}, deprivation {Signed(c.Deprivation.Mean)} person-days{clear}.</li>\n");
        }
        html.Append("</ol>\n");
        if (results.ScreenedOut.Count > 0)
        {
            html.Append($"<p>Screened out, not run ({results.ScreenedOut.Count}): links that carried no flow in any baseline replication: " +
                $"{Html.Text(string.Join(", ", results.ScreenedOut.Select(s => s.Target)))}.</p>\n");
        }
        html.Append(HtmlReport.Figure("criticality-tornado", $"{results.Scenario}: {(results.Gains ? "marginal value" : "criticality")} (tornado)",
            TornadoChart.Svg(results), 1000, TornadoChart.Height(results)));
        if (scenario is not null)
        {
            html.Append(HtmlReport.Figure("criticality-map", $"{results.Scenario}: links and nodes by {(results.Gains ? "value" : "loss")}",
                CriticalityMap.Svg(scenario, results), MapRenderer.Width, MapRenderer.Height));
        }
        var rows = results.Changes.Select(c => (IReadOnlyList<string>)[c.Rank.ToString(CultureInfo.InvariantCulture), Html.Text(c.Label), Cell(c.Objective), Cell(c.FillRate),
            Cell(c.OnTimeRate), Cell(c.Deprivation), c.CoversZero ? "≈ 0" : ""]);
        html.Append("<details><summary>Every change, ranked</summary>\n");
        Html.Table(html, "criticality-table", ["rank", "change", "objective", "fill_rate", "on_time_rate", "deprivation_person_days", ""], rows);
        html.Append("</details>\n");
        return html.ToString();
    }

    private static string Signed(double value) => double.IsFinite(value) && value > 0 ? "+" + Html.Number(value) : Html.Number(value);

    private static string Cell(KpiEstimate e) => double.IsNaN(e.Low) ? Html.Number(e.Mean) : $"{Html.Number(e.Mean)} [{Html.Number(e.Low)}, {Html.Number(e.High)}]";
}

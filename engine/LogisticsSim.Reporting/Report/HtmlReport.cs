// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using LogisticsSim.Core.Network;
using LogisticsSim.Reporting.Charts;
using LogisticsSim.Reporting.Maps;

namespace LogisticsSim.Reporting.Report;

/// <summary>
/// report.html: one self-contained page (styles and charts inline, nothing loaded from the network)
/// with the scenario in brief, the KPI tables, the charts, the map, every assumption and how to
/// reproduce the run. It holds no clock time, so the same results give the same bytes.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    private const string Style = """
        body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#111;line-height:1.4}
        h1{font-size:1.6em}h2{border-bottom:2px solid #444;padding-bottom:.2em;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}th,td{border:1px solid #999;padding:.2em .5em;text-align:right}
        th:first-child,td:first-child{text-align:left}thead th{background:#eee}
        figure{margin:1em 0 2em}figure svg{width:100%;max-width:900px;height:auto;border:1px solid #ddd}figcaption{font-size:.9em;color:#333}
        nav ul{columns:2}pre{background:#f4f4f4;padding:.8em;overflow-x:auto;font-size:.85em}
        @media print{nav{display:none}figure,table{break-inside:avoid}}
        """;

    public static string Build(ResultsFolder folder, ReportCharts charts)
    {
        var sections = new List<(string Id, string Title, string Body)>();
        // What a planner reads first: the few changes that matter most, before the scenario itself.
        if (folder.Criticality is { } criticality) sections.Add(("criticality", CriticalitySection.Title(criticality), CriticalitySection.Body(criticality, folder.Scenario)));
        sections.Add(("summary", "Scenario", Summary(folder)));
        if (folder.Leaderboard is { } board) sections.Add(("leaderboard", $"Leaderboard: {board.Suite}", LeaderboardSection.Tables(board) + Figures(charts.Leaderboard)));
        if (folder.Run is { } run) sections.Add(("kpis", "Key performance indicators", Kpis(run)));
        if (folder.Comparison is { } comparison) sections.Add(("comparison", "Strategies compared", Comparison(comparison, charts.Comparison)));
        if (folder.Experiment is { } experiment) sections.Add(("experiment", "Experiment: strategies compared at each point", Experiment(experiment, charts.Experiment)));
        if (charts.OverTime.Count > 0) sections.Add(("over-time", "Over time", OverTime(folder) + Figures(charts.OverTime)));
        if (charts.LeadTimes.Count > 0) sections.Add(("lead-times", "Lead times", Figures(charts.LeadTimes)));
        if (charts.Map is { } map) sections.Add(("map", "Network map", MapFigure(map)));
        if (charts.Capacity.Count > 0 || folder.Plan is not null) sections.Add(("capacity", "Capacity plan", Capacity(folder, charts.Capacity)));
        if (folder.Scenario is not null) sections.Add(("assumptions", "Assumptions", Assumptions(folder)));
        sections.Add(("reproduce", "How to reproduce", Reproduce(folder)));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{Html.Text(folder.ScenarioName)}: LogisticsSim report</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n");
        html.Append($"<header><h1>{Html.Text(folder.ScenarioName)}: LogisticsSim report</h1></header>\n<nav><ul>\n");
        foreach (var (id, title, _) in sections) html.Append($"<li><a href=\"#{id}\">{Html.Text(title)}</a></li>\n");
        html.Append("</ul></nav>\n");
        foreach (var (id, title, body) in sections) html.Append($"<section id=\"{id}\">\n<h2>{Html.Text(title)}</h2>\n{body}</section>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Summary(ResultsFolder folder)
    {
        var html = new StringBuilder();
        var rows = new List<IReadOnlyList<string>>();
        if (folder.Scenario is { } s)
        {
            if (s.Description is { } d) html.Append($"<p>{Html.Text(d)}</p>\n");
            rows.Add(["horizon", $"{Html.Number(s.Horizon.Days)} days"]);
            rows.Add(["places", Counts(s.Network.Nodes.GroupBy(n => n.Kind.ToString().ToLowerInvariant()).Select(g => (g.Key, g.Count())))]);
            rows.Add(["links", Counts(s.Network.Links.GroupBy(l => LinkId.ModeName(l.Mode)).Select(g => (g.Key, g.Count())))]);
            rows.Add(["vehicles", Counts(s.Fleet.GroupBy(v => LinkId.ModeName(v.Mode)).Select(g => (g.Key, g.Sum(v => v.Count))))]);
            rows.Add(["items", string.Join(", ", s.Items.Select(i => i.Id.Value))]);
            rows.Add(["stock at the start", $"{Html.Number(s.Stock.Sum(e => e.Tonnes))} t"]);
            rows.Add(["demand", $"{s.Demand.Requests.Count} listed requests, {s.Demand.Arrivals.Count} request streams, {s.Demand.Needs.Count} needs"]);
            rows.Add(["hazards", $"{s.Hazards.Count} (closures, slowdowns, capacity cuts, stock losses, surges)"]);
        }
        if (folder.Run is { } run) rows.Add(["run", $"strategy {run.Strategy}, seed {run.Seed}, {run.Replications} replication(s)"]);
        if (folder.Comparison is { } c) rows.Add(["comparison", $"strategies {string.Join(", ", c.Strategies)}, seed {c.Seed}, {c.Replications} replications each, common random numbers"]);
        Html.Table(html, "scenario-summary", ["", folder.ScenarioName], rows);
        return html.ToString();
    }

    private static string Counts(IEnumerable<(string Key, int Count)> counts) =>
        string.Join(", ", counts.Select(c => $"{c.Count.ToString(CultureInfo.InvariantCulture)} {c.Key}"));

    private static string Kpis(Files.RunResults run)
    {
        var html = new StringBuilder();
        html.Append($"<p>Mean over {run.Replications} replication(s) of {Html.Text(run.Strategy)}, with the 95% confidence interval where there are several (Student's t on the logit scale for shares and the log scale for quantities that cannot be negative, so that it stays within their bounds).</p>\n");
        Html.Table(html, "kpi-table", ["KPI", "mean", "95% low", "95% high"],
            run.Kpis.Select(k => (IReadOnlyList<string>)[k.Path, Html.Number(k.Mean), Html.Number(k.Low), Html.Number(k.High)]));
        return html.ToString();
    }

    private static string Comparison(Files.ComparisonResults c, IReadOnlyList<ChartSpec> charts)
    {
        var html = new StringBuilder();
        html.Append($"<p>Every strategy ran on the same {c.Replications} replications (the same hazards, demand, travel times and breakdowns). Each cell: mean [95% interval].</p>\n");
        Html.Table(html, "comparison-table", ["KPI", .. c.Strategies],
            c.Kpis.Select(k => (IReadOnlyList<string>)[k.Path, .. k.PerStrategy.Select(e => double.IsNaN(e.Low) ? Html.Number(e.Mean) : $"{Html.Number(e.Mean)} [{Html.Number(e.Low)}, {Html.Number(e.High)}]")]));
        html.Append(Figures(charts));
        return html.ToString();
    }

    private static string Experiment(Files.ExperimentResults experiment, IReadOnlyList<(string Label, IReadOnlyList<ChartSpec> Charts)> charts)
    {
        var html = new StringBuilder();
        html.Append($"<p>{Html.Text(experiment.Experiment)}: {experiment.Points.Count} scenario and grid points; at each, every strategy ran on the same replications. Each cell: mean [95% interval].</p>\n");
        for (int i = 0; i < experiment.Points.Count; i++)
        {
            var point = experiment.Points[i];
            html.Append($"<h3 id=\"point{i}\">{Html.Text(point.Label)}</h3>\n");
            html.Append(Comparison(point.Results, charts[i].Charts).Replace("id=\"comparison-table\"", $"id=\"point{i}-table\"", StringComparison.Ordinal));
        }
        return html.ToString();
    }

    private static string OverTime(ResultsFolder folder)
    {
        var strategies = folder.Timelines.Select(t => t.Strategy).ToArray();
        string which = strategies.Length > 1
            ? $"The charts follow {Html.Text(strategies[0])}, the baseline; timeline.csv holds every strategy ({Html.Text(string.Join(", ", strategies))})."
            : $"The charts follow {Html.Text(strategies[0])}.";
        return $"<p>Means over replications, sampled every {Html.Number(Step(folder))} h of simulated time. {which}</p>\n";
    }

    private static double Step(ResultsFolder folder)
    {
        var times = folder.Timelines[0].Timeline.TimesH;
        return times.Count > 1 ? times[1] - times[0] : 0;
    }

    private static string Figures(IEnumerable<ChartSpec> charts)
    {
        var html = new StringBuilder();
        foreach (var chart in charts) html.Append(Figure("chart-" + chart.Id, chart.Title, ChartRenderer.Svg(chart), ChartRenderer.Width, ChartRenderer.Height));
        return html.ToString();
    }

    private static string MapFigure(NetworkMap map) =>
        Figure("network-map", map.Title, MapRenderer.Svg(map), MapRenderer.Width, MapRenderer.Height);

    /// <summary>An SVG inline: without its XML declaration, scaled to the page by a viewBox, named for screen readers.</summary>
    internal static string Figure(string id, string title, string svg, int width, int height)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        string body = svg[start..].Trim();
        body = $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Html.Text(title)}\"" + body["<svg".Length..];
        return $"<figure id=\"{Html.Text(id)}\">\n{body}\n<figcaption>{Html.Text(title)}</figcaption>\n</figure>\n";
    }

    private static string Capacity(ResultsFolder folder, IReadOnlyList<ChartSpec> charts)
    {
        var html = new StringBuilder();
        foreach (var curve in folder.CapacityCurves)
        {
            Html.Table(html, "capacity-" + curve.Parameter.Replace('.', '-'), [curve.Parameter, "fill promised", "fill simulated", "deprivation (person-days)", "cost"],
                curve.Points.Select(p => (IReadOnlyList<string>)[Html.Number(p.Value), Html.Number(p.FillPromised), Html.Number(p.FillSimulated), Html.Number(p.DeprivationPersonDays), Html.Number(p.Cost)]));
        }
        if (folder.Plan is { } plan)
        {
            string budget = double.IsFinite(plan.Budget) ? $" of a budget of {Html.Number(plan.Budget)}" : "";
            html.Append($"<p id=\"plan-solve\">Solver {Html.Text(plan.Solver)}: {Html.Text(plan.Status)}, objective {Html.Number(plan.Objective)}, bound {Html.Number(plan.Bound)}, "
                + $"gap {Html.Number(plan.Gap)}, LP relaxation {Html.Number(plan.LpRelaxation)}. First-stage cost {Html.Number(plan.FirstStageCost)}{budget}.</p>\n");
            Html.Table(html, "plan-decisions", ["hub", "size", "stock", "vehicles", "cost"],
                plan.Decisions.Select(d => (IReadOnlyList<string>)[Html.Text(d.Node), Html.Text(d.Size), Html.Text(d.Stock), Html.Text(d.Vehicles), Html.Number(d.Cost)]));
            Html.Table(html, "plan-scenarios", ["hazard scenario", "probability", "demand (t)", "fill promised", "fill simulated", "95% interval"],
                plan.Scenarios.Select(f => (IReadOnlyList<string>)[Html.Text(f.Id), Html.Number(f.Probability), Html.Number(f.DemandTonnes), Html.Number(f.Promised),
                    Html.Number(f.Simulated), double.IsFinite(f.Low) ? $"{Html.Number(f.Low)} to {Html.Number(f.High)}" : ""]));
        }
        html.Append(Figures(charts));
        if (folder.PlanJson is { } json) html.Append($"<details><summary>plan.json</summary>\n<pre id=\"plan-json\">{Html.Text(json)}</pre></details>\n");
        return html.ToString();
    }

    private static string Assumptions(ResultsFolder folder)
    {
        var html = new StringBuilder();
        html.Append("<p>Every number the scenario set. The file itself follows, as it was run.</p>\n");
        AssumptionTables.Write(html, folder.Scenario!);
        var (shown, lines, left) = ScenarioHead(folder.ScenarioYaml!);
        string summary = left == 0 ? ResultsFolder.ScenarioFileName
            : $"{ResultsFolder.ScenarioFileName}: its first {lines.ToString("#,0", CultureInfo.InvariantCulture)} lines, {left.ToString("#,0", CultureInfo.InvariantCulture)} more in the file beside this report";
        html.Append($"<details><summary>{Html.Text(summary)}</summary>\n<pre id=\"scenario-yaml\">{Html.Text(shown)}</pre></details>\n");
        return html.ToString();
    }

    /// <summary>The most characters of scenario.yaml a report prints: a country's file (400 KB of nodes and links) stays beside it.</summary>
    public const int MaxScenarioChars = 100_000;

    /// <summary>The file's lines that fit in <see cref="MaxScenarioChars"/>, how many they are, and how many lines follow them (0: the whole file).</summary>
    internal static (string Shown, int Lines, int Left) ScenarioHead(string yaml)
    {
        if (yaml.Length <= MaxScenarioChars) return (yaml, 0, 0);
        int cut = yaml.LastIndexOf('\n', MaxScenarioChars - 1) + 1;
        int shown = yaml.AsSpan(0, cut).Count('\n'), total = yaml.AsSpan().Count('\n') + (yaml.EndsWith('\n') ? 0 : 1);
        return (yaml[..cut] + "...", shown, total - shown);
    }

    private static string Reproduce(ResultsFolder folder)
    {
        var lines = new List<string>();
        string scenario = folder.Scenario is null ? "SCENARIO.yaml" : ResultsFolder.ScenarioFileName;
        if (folder.Run is { } run) lines.Add($"logisticssim run {scenario} --strategy {run.Strategy} --seed {run.Seed} -r {run.Replications} --out DIR --report");
        if (folder.Leaderboard is not null) lines.Add("logisticssim merge DIR           # the benchmark's folder: results.json and the leaderboard again, from its units");
        else if (folder.Experiment is not null) lines.Add("logisticssim merge DIR           # the experiment's folder, after sweep: results.json again");
        if (folder.Comparison is { } c) lines.Add($"logisticssim compare {scenario} --strategies {string.Join(",", c.Strategies)} --seed {c.Seed} -r {c.Replications} --out DIR --report");
        if (folder.Criticality is { } k)
        {
            lines.Add($"logisticssim criticality {scenario} {(k.Gains ? "--gains" : $"--disruption {k.Disruption}")} --seed {k.Seed} -r {k.Replications} --out DIR   # with the --targets, --from and --for of the study");
        }
        lines.Add("logisticssim report DIR          # this page again, from the folder's files alone");
        return "<p>From this folder (it holds the scenario as run), with the same engine version, the commands below give the same summary, tables and charts byte for byte, on any machine and any number of threads. manifest.json records the version, commit and machine of this run.</p>\n"
            + $"<pre id=\"reproduce-commands\">{Html.Text(string.Join("\n", lines))}</pre>\n";
    }
}

// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Reporting;
using LogisticsSim.Reporting.Files;
using LogisticsSim.Reporting.Report;

namespace LogisticsSim.Cli.Commands;

/// <summary>What every command with results can also write: charts (PNG and SVG), report.html and network.geojson.</summary>
public sealed class PictureOptions
{
    public Option<bool> Charts { get; } = new("--charts") { Description = "Also write every chart as PNG and SVG (chart-*.png, chart-*.svg, network-map.png, network-map.svg) to --out." };
    public Option<bool> Report { get; } = new("--report") { Description = "Also write report.html to --out: one self-contained page with tables, charts, map and assumptions." };
    public Option<bool> GeoJson { get; } = new("--geojson") { Description = "Also write network.geojson to --out: nodes, links and flows for QGIS or a web map." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Charts, Report, GeoJson }) command.Options.Add(option);
    }

    /// <summary>Refuses, before anything runs, a picture asked for without a folder to put it in.</summary>
    public void Check(ParseResult parsed, string? output)
    {
        foreach (var option in new[] { Charts, Report, GeoJson })
        {
            if (parsed.GetValue(option) && output is null) throw new UserInputException($"error: {option.Name}: found no --out, expected --out DIR, the folder to write to");
        }
    }

    /// <summary>Adds the pictures asked for, made from the pending files alone (as `report DIR` would from the written folder).</summary>
    public void Produce(ParseResult parsed, PendingFiles files, string folder, Scenario scenario, IReadOnlyList<StrategyTimeline> timelines)
    {
        try
        {
            if (parsed.GetValue(GeoJson)) files.Add(NetworkGeoJson.FileName, w => NetworkGeoJson.Write(w, scenario, timelines));
            if (!parsed.GetValue(Charts) && !parsed.GetValue(Report)) return;
            var results = ResultsFolder.FromFiles(folder, files.Texts);
            var charts = ReportCharts.For(results);
            if (parsed.GetValue(Charts))
            {
                foreach (var (name, content) in charts.Files()) files.Add(name, content);
            }
            if (parsed.GetValue(Report)) files.Add(HtmlReport.FileName, HtmlReport.Build(results, charts));
        }
        catch (ReportInputException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    /// <summary>The data behind the charts, always written with the results: timeline.csv, flows.csv and the scenario as run.</summary>
    public static void AddChartData(PendingFiles files, Scenario scenario, string scenarioFile, IReadOnlyList<StrategyTimeline> timelines)
    {
        files.Add(TimelineCsv.FileName, w => TimelineCsv.Write(w, timelines));
        files.Add(FlowsCsv.FileName, w => FlowsCsv.Write(w, scenario, timelines));
        AddScenario(files, scenarioFile);
    }

    /// <summary>The scenario as run, as scenario.yaml: the report's assumptions, and what reproduces the results.</summary>
    public static void AddScenario(PendingFiles files, string scenarioFile) =>
        files.Add(ResultsFolder.ScenarioFileName, File.ReadAllText(scenarioFile).Replace("\r\n", "\n"));
}

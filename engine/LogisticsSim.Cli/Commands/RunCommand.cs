// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim run [SCENARIO]`: simulates replications and writes summary.json, requests.csv,
/// legs.csv (where the scenario has transfer nodes), the chart data (timeline.csv, flows.csv, scenario.yaml) and manifest.json, and on request the
/// charts, report.html and network.geojson.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var common = new ReplicationOptions(10, "Replications, run in parallel.",
            "Folder for summary.json, requests.csv, timeline.csv, flows.csv, scenario.yaml and manifest.json (nothing is written without it).");
        var pictures = new PictureOptions();
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Allocation strategy: fcfs, priority, ortools, hindsight (a reference), exec:COMMAND or a strategy .dll (default: the scenario's)." };
        var command = new Command("run", "Simulate a scenario and report its KPIs with 95% confidence intervals.") { strategy };
        common.AddTo(command);
        pictures.AddTo(command);
        command.SetAction(parsed =>
        {
            var job = ReplicationJob.Start("run", parsed, common, pictures, context, 1, "", "summary.json", "requests.csv");
            var loaded = job.Load();
            var factory = StrategyCatalog.For(parsed.GetValue(strategy), loaded, context.Error);
            var (runs, precision) = job.Simulate(loaded, [factory]);
            var run = runs[0];
            KpiTable.Print(job.Console, run);
            job.Print(precision, runs);
            job.Write(context.Out, loaded, runs, precision, files =>
            {
                files.Add("summary.json", w => SummaryJson.Write(w, run, precision));
                files.Add("requests.csv", w => RequestsCsv.Write(w, run));
                // Only where a request can be a chain (a transfer node and two modes), as for the chain KPIs, so that other
                // scenarios keep their set of files.
                if (run.Replications.Any(r => r.Kpis.Transfers is not null)) files.Add(LegsCsv.FileName, w => LegsCsv.Write(w, run));
            }, settings =>
            {
                settings["strategy"] = run.Strategy;
                settings["strategy_settings"] = StrategyCatalog.Settings(parsed.GetValue(strategy), loaded);
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}

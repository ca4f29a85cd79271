// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim run [SCENARIO]`: simulates replications and writes summary.json, requests.csv,
/// the chart data (timeline.csv, flows.csv, scenario.yaml) and manifest.json, and on request the
/// charts, report.html and network.geojson.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var common = new ReplicationOptions(10, "Replications, run in parallel.",
            "Folder for summary.json, requests.csv, timeline.csv, flows.csv, scenario.yaml and manifest.json (nothing is written without it).");
        var pictures = new PictureOptions();
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Allocation strategy: fcfs, priority, ortools, exec:COMMAND or a strategy .dll (default: the scenario's)." };
        var command = new Command("run", "Simulate a scenario and report its KPIs with 95% confidence intervals.") { strategy };
        common.AddTo(command);
        pictures.AddTo(command);
        var (scenario, seed, output, threads) = (common.Scenario, common.Seed, common.Output, common.Threads);
        command.SetAction(parsed =>
        {
            var manifest = new Manifest("run", Environment.GetCommandLineArgs().Skip(1));
            int reps = common.CheckedReplications(parsed, 1, "");
            string? dir = parsed.GetValue(output);
            pictures.Check(parsed, dir);
            var loaded = ScenarioFiles.Load(parsed.GetValue(scenario));
            var factory = StrategyCatalog.For(parsed.GetValue(strategy), loaded, context.Error);
            manifest.EndPhase("load");
            var console = Consoles.For(context.Out);
            // The timeline is recorded only when there is a folder to write it to.
            var step = dir is null ? (Kernel.SimTime?)null : TimelineGrid.DefaultStep(loaded.Horizon);
            var run = Progress.Run(console, reps, progress =>
                ReplicationRunner.Run(loaded, factory, reps, parsed.GetValue(seed), parsed.GetValue(threads), progress, timelineStep: step));
            manifest.EndPhase("simulate");
            KpiTable.Print(console, run);
            if (dir is not null)
            {
                var folder = new OutputDirectory(dir);
                string scenarioFile = ScenarioFiles.Resolve(parsed.GetValue(scenario));
                var timelines = new[] { new StrategyTimeline(run.Strategy, run.MeanTimeline!) };
                var files = new PendingFiles();
                files.Add("summary.json", w => SummaryJson.Write(w, run));
                files.Add("requests.csv", w => RequestsCsv.Write(w, run));
                PictureOptions.AddChartData(files, loaded, scenarioFile, timelines);
                pictures.Produce(parsed, files, folder.Path, loaded, timelines);
                manifest.Settings["scenario_file"] = scenarioFile;
                manifest.Settings["strategy"] = run.Strategy;
                manifest.Settings["strategy_settings"] = StrategyCatalog.Settings(parsed.GetValue(strategy), loaded);
                manifest.Settings["seed"] = run.Seed;
                manifest.Settings["replications"] = reps;
                manifest.Settings["timeline_step_h"] = step!.Value.Hours;
                files.WriteWithManifest(folder, manifest, context.Out);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

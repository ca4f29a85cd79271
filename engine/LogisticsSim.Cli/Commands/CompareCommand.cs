// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Timelines;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Cli.Commands;

/// <summary>`logisticssim compare SCENARIO --strategies a,b,c`: strategies on the same replications, with paired differences, and on request charts, report.html and network.geojson.</summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var common = new ReplicationOptions(30, "Replications per strategy, the same ones for each.",
            "Folder for compare.json, compare.csv, timeline.csv, flows.csv, scenario.yaml and manifest.json.");
        var pictures = new PictureOptions();
        var strategies = new Option<string>("--strategies") { Description = "Comma-separated strategies; the first is the baseline of the differences.", DefaultValueFactory = _ => "fcfs,priority" };
        var command = new Command("compare", "Run strategies on the same random realisations and compare their KPIs with 95% intervals.") { strategies };
        common.AddTo(command);
        pictures.AddTo(command);
        var (scenario, seed, output, threads) = (common.Scenario, common.Seed, common.Output, common.Threads);
        command.SetAction(parsed =>
        {
            var manifest = new Manifest("compare", Environment.GetCommandLineArgs().Skip(1));
            int reps = common.CheckedReplications(parsed, 2, " (intervals need two)");
            var names = StrategyCatalog.List(parsed.GetValue(strategies)!, "--strategies");
            string? dir = parsed.GetValue(output);
            pictures.Check(parsed, dir);
            var loaded = ScenarioFiles.Load(parsed.GetValue(scenario));
            var factories = names.Select(n => StrategyCatalog.For(n, loaded, context.Error, option: "--strategies")).ToArray();
            manifest.EndPhase("load");
            var console = Consoles.For(context.Out);
            var step = dir is null ? (Kernel.SimTime?)null : TimelineGrid.DefaultStep(loaded.Horizon);
            var runs = Progress.Run(console, reps * names.Length, progress =>
                factories.Select(f => ReplicationRunner.Run(loaded, f, reps, parsed.GetValue(seed), parsed.GetValue(threads), progress, timelineStep: step)).ToArray());
            manifest.EndPhase("simulate");
            var comparison = new Comparison(runs);
            long usedSeed = runs[0].Seed;
            ComparisonFiles.Print(console, comparison, loaded.Name, reps);
            if (dir is not null)
            {
                var folder = new OutputDirectory(dir);
                string scenarioFile = ScenarioFiles.Resolve(parsed.GetValue(scenario));
                var timelines = runs.Select(r => new StrategyTimeline(r.Strategy, r.MeanTimeline!)).ToArray();
                var files = new PendingFiles();
                files.Add("compare.json", w => ComparisonFiles.WriteJson(w, comparison, loaded.Name, usedSeed, reps));
                files.Add("compare.csv", w => ComparisonFiles.WriteCsv(w, comparison));
                PictureOptions.AddChartData(files, loaded, scenarioFile, timelines);
                pictures.Produce(parsed, files, folder.Path, loaded, timelines);
                manifest.Settings["scenario_file"] = scenarioFile;
                manifest.Settings["strategies"] = names;
                manifest.Settings["strategy_settings"] = names.ToDictionary(n => n, n => StrategyCatalog.Settings(n, loaded));
                manifest.Settings["seed"] = usedSeed;
                manifest.Settings["replications"] = reps;
                manifest.Settings["timeline_step_h"] = step!.Value.Hours;
                files.WriteWithManifest(folder, manifest, context.Out);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

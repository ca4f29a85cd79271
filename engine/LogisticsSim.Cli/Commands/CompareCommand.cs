// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;

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
        command.SetAction(parsed =>
        {
            var job = ReplicationJob.Start("compare", parsed, common, pictures, context, 2, " (intervals need two)", "compare.json", "compare.csv");
            var names = StrategyCatalog.List(parsed.GetValue(strategies)!, "--strategies");
            var loaded = job.Load();
            var factories = names.Select(n => StrategyCatalog.For(n, loaded, context.Error, option: "--strategies")).ToArray();
            var (runs, precision) = job.Simulate(loaded, factories);
            var comparison = new Comparison(runs);
            long usedSeed = runs[0].Seed;
            int reps = runs[0].Replications.Count;
            ComparisonTable.Print(job.Console, comparison, loaded.Name, reps);
            job.Print(precision, runs);
            job.Write(context.Out, loaded, runs, precision, files =>
            {
                files.Add("compare.json", w => ComparisonFiles.WriteJson(w, comparison, loaded.Name, usedSeed, reps, precision));
                files.Add("compare.csv", w => ComparisonFiles.WriteCsv(w, comparison));
            }, settings =>
            {
                settings["strategies"] = names;
                settings["strategy_settings"] = names.ToDictionary(n => n, n => StrategyCatalog.Settings(n, loaded));
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}

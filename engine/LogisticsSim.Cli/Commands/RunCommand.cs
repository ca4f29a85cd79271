// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments;
using Spectre.Console;

namespace LogisticsSim.Cli.Commands;

/// <summary>`logisticssim run [SCENARIO]`: simulates replications and writes summary.json, requests.csv and manifest.json.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var common = new ReplicationOptions(10, "Replications, run in parallel.",
            "Folder for summary.json, requests.csv and manifest.json (nothing is written without it).");
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Allocation strategy: fcfs, priority, ortools, exec:COMMAND or a strategy .dll (default: the scenario's)." };
        var command = new Command("run", "Simulate a scenario and report its KPIs with 95% confidence intervals.") { strategy };
        common.AddTo(command);
        var (scenario, seed, output, threads) = (common.Scenario, common.Seed, common.Output, common.Threads);
        command.SetAction(parsed =>
        {
            var manifest = new Manifest("run", Environment.GetCommandLineArgs().Skip(1));
            int reps = common.CheckedReplications(parsed, 1, "");
            var loaded = ScenarioFiles.Load(parsed.GetValue(scenario));
            var factory = StrategyCatalog.For(parsed.GetValue(strategy), loaded, context.Error);
            manifest.EndPhase("load");
            var console = Consoles.For(context.Out);
            var run = Progress.Run(console, reps, progress =>
                ReplicationRunner.Run(loaded, factory, reps, parsed.GetValue(seed), parsed.GetValue(threads), progress));
            manifest.EndPhase("simulate");
            KpiTable.Print(console, run);
            if (parsed.GetValue(output) is { } dir)
            {
                var folder = new OutputDirectory(dir);
                folder.Write("summary.json", w => SummaryJson.Write(w, run));
                folder.Write("requests.csv", w => RequestsCsv.Write(w, run));
                manifest.Settings["scenario_file"] = ScenarioFiles.Resolve(parsed.GetValue(scenario));
                manifest.Settings["strategy"] = run.Strategy;
                manifest.Settings["strategy_settings"] = StrategyCatalog.Settings(run.Strategy, loaded);
                manifest.Settings["seed"] = run.Seed;
                manifest.Settings["replications"] = reps;
                manifest.EndPhase("write");
                folder.Write("manifest.json", manifest.Write);
                context.Out.WriteLine($"wrote summary.json, requests.csv and manifest.json to {folder.Path}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

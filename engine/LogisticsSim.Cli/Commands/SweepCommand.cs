// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim sweep EXPERIMENT --out DIR [--resume] [--shard i/n]`: runs an experiment's units on all
/// cores, one result file each; merges when the whole plan ran in this process.
/// </summary>
public static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var experiment = new Argument<string>("experiment") { Description = "The experiment file (YAML)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for units.json, units/ and the merged results.", Required = true };
        var resume = new Option<bool>("--resume") { Description = "Skip units whose result exists (a re-run of a finished experiment does nothing)." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (i/n, from 0/n): the same units every time." };
        var threads = new Option<int?>("--threads") { Description = "Threads at most (default: all cores); results do not depend on it." };
        var command = new Command("sweep", "Run an experiment: scenarios x strategies x grid x replications, resumable and shardable.")
        {
            experiment, output, resume, shard, threads,
        };
        command.SetAction(parsed =>
        {
            var spec = Shard(parsed.GetValue(shard));
            Threads(parsed.GetValue(threads));
            return Execute(context, parsed.GetValue(experiment)!, parsed.GetValue(output)!, spec, parsed.GetValue(resume), parsed.GetValue(threads), default);
        });
        return command;
    }

    /// <summary>The shard of <c>--shard i/n</c>, the whole plan without it, or a <see cref="UserInputException"/>.</summary>
    public static ShardSpec Shard(string? text)
    {
        var spec = ShardSpec.All;
        if (text is not null && (spec = ShardSpec.TryParse(text, out var problem)!) is null) throw new UserInputException($"error: --shard: {problem}");
        return spec;
    }

    /// <summary>Refuses <c>--threads</c> below 1.</summary>
    public static void Threads(int? threads)
    {
        if (threads is < 1) throw new UserInputException("error: --threads: expected a whole number >= 1");
    }

    /// <summary>The command's work, callable with a cancellation token (tests stop a sweep half-way with it).</summary>
    public static int Execute(CliContext context, string experimentFile, string outDir, ShardSpec shard, bool resume, int? threads, CancellationToken cancel)
    {
        var setup = SweepSetup.Load(experimentFile, context.Error);
        SweepFolder.Check(outDir, setup);
        return Run(context, setup, outDir, shard, resume, threads, cancel);
    }

    /// <summary>Runs a checked setup into a checked folder, and merges when this process ran the whole plan; `benchmark` runs this too.</summary>
    public static int Run(CliContext context, SweepSetup setup, string outDir, ShardSpec shard, bool resume, int? threads, CancellationToken cancel)
    {
        var console = Consoles.For(context.Out);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = SweepProgressBar.Run(console, progress => SweepRunner.Run(setup, outDir, shard, resume, threads, progress, cancel));
        var c = CultureInfo.InvariantCulture;
        string scope = shard.Count == 1 ? "" : $" (shard {shard})";
        context.Out.WriteLine(string.Create(c,
            $"{setup.Plan.Experiment.Name}{scope}: {outcome.Counts}; {clock.Elapsed.TotalSeconds:F1} s"));
        if (outcome.TellProblems(context.Error, "run again with --resume to finish", "the others' results are written; run again with --resume to retry the failed ones"))
        {
            return ExitCodes.InternalError;
        }
        if (shard.Count == 1)
        {
            int points = SweepMerge.Run(outDir);
            context.Out.WriteLine($"merged {points} comparison(s): wrote {string.Join(", ", SweepMerge.OutputsIn(outDir))} to {Path.GetFullPath(outDir)}");
        }
        return ExitCodes.Ok;
    }
}

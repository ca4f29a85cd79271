// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Benchmarks;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim benchmark SUITE --out DIR [--strategies LIST] [--resume] [--shard i/n]`: runs a suite's protocol as a
/// sweep (every scenario x strategy x replication from the protocol's master seed) and, when this process ran the
/// whole plan, merges it into the sweep's tables and the leaderboard. `slurm SUITE` runs it as a job array.
/// </summary>
public static class BenchmarkCommand
{
    public static Command Create(CliContext context)
    {
        var suite = new Argument<string>("suite") { Description = "A suite's folder (holding protocol.yaml), or a protocol file." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for units.json, units/, the merged tables, the leaderboard and timings.csv.", Required = true };
        var resume = new Option<bool>("--resume") { Description = "Skip units whose result exists (a re-run of a finished benchmark does nothing)." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n (i/n, from 0/n): the same units every time; then 'merge DIR'." };
        var threads = new Option<int?>("--threads") { Description = "Threads at most (default: all cores); results do not depend on it." };
        var options = new BenchmarkOptions();
        var command = new Command("benchmark", "Rank strategies on a suite of scenarios: objective, paired difference to a baseline, gap to the hindsight reference.")
        {
            suite, output, resume, shard, threads,
        };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var spec = SweepCommand.Shard(parsed.GetValue(shard));
            SweepCommand.Threads(parsed.GetValue(threads));
            var setup = options.Load(parsed, parsed.GetValue(suite)!, context.Error);
            return Execute(context, setup, parsed.GetValue(output)!, spec, parsed.GetValue(resume), parsed.GetValue(threads), default);
        });
        return command;
    }

    /// <summary>Checks the folder, records the benchmark in it, and runs the sweep (which merges when it ran the whole plan).</summary>
    public static int Execute(CliContext context, BenchmarkSetup setup, string outDir, ShardSpec shard, bool resume, int? threads, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(setup);
        SweepFolder.Check(outDir, setup.Sweep, [BenchmarkFile.Name, .. LeaderboardMerge.Outputs]);
        BenchmarkFile.Write(outDir, setup);
        int exit = SweepCommand.Run(context, setup.Sweep, outDir, shard, resume, threads, cancel);
        if (exit == ExitCodes.Ok && shard.Count == 1) context.Out.Write(Overall(Path.Combine(outDir, LeaderboardMerge.Markdown)));
        return exit;
    }

    /// <summary>The overall ranking as leaderboard.md has it, for the console: the table under "## Overall".</summary>
    private static string Overall(string markdown)
    {
        var lines = File.ReadAllLines(markdown).SkipWhile(l => l != "## Overall").Skip(1).SkipWhile(l => l.Length == 0).TakeWhile(l => l.StartsWith('|'));
        return string.Concat(lines.Select(l => l + "\n"));
    }
}

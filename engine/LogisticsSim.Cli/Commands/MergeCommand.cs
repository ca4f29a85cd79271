// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using LogisticsSim.Cli.Output;
using LogisticsSim.Cli.Sweeps;

namespace LogisticsSim.Cli.Commands;

/// <summary>`logisticssim merge DIR`: checks that every unit of a sweep is there and writes the tables of every grid point (and of a benchmark, the leaderboard).</summary>
public static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The folder a sweep wrote (units.json and units/)." };
        var missingShards = new Option<int?>("--missing-shards") { Description = "Print only the shards (of this many) that still have units to run, comma-separated, for sbatch --array." };
        var command = new Command("merge", "Check that every unit of a sweep is present and write results.json, results.csv and results.md (and a benchmark's leaderboard).") { dir, missingShards };
        command.SetAction(parsed =>
        {
            string folder = parsed.GetValue(dir)!;
            if (parsed.GetValue(missingShards) is { } n)
            {
                if (n < 1) throw new UserInputException($"error: --missing-shards: found {n}, expected a whole number >= 1");
                context.Out.WriteLine(string.Join(",", SweepMerge.MissingShards(folder, n)));
                return ExitCodes.Ok;
            }
            var outputs = SweepMerge.OutputsIn(folder);
            OutputDirectory.Checked(folder, "DIR", outputs);
            int points = SweepMerge.Run(folder);
            context.Out.WriteLine($"merged {points} scenario and grid point comparison(s): wrote {string.Join(", ", outputs)} to {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Benchmarks;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// Checks that every unit of the plan has exactly one result made for it, then writes results.json,
/// results.csv and results.md into the folder. Nothing is written when a unit is missing.
/// </summary>
public static class SweepMerge
{
    public static readonly string[] Outputs = ["results.json", "results.csv", "results.md"];

    /// <summary>The files a merge writes into <paramref name="outDir"/>: the tables, and a benchmark's leaderboard and timings.</summary>
    public static IReadOnlyList<string> OutputsIn(string outDir) => BenchmarkFile.Exists(outDir) ? [.. Outputs, .. LeaderboardMerge.Outputs] : Outputs;

    /// <summary>The shards (of <paramref name="shards"/>) with a unit that has no result made for it, in order.</summary>
    public static IReadOnlyList<int> MissingShards(string outDir, int shards)
    {
        // No plan yet: no task got as far as starting, so every shard is still to run.
        if (!File.Exists(Path.Combine(outDir, PlanFile.Name))) return Enumerable.Range(0, shards).ToArray();
        var plan = PlanFile.Read(outDir);
        var files = new UnitFiles(outDir);
        return plan.Units.Where(u => files.ReadResult(u) is null).Select(u => u.Unit.Index % shards).Distinct().Order().ToArray();
    }

    /// <summary>Writes the merged tables, or throws a <see cref="UserInputException"/> listing every missing or failed unit.</summary>
    public static int Run(string outDir)
    {
        var plan = PlanFile.Read(outDir);
        var files = new UnitFiles(outDir);
        var results = new Dictionary<string, IReadOnlyList<(string Path, double Value)>>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var unit in plan.Units)
        {
            if (files.ReadResult(unit) is { } kpis) results[unit.Id] = kpis;
            else if (files.ReadFailure(unit) is { } error) problems.Add($"  {unit.Id}: failed: {error}");
            else if (File.Exists(files.ResultPath(unit.Id))) problems.Add($"  {unit.Id}: its result was made for another version of the experiment or is unreadable");
            else problems.Add($"  {unit.Id}: missing");
        }
        var known = plan.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var s in files.Strangers(known)) problems.Add($"  units/{s}: not a unit of this plan");
        if (problems.Count > 0)
        {
            const int shown = 50;
            string list = string.Join("\n", problems.Take(shown)) + (problems.Count > shown ? $"\n  ... and {problems.Count - shown} more" : "");
            throw new UserInputException($"{Path.Combine(outDir, "units")}: found {problems.Count} of {plan.Units.Count} units missing, failed or foreign, expected every unit exactly once:\n{list}\n" +
                "Run 'logisticssim sweep EXPERIMENT --out DIR --resume' (or resubmit the missing shards) and merge again; nothing was written.");
        }
        var points = ExperimentMerge.Merge(plan.Units.Select(u => u.Unit).ToArray(), plan.Strategies.Count, results);
        var folder = new OutputDirectory(outDir);
        folder.Write(Outputs[0], w => MergedFiles.WriteJson(w, plan, points));
        folder.Write(Outputs[1], w => MergedFiles.WriteCsv(w, plan, points));
        folder.Write(Outputs[2], w => MergedFiles.WriteMarkdown(w, plan, points));
        if (BenchmarkFile.Exists(outDir)) LeaderboardMerge.Write(outDir, plan, results);
        return points.Count;
    }
}

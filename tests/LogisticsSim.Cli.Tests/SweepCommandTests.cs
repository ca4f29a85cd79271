// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Sweeps;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public class SweepCommandTests
{
    /// <summary>A small experiment on the tutorial: 2 grid points x 3 replications x 2 strategies = 12 units.</summary>
    internal static string Experiment(string dir, string strategies = "[fcfs, priority]", string grid = "fleet[truck10].count: [2, 6]", int replications = 3)
    {
        string path = Path.Combine(dir, "experiment.yaml");
        File.WriteAllText(path, $"""
            experiment: small
            scenarios: [{Cli.Scenario("tutorial.yaml")}]
            strategies: {strategies}
            grid:
              {grid}
            replications: {replications}
            seed: 11
            """);
        return path;
    }

    private static Dictionary<string, byte[]> Merged(string dir) =>
        SweepMerge.Outputs.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(dir, f)));

    [Fact]
    public void Plan_SameFile_SameUnitsAndIds()
    {
        using var work = new TestFolder();
        string file = Experiment(work);
        var a = SweepSetup.Load(file).Units.Select(u => (u.Id, u.Key, u.Unit.Seed)).ToArray();
        var b = SweepSetup.Load(file).Units.Select(u => (u.Id, u.Key, u.Unit.Seed)).ToArray();
        Assert.Equal(a, b);
        Assert.Equal(12, a.Length);
        Assert.Equal(a.Length, a.Select(u => u.Id).Distinct().Count());
        Assert.Equal("tutorial.p001.priority.r0002", a[^1].Id);
        Assert.All(a, u => Assert.Equal(11, u.Seed));
    }

    [Fact]
    public void Shards_PartitionThePlanExactly()
    {
        using var work = new TestFolder();
        var plan = SweepSetup.Load(Experiment(work)).Plan;
        var shards = Enumerable.Range(0, 5).Select(i => plan.Shard(new ShardSpec(i, 5)).Select(u => u.Id).ToArray()).ToArray();
        Assert.Equal(plan.Units.Select(u => u.Id).Order(), shards.SelectMany(s => s).Order());
        Assert.Equal(plan.Units.Count, shards.SelectMany(s => s).Distinct().Count());
        Assert.Equal(shards[2], plan.Shard(new ShardSpec(2, 5)).Select(u => u.Id).ToArray());
    }

    [Fact]
    public void Sweep_KilledThenResumed_ShardedOrWhole_SameBytes()
    {
        using var work = new TestFolder();
        string file = Experiment(work);
        string whole = Path.Combine(work, "whole"), killed = Path.Combine(work, "killed"), sharded = Path.Combine(work, "sharded");
        var (exit, output, error) = Cli.Run("sweep", file, "--out", whole);
        Assert.True(exit == 0, error);
        Assert.Contains("12 unit(s) run", output);

        // Stop a run after three units, as a kill would, then finish it with --resume.
        using var cancel = new CancellationTokenSource();
        var stopped = SweepRunner.Run(SweepSetup.Load(file), killed, ShardSpec.All, resume: false, threads: 1, new StopAfter(3, cancel), cancel.Token);
        Assert.True(stopped.Cancelled);
        Assert.InRange(Directory.GetFiles(Path.Combine(killed, "units"), "*.json").Length, 3, 11);
        (exit, output, error) = Cli.Run("sweep", file, "--out", killed, "--resume");
        Assert.True(exit == 0, error);
        Assert.Contains("already done", output);

        foreach (var shard in new[] { "1/3", "0/3", "2/3" }) Assert.Equal(0, Cli.Run("sweep", file, "--out", sharded, "--shard", shard).Exit);
        Assert.False(File.Exists(Path.Combine(sharded, "results.json")));
        (exit, _, error) = Cli.Run("merge", sharded);
        Assert.True(exit == 0, error);

        var expected = Merged(whole);
        Assert.Equal(expected, Merged(killed));
        Assert.Equal(expected, Merged(sharded));

        // A finished experiment resumed does nothing.
        (exit, output, _) = Cli.Run("sweep", file, "--out", whole, "--resume");
        Assert.Equal(0, exit);
        Assert.Contains("0 unit(s) run, 12 already done", output);
    }

    [Fact]
    public void Sweep_OnePoint_SameTablesAsCompare()
    {
        using var work = new TestFolder();
        string file = Experiment(work, grid: "", replications: 4);
        File.WriteAllText(file, File.ReadAllText(file).Replace("grid:\n", "").Replace("seed: 11", "seed: 7"));
        string sweep = Path.Combine(work, "sweep"), compare = Path.Combine(work, "compare");
        Assert.Equal(0, Cli.Run("sweep", file, "--out", sweep).Exit);
        Assert.Equal(0, Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", "fcfs,priority", "-r", "4", "--out", compare).Exit);
        using var merged = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(sweep, "results.json")));
        using var compared = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(compare, "compare.json")));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(compared.RootElement.GetProperty("kpis").GetRawText()),
            System.Text.Json.Nodes.JsonNode.Parse(merged.RootElement.GetProperty("points")[0].GetProperty("kpis").GetRawText())));
    }

    [Fact]
    public void Sweep_FailingUnit_RecordedAndTheOthersGoOn()
    {
        using var work = new TestFolder();
        string dir = Path.Combine(work, "out");
        string file = Experiment(work, strategies: "[fcfs, {name: broken, use: 'exec[on-error=fail]:python3 -c \"import sys; sys.exit(3)\"'}]", replications: 1);
        var (exit, _, error) = Cli.Run("sweep", file, "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("2 unit(s) failed", error);
        Assert.True(File.Exists(Path.Combine(dir, "units", "tutorial.p000.fcfs.r0000.json")));
        Assert.Contains("exited with code 3", File.ReadAllText(Path.Combine(dir, "units", "tutorial.p001.broken.r0000.failed.json")));
        (exit, _, error) = Cli.Run("merge", dir);
        Assert.Equal(2, exit);
        Assert.Contains("tutorial.p000.broken.r0000: failed: StrategyException: strategy broken", error);
        Assert.False(File.Exists(Path.Combine(dir, "results.json")));
    }

    [Fact]
    public void Merge_MissingUnit_ListedExitCode2()
    {
        using var work = new TestFolder();
        string dir = Path.Combine(work, "out"), file = Experiment(work, replications: 1);
        Assert.Equal(0, Cli.Run("sweep", file, "--out", dir, "--shard", "0/2").Exit);
        var (exit, _, error) = Cli.Run("merge", dir);
        Assert.Equal(2, exit);
        Assert.Contains("tutorial.p000.priority.r0000: missing", error);
        Assert.DoesNotContain("tutorial.p000.fcfs.r0000", error);
        Assert.False(File.Exists(Path.Combine(dir, "results.csv")));
        Assert.Equal("1", Cli.Run("merge", dir, "--missing-shards", "2").Out.Trim());
    }

    [Theory]
    [InlineData("fleet[nope].count: [1]", "experiment.yaml:5:23: grid.fleet[nope].count: found no entry [nope] in fleet, expected an index below 2 or one of the ids truck10, heli")]
    [InlineData("fleet[0].count: [2, -5]", "experiment.yaml:5:23: fleet[0].count: found -5, expected a whole number >= 1 (in tutorial.yaml with fleet[0].count=-5)")]
    [InlineData("fleet[0].cuont: [1]", "fleet[0].cuont: found unknown key 'cuont'")]
    public void Sweep_BadGrid_LocatedInTheExperimentExitCode2(string grid, string message)
    {
        using var work = new TestFolder();
        string file = Experiment(work, grid: grid);
        var (exit, _, error) = Cli.Run("sweep", file, "--out", Path.Combine(work, "out"));
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Theory]
    [InlineData("--shard", "3/3", "--shard: found '3/3', expected i/n")]
    [InlineData("--shard", "x", "--shard: found 'x'")]
    public void Sweep_BadShard_ExitCode2(string option, string value, string message)
    {
        using var work = new TestFolder();
        var (exit, _, error) = Cli.Run("sweep", Experiment(work), "--out", Path.Combine(work, "out"), option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Experiment_BadKeys_EveryErrorLocated()
    {
        using var dir = new TestFolder();
        string file = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(file, "scenarios: [missing.yaml]\nstrategies: fcfs\nreplications: 0\nsede: 3\n");
        var (exit, _, error) = Cli.Run("sweep", file, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, exit);
        Assert.Contains("bad.yaml:1:13: scenarios[0]: found 'missing.yaml', which does not exist", error);
        Assert.Contains("bad.yaml:2:13: strategies: found 'fcfs', expected a list", error);
        Assert.Contains("bad.yaml:3:15: replications: found 0, expected a whole number >= 1", error);
        Assert.Contains("bad.yaml:4:1: sede: found unknown key 'sede'", error);
    }

    private sealed class StopAfter(int units, CancellationTokenSource cancel) : ISweepProgress
    {
        private int _done;

        public void Start(int count)
        {
        }

        public void Finished(string unitId, string? error)
        {
            if (Interlocked.Increment(ref _done) >= units) cancel.Cancel();
        }
    }

    [Fact]
    public void Report_OnAMergedSweep_ComparesStrategiesAtEveryPoint()
    {
        using var work = new TestFolder();
        string dir = Path.Combine(work, "out");
        Assert.Equal(0, Cli.Run("sweep", Experiment(work, replications: 2), "--out", dir).Exit);
        var (exit, _, error) = Cli.Run("report", dir, "--charts");
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<section id=\"experiment\">", html);
        Assert.Contains("id=\"point0-table\"", html);
        Assert.Contains("id=\"point1-table\"", html);
        Assert.Contains("fleet[truck10].count = 6", html);
        Assert.Contains("<figure id=\"chart-point1-compare-fill-rate\">", html);
        Assert.True(File.Exists(Path.Combine(dir, "chart-point0-compare-fill-rate.svg")));
    }
}

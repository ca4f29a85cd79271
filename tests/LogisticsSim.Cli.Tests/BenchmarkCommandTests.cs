// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Benchmarks;
using LogisticsSim.Cli.Commands;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public sealed class BenchmarkCommandTests(BenchmarkRun run) : IClassFixture<BenchmarkRun>
{
    /// <summary>Every file that must not depend on how the benchmark ran.</summary>
    private static readonly string[] Reproducible = ["leaderboard.md", "leaderboard.csv", "leaderboard.json", "results.json", "results.csv", "results.md"];

    private static void SameBytes(string expected, string actual)
    {
        foreach (string name in Reproducible)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
        }
    }

    [Fact]
    public void Benchmark_WritesTheLeaderboardAndTimings_AndPrintsTheRanking()
    {
        foreach (string name in Reproducible.Append("timings.csv").Append("benchmark.json")) Assert.True(File.Exists(Path.Combine(run.Folder, name)), name);
        Assert.Contains("small: 12 unit(s) run", run.Output, StringComparison.Ordinal);
        Assert.Contains("leaderboard.md", run.Output, StringComparison.Ordinal);
        Assert.Contains("| reference | hindsight |", run.Output, StringComparison.Ordinal);
        string[] timings = File.ReadAllLines(Path.Combine(run.Folder, "timings.csv"));
        Assert.Equal("scenario,strategy,replications,wall_seconds_mean,wall_seconds_total", timings[0]);
        Assert.Equal(1 + 2 * 3, timings.Length);
        Assert.StartsWith("tight-fleet-coxs-bazar,hindsight,2,", timings[^1], StringComparison.Ordinal);
        string markdown = File.ReadAllText(Path.Combine(run.Folder, "leaderboard.md"));
        Assert.Contains("| hindsight (reference) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("wall_seconds", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaderboard_SameBytes_OnTwoThreads_AndInTwoShardsMerged_AndResumed()
    {
        string two = run.NewFolder(), sharded = run.NewFolder();
        var (exit, _, error) = Cli.Run("benchmark", run.Protocol, "--out", two, "--threads", "2");
        Assert.True(exit == 0, error);
        SameBytes(run.Folder, two);

        foreach (string shard in new[] { "1/2", "0/2" })
        {
            (exit, _, error) = Cli.Run("benchmark", run.Protocol, "--out", sharded, "--shard", shard);
            Assert.True(exit == 0, error);
        }
        Assert.False(File.Exists(Path.Combine(sharded, "leaderboard.json")));
        (exit, var output, error) = Cli.Run("merge", sharded);
        Assert.True(exit == 0, error);
        Assert.Contains("leaderboard.json", output, StringComparison.Ordinal);
        SameBytes(run.Folder, sharded);

        (exit, output, _) = Cli.Run("benchmark", run.Protocol, "--out", sharded, "--resume");
        Assert.Equal(0, exit);
        Assert.Contains("0 unit(s) run, 12 already done", output, StringComparison.Ordinal);
        SameBytes(run.Folder, sharded);
    }

    /// <summary>
    /// The leaderboard's figures against a hand computation from the units' own results. The KPI is read by its path from
    /// benchmark.json: here cost.total, which every unit has, so that the check does not wait for the objective.
    /// </summary>
    [Theory]
    [InlineData("cost.total")]
    [InlineData(BenchmarkFile.Kpi)]
    public void Leaderboard_PairedDifferenceAndGap_AsComputedFromTheUnits(string kpi)
    {
        string dir = run.NewFolder();
        foreach (string file in Directory.GetFiles(run.Folder)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(dir, "units"));
        foreach (string file in Directory.GetFiles(Path.Combine(run.Folder, "units"))) File.Copy(file, Path.Combine(dir, "units", Path.GetFileName(file)));
        string benchmark = Path.Combine(dir, BenchmarkFile.Name);
        File.WriteAllText(benchmark, File.ReadAllText(benchmark).Replace($"\"kpi\": \"{BenchmarkFile.Kpi}\"", $"\"kpi\": \"{kpi}\"", StringComparison.Ordinal));
        var (exit, _, error) = Cli.Run("merge", dir);
        Assert.True(exit == 0, error);

        double Unit(string scenario, string strategy, int r)
        {
            using var unit = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "units", $"{scenario}.p000.{strategy}.r{r:D4}.json")));
            return unit.RootElement.GetProperty("kpis").TryGetProperty(kpi, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
        }
        using var board = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "leaderboard.json")));
        Assert.Equal(kpi, board.RootElement.GetProperty("kpi").GetString());
        var fcfsScores = new List<double>();
        foreach (var scenario in board.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            string name = scenario.GetProperty("scenario").GetString()!;
            var fcfs = scenario.GetProperty("strategies").GetProperty("fcfs");
            double[] f = [Unit(name, "fcfs", 0), Unit(name, "fcfs", 1)], p = [Unit(name, "priority", 0), Unit(name, "priority", 1)];
            double[] h = [Unit(name, "hindsight", 0), Unit(name, "hindsight", 1)];
            double[] paired = [f[0] - p[0], f[1] - p[1]];
            double gap = 100 * (f.Average() - h.Average()) / h.Average();
            fcfsScores.Add(gap);
            var listed = fcfs.GetProperty("difference").GetProperty("per_replication").EnumerateArray().Select(Number).ToArray();
            Assert.Equal(paired, listed);
            Assert.Equal(paired.Average(), Number(fcfs.GetProperty("difference").GetProperty("mean")), 9);
            Assert.Equal(f.Average(), Number(fcfs.GetProperty(kpi).GetProperty("mean")), 9);
            Assert.Equal(gap, Number(fcfs.GetProperty("gap_percent")), 9);
            // The stand-in reference runs priority: paired with it, the same value on every replication (a difference of 0).
            Assert.Equal([h[0] - p[0], h[1] - p[1]],
                scenario.GetProperty("strategies").GetProperty("hindsight").GetProperty("difference").GetProperty("per_replication").EnumerateArray().Select(Number));
            Assert.Equal(h, p);
        }
        var ranking = board.RootElement.GetProperty("ranking").EnumerateArray().ToArray();
        Assert.Equal(["fcfs", "priority"], ranking.Select(r => r.GetProperty("strategy").GetString()).Order());
        var fcfsRank = ranking.Single(r => r.GetProperty("strategy").GetString() == "fcfs");
        Assert.Equal(fcfsScores.Average(), Number(fcfsRank.GetProperty("score_percent")), 9);
        if (kpi == "cost.total") Assert.Equal(fcfsScores.Average() > 0 ? 2 : 1, fcfsRank.GetProperty("rank").GetInt32());
    }

    private static double Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;

    [Fact]
    public void Strategies_OnTheCommandLine_ReplaceTheProtocols_AndAProgramEntersByItsName()
    {
        string dir = run.NewFolder();
        string policy = Path.Combine(Cli.Repo, "scenarios", "strategies", "nearest_first.py");
        var (exit, output, error) = Cli.Run("benchmark", run.Protocol, "--out", dir, "--strategies", $"priority,hindsight,exec:python3 {policy}");
        Assert.True(exit == 0, error);
        using var board = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "leaderboard.json")));
        var strategies = board.RootElement.GetProperty("strategies").EnumerateArray().ToArray();
        Assert.Equal(["priority", "hindsight", "nearest_first"], strategies.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal($"exec:python3 {policy}", strategies[2].GetProperty("use").GetString());
        Assert.Equal("reference", strategies[1].GetProperty("role").GetString());
        Assert.Contains("| nearest_first |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoReference_RankedByTheDifferenceToTheBaseline_AndSaysSo()
    {
        string dir = run.NewFolder();
        var (exit, _, error) = Cli.Run("benchmark", run.Protocol, "--out", dir, "--strategies", "fcfs,priority");
        Assert.True(exit == 0, error);
        string markdown = File.ReadAllText(Path.Combine(dir, "leaderboard.md"));
        Assert.Contains("hindsight did not run, so the rank is by the mean over scenarios of the paired difference with priority", markdown, StringComparison.Ordinal);
        using var board = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "leaderboard.json")));
        Assert.Equal("difference_to_baseline", board.RootElement.GetProperty("ranked_by").GetString());
    }

    [Fact]
    public void BadProtocol_EveryErrorLocated_ExitCode2_NothingWritten()
    {
        string dir = run.NewFolder();
        string protocol = BenchmarkRun.WriteProtocol(dir);
        File.WriteAllText(protocol, File.ReadAllText(protocol)
            .Replace("replications: 2", "replications: 0\nreplication: 3", StringComparison.Ordinal)
            .Replace("ample-fleet-malawi.yaml", "no-such-scenario.yaml", StringComparison.Ordinal)
            .Replace("[fcfs, priority,", "[fcfs, priority, prority,", StringComparison.Ordinal)
            .Replace("ortools: {solution_limit: 5}", "fcfs: {solution_limit: 5}", StringComparison.Ordinal));
        string output = Path.Combine(dir, "out");
        var (exit, _, error) = Cli.Run("benchmark", protocol, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("protocol.yaml:4:15: replications: found 0, expected a whole number >= 1", error, StringComparison.Ordinal);
        Assert.Contains("protocol.yaml:5:1: replication: found unknown key 'replication', expected one of", error, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'replications'?)", error, StringComparison.Ordinal);
        Assert.Contains("protocol.yaml:7:5: scenarios[0]: found '", error, StringComparison.Ordinal);
        Assert.Contains("no-such-scenario.yaml', which does not exist, expected a scenario file, relative to the protocol file", error, StringComparison.Ordinal);
        Assert.Contains("protocol.yaml:9:30: strategies[2]: found unknown strategy 'prority'", error, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'priority'?)", error, StringComparison.Ordinal);
        Assert.Contains("protocol.yaml:11:10: budgets.fcfs.solution_limit: found unknown option 'solution_limit' for strategy 'fcfs', expected no options: 'fcfs' takes none", error, StringComparison.Ordinal);
        Assert.Contains("errors in the protocol", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("--strategies", "fcfs,prority", "error: --strategies: found unknown strategy 'prority', expected one of")]
    [InlineData("--strategies", "fcfs,ortools[solution_limt=3]", "error: --strategies: ortools[solution_limt=3]: found unknown option 'solution_limt' for strategy 'ortools'")]
    [InlineData("--strategies", "fcfs,priorty", "(did you mean 'priority'?)")]
    [InlineData("--strategies", "fcfs,hindsight", "error: --strategies: found no strategy 'priority' among fcfs, hindsight, expected the baseline")]
    [InlineData("--reference", "oracle", "error: --reference: found no strategy 'oracle' among fcfs, priority, hindsight")]
    [InlineData("--baseline", "nope", "error: --baseline: found no strategy 'nope'")]
    [InlineData("--shard", "2/2", "error: --shard: found '2/2'")]
    public void BadOption_ExitCode2_NothingWritten(string option, string value, string message)
    {
        string output = Path.Combine(run.NewFolder(), "out");
        var (exit, _, error) = Cli.Run("benchmark", run.Protocol, "--out", output, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void MissingSuite_ExitCode2()
    {
        var (exit, _, error) = Cli.Run("benchmark", Path.Combine(run.NewFolder(), "nowhere"), "--out", run.NewFolder());
        Assert.Equal(2, exit);
        Assert.Contains("nowhere: no such file or folder; expected a suite's folder (holding protocol.yaml) or a protocol file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ShowsTheLeaderboardAsTablesAndCharts()
    {
        string dir = run.NewFolder();
        foreach (string file in Directory.GetFiles(run.Folder)) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var (exit, _, error) = Cli.Run("report", dir, "--charts");
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<section id=\"leaderboard\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Leaderboard: small</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"leaderboard-ranking\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>hindsight (reference)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"leaderboard-scenario1-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>wall s per replication</th>", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"chart-leaderboard-gap\">", html, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"chart-leaderboard-difference\">", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "chart-leaderboard-difference.svg")));
        Assert.Contains("<section id=\"experiment\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Slurm_OnAProtocol_TasksRunTheBenchmarkWithTheSameOptions()
    {
        string dir = Path.Combine(run.NewFolder(), "cluster");
        var (exit, output, error) = Cli.Run("slurm", run.Protocol, "--out", dir, "--tasks", "3", "--strategies", "fcfs,priority,hindsight", "--exe", "/bin/true");
        Assert.True(exit == 0, error);
        string script = File.ReadAllText(Path.Combine(dir, SlurmCommand.ScriptName));
        Assert.Contains("#SBATCH --job-name=benchmark-small", script, StringComparison.Ordinal);
        Assert.Contains($"exec /bin/true benchmark {run.Protocol} --out {dir} --shard \"${{SLURM_ARRAY_TASK_ID}}/3\" --resume --threads \"${{SLURM_CPUS_PER_TASK:-1}}\" --strategies 'fcfs,priority,hindsight'\n",
            script, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, BenchmarkFile.Name)));
        Assert.Contains("merge", output, StringComparison.Ordinal);

        string experiment = SweepCommandTests.Experiment(run.NewFolder());
        (exit, _, error) = Cli.Run("slurm", experiment, "--out", run.NewFolder(), "--strategies", "fcfs,priority");
        Assert.Equal(2, exit);
        Assert.Contains("error: --strategies: found it with the experiment", error, StringComparison.Ordinal);
    }
}

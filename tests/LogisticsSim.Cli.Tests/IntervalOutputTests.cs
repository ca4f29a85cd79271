// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Core.Kpis;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>Intervals within each KPI's bounds in every file that has them, "n/a" where there is none, and --precision.</summary>
public sealed class IntervalOutputTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Every [low, high] pair under <paramref name="element"/>, with its KPI path (a "ci95" array's owner).</summary>
    private static IEnumerable<(string Path, double Low, double High)> Intervals(JsonElement element, string path = "")
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name == "ci95" && p.Value.ValueKind == JsonValueKind.Array && p.Value[0].ValueKind == JsonValueKind.Number)
                {
                    yield return (path, p.Value[0].GetDouble(), p.Value[1].GetDouble());
                }
                else
                {
                    foreach (var i in Intervals(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}")) yield return i;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2 && element[0].ValueKind == JsonValueKind.Number && path.StartsWith("ci95.", StringComparison.Ordinal))
        {
            yield return (path[5..], element[0].GetDouble(), element[1].GetDouble());
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int k = 0;
            foreach (var e in element.EnumerateArray()) foreach (var i in Intervals(e, $"{path}[{k++}]")) yield return i;
        }
    }

    /// <summary>The KPI a path of compare.json or results.json is about ("kpis.fill_rate.priority.difference" → fill_rate, a difference).</summary>
    private static (string Kpi, bool Difference) Kpi(string path, IReadOnlyList<string> strategies)
    {
        string rest = path.Contains("kpis.", StringComparison.Ordinal) ? path[(path.IndexOf("kpis.", StringComparison.Ordinal) + 5)..] : path;
        bool difference = rest.EndsWith(".difference", StringComparison.Ordinal);
        if (difference) rest = rest[..^".difference".Length];
        foreach (var s in strategies)
        {
            if (rest.EndsWith("." + s, StringComparison.Ordinal)) return (rest[..^(s.Length + 1)], difference);
        }
        return (rest, difference);
    }

    private static void AssertWithinBounds(string file, params string[] strategies)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var all = Intervals(json.RootElement).ToArray();
        Assert.NotEmpty(all);
        foreach (var (path, low, high) in all)
        {
            var (kpi, difference) = Kpi(path, strategies);
            var bounds = difference ? KpiBounds.For(kpi).Difference : KpiBounds.For(kpi);
            Assert.NotEqual(KpiBounds.None, KpiBounds.For(kpi));
            Assert.True(low >= bounds.Lower && high <= bounds.Upper && low <= high, $"{file}: {path}: {low} .. {high} outside [{bounds.Lower}, {bounds.Upper}]");
        }
    }

    [Fact]
    public void Run_FewReplications_EveryIntervalWithinItsBounds()
    {
        // Two replications of the tutorial gave requests -21 .. 131 with the plain t interval.
        string dir = _folder.NewFolder();
        var (exit, output, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        AssertWithinBounds(Path.Combine(dir, "summary.json"), "priority");
        var intervals = output.Split('\n').Where(l => l.Contains(" .. ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(intervals);
        Assert.All(intervals, l => Assert.DoesNotMatch(@"-\d", l)); // every KPI of a run is a share or cannot be negative
    }

    [Fact]
    public void Compare_AndItsDifferences_WithinBounds()
    {
        string dir = _folder.NewFolder();
        var (exit, _, error) = Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "-r", "3", "--out", dir);
        Assert.True(exit == 0, error);
        AssertWithinBounds(Path.Combine(dir, "compare.json"), "fcfs", "priority");
    }

    [Fact]
    public void Sweep_MergedResults_WithinBounds()
    {
        string work = _folder.NewFolder(), dir = Path.Combine(work, "out");
        var (exit, _, error) = Cli.Run("sweep", SweepCommandTests.Experiment(work, replications: 2), "--out", dir);
        Assert.True(exit == 0, error);
        AssertWithinBounds(Path.Combine(dir, "results.json"), "fcfs", "priority");
    }

    [Fact]
    public void Plan_CheckIntervals_WithinZeroAndOne_OrNotApplicable()
    {
        string dir = _folder.NewFolder();
        var (exit, output, error) = Cli.Run("plan", Cli.Scenario("mozambique-cyclones.yaml"), "--check-replications", "3", "--out", dir);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "plan.json")));
        var all = Intervals(json.RootElement).ToArray();
        Assert.NotEmpty(all);
        Assert.All(all, i => Assert.True(i.Low >= 0 && i.High <= 1, $"{i}"));
        Assert.DoesNotContain("100.1 %", output);
        var one = Cli.Run("plan", Cli.Scenario("mozambique-cyclones.yaml"), "--check-replications", "1");
        Assert.True(one.Exit == 0, one.Error);
        Assert.Contains("(n/a)", one.Out);
        Assert.DoesNotContain("NaN", one.Out);
    }

    [Fact]
    public void OneReplication_NotApplicable_InTheTable_AndNoIntervalsInTheFile()
    {
        string dir = _folder.NewFolder();
        var (exit, output, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "1", "--out", dir);
        Assert.True(exit == 0, error);
        var rows = output.Split('\n').Where(l => l.Contains("fill_rate", StringComparison.Ordinal) || l.Contains("unmet_t", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("n/a", r));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        Assert.False(json.RootElement.TryGetProperty("ci95", out _));
        Assert.False(json.RootElement.TryGetProperty("precision", out _));
    }

    [Fact]
    public void Precision_StopsAtTheSameCount_AndTheSameBytes_OnOneOrTwoThreads()
    {
        string one = _folder.NewFolder(), two = _folder.NewFolder();
        string[] args = ["run", Cli.Scenario("tutorial.yaml"), "-r", "4", "--precision", "on_time_rate=0.001", "--max-replications", "40"];
        var a = Cli.Run([.. args, "--threads", "1", "--out", one]);
        var b = Cli.Run([.. args, "--threads", "2", "--out", two]);
        Assert.True(a.Exit == 0 && b.Exit == 0, a.Error + b.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "summary.json")), File.ReadAllBytes(Path.Combine(two, "summary.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "summary.json")));
        var root = json.RootElement;
        var precision = root.GetProperty("precision");
        int n = root.GetProperty("replications").GetInt32();
        Assert.True(precision.GetProperty("met").GetBoolean());
        Assert.Equal("on_time_rate", precision.GetProperty("kpi").GetString());
        Assert.Equal(0.001, precision.GetProperty("half_width").GetDouble());
        Assert.False(precision.GetProperty("relative").GetBoolean());
        Assert.Equal(4, precision.GetProperty("batch").GetInt32());
        Assert.Equal(40, precision.GetProperty("max_replications").GetInt32());
        Assert.True(n > 4 && n % 4 == 0, $"{n} replications"); // the first batch was not enough: the test tests batches
        var ci = root.GetProperty("ci95").GetProperty("on_time_rate");
        Assert.True((ci[1].GetDouble() - ci[0].GetDouble()) / 2 <= 0.001);
        Assert.Equal(precision.GetProperty("achieved").GetDouble(), (ci[1].GetDouble() - ci[0].GetDouble()) / 2, 12);
        Assert.Contains($"precision: on_time_rate within 0.001: met after {n} replications", a.Out);
        Assert.Equal(n, root.GetProperty("per_replication").GetArrayLength());
    }

    [Fact]
    public void Precision_InCompare_EveryStrategy_NotMetSaysSo()
    {
        string one = _folder.NewFolder(), two = _folder.NewFolder();
        string[] args = ["compare", Cli.Scenario("tutorial.yaml"), "-r", "3", "--precision", "on_time_rate=0.01%", "--max-replications", "7"];
        var a = Cli.Run([.. args, "--threads", "1", "--out", one]);
        var b = Cli.Run([.. args, "--threads", "2", "--out", two]);
        Assert.True(a.Exit == 0 && b.Exit == 0, a.Error + b.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "compare.json")), File.ReadAllBytes(Path.Combine(two, "compare.json")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(one, "compare.json")));
        var precision = json.RootElement.GetProperty("precision");
        Assert.False(precision.GetProperty("met").GetBoolean());
        Assert.Equal(7, json.RootElement.GetProperty("replications").GetInt32()); // 3, 6, then one more: the last batch is cut at the maximum
        Assert.Equal(["fcfs", "priority"], precision.GetProperty("achieved").EnumerateObject().Select(p => p.Name));
        Assert.Contains("precision: on_time_rate within 0.01% of its mean: not met after 7 replications", a.Out);
        Assert.Contains("raise --max-replications", a.Out);
    }

    [Theory]
    [InlineData(new[] { "--precision", "abc" }, "--precision: found 'abc', expected a half-width > 0")]
    [InlineData(new[] { "--precision", "0%" }, "--precision: found '0%', expected a half-width > 0")]
    [InlineData(new[] { "--precision", "fil_rate=0.1" }, "--precision: found the KPI 'fil_rate', expected one of fill_rate,")]
    [InlineData(new[] { "--max-replications", "50" }, "--max-replications: found no --precision")]
    [InlineData(new[] { "--precision", "5%", "--max-replications", "1" }, "--max-replications: found 1, expected a whole number >= --replications (2)")]
    [InlineData(new[] { "-r", "1", "--precision", "5%" }, "--replications: found 1, expected a whole number >= 2 with --precision")]
    public void Precision_BadOptions_ExitCode2_BeforeAnyWork(string[] options, string message)
    {
        string[] args = ["run", Cli.Scenario("tutorial.yaml"), .. options.Contains("-r") ? [] : new[] { "-r", "2" }, .. options];
        var (exit, output, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Equal("", output);
    }

    [Fact]
    public void Precision_OnAKpiTheScenarioDoesNotHave_ExitCode2_NamingThoseItHas()
    {
        string dir = Path.Combine(_folder.NewFolder(), "out");
        var (exit, _, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "2", "--precision", "storage_peak.NOWHERE=1", "--out", dir);
        Assert.Equal(2, exit);
        Assert.Contains("--precision: found no KPI 'storage_peak.NOWHERE' in the results of Tutorial, expected one of objective, objective.lateness,", error);
        Assert.Contains("storage_peak.PORT", error);
        Assert.False(Directory.Exists(dir));
    }
}

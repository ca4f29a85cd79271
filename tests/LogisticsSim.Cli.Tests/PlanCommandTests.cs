using System.Text.Json;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public class PlanCommandTests
{
    private static readonly string Mozambique = Cli.Scenario("mozambique-cyclones.yaml");

    [Fact]
    public void Plan_WritesPlanWithPromisedAndSimulatedFill()
    {
        using var dir = new TestFolder();
        var (exit, output, error) = Cli.Run("plan", Mozambique, "--check-replications", "2", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("| scenario | probability | demand (t) | promised fill | simulated fill (95% interval) | gap |", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "plan.json")));
        var root = json.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("gap").GetDouble(), 0, 0.01);
        Assert.True(root.GetProperty("lp_relaxation").GetDouble() <= root.GetProperty("bound").GetDouble() + 1);
        Assert.NotEqual(0, root.GetProperty("decisions").GetProperty("hubs").GetArrayLength());
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(6, scenarios.Count);
        Assert.All(scenarios, s =>
        {
            Assert.InRange(s.GetProperty("promised").GetProperty("fill_rate").GetDouble(), 0, 1);
            Assert.InRange(s.GetProperty("simulated").GetProperty("fill_rate").GetDouble(), 0, 1);
        });
        var expected = root.GetProperty("expected");
        Assert.Equal(expected.GetProperty("promised").GetProperty("fill_rate").GetDouble() - expected.GetProperty("simulated").GetProperty("fill_rate").GetDouble(),
            expected.GetProperty("planning_gap").GetDouble(), 6);
        Assert.True(File.Exists(Path.Combine(dir, "plan.md")));
        Assert.True(File.Exists(Path.Combine(dir, "manifest.json")));
    }

    [Fact]
    public void Plan_IsByteIdentical_AcrossRunsAndThreadCounts()
    {
        using TestFolder a = new(), b = new();
        Assert.Equal(0, Cli.Run("plan", Mozambique, "--check-replications", "2", "--threads", "1", "--out", a).Exit);
        Assert.Equal(0, Cli.Run("plan", Mozambique, "--check-replications", "2", "--threads", "2", "--out", b).Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "plan.json")), File.ReadAllBytes(Path.Combine(b, "plan.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "plan.md")), File.ReadAllBytes(Path.Combine(b, "plan.md")));
    }

    [Fact]
    public void Sweep_WritesTheCapacityCurve()
    {
        using var dir = new TestFolder();
        var (exit, _, error) = Cli.Run("plan", Mozambique, "--sweep", "budget=0:4000000:3", "--check-replications", "1", "--out", dir);
        Assert.True(exit == 0, error);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "capacity_curve.csv"));
        Assert.Equal("parameter,value,fill_promised,fill_simulated,deprivation_person_days,cost,status,gap,marginal_fill_per_unit", lines[0]);
        Assert.Equal(4, lines.Length);
        var fills = lines.Skip(1).Select(l => double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(0, fills[0]);
        Assert.True(fills[1] <= fills[2] + 0.01 && fills[0] < fills[2], string.Join(", ", fills));
        // The value of the next currency unit: tiny, but not rounded away.
        Assert.True(double.Parse(lines[2].Split(',')[8], System.Globalization.CultureInfo.InvariantCulture) > 0, lines[2]);
        Assert.True(File.Exists(Path.Combine(dir, "capacity_curve.md")));
    }

    [Fact]
    public void Plan_WithHighs_PrintsOnlyItsOwnOutput()
    {
        // The solver's native banner bypasses .NET's Console, so run the command as its own process.
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "logisticssim.dll"), "plan", Mozambique, "--solver", "highs", "--check-replications", "0" })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("# Capacity plan: Mozambique-cyclones", output);
        Assert.DoesNotContain("HiGHS", output);
    }

    [Fact]
    public void Plan_Report_ShowsDecisionsAndTheCheck_AndReportDirGivesTheSameBytes()
    {
        using var dir = new TestFolder();
        var (exit, _, error) = Cli.Run("plan", Mozambique, "--check-replications", "2", "--out", dir, "--report", "--charts");
        Assert.True(exit == 0, error);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("id=\"plan-decisions\"", html);
        Assert.Contains("id=\"plan-scenarios\"", html);
        Assert.Contains("<figure id=\"chart-plan-fill-by-scenario\">", html);
        Assert.True(File.Exists(Path.Combine(dir, "chart-plan-fill-by-scenario.svg")));
        byte[] first = File.ReadAllBytes(Path.Combine(dir, "report.html"));
        Assert.Equal(0, Cli.Run("report", dir).Exit);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Plan_ReportWithoutOut_ExitCode2_BeforeSolving()
    {
        var (exit, _, error) = Cli.Run("plan", Mozambique, "--report");
        Assert.Equal(2, exit);
        Assert.Contains("--report: found no --out", error);
    }

    [Fact]
    public void Plan_ScenarioWithoutPlanning_ExitCode2()
    {
        var (exit, _, error) = Cli.Run("plan", Cli.Scenario("tutorial.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("no planning section", error);
    }

    [Theory]
    [InlineData("budget=a,b", "error: --sweep: found 'a' in 'a,b', expected numbers >= 0 separated by commas")]
    [InlineData("fleet.lorry=1,2", "error: --sweep: found fleet 'lorry', expected a fleet entry of planning.vehicles: truck10, truck20, mi8, boat")]
    [InlineData("budget=", "error: --sweep: found nothing after 'budget=', expected values, listed (1e6,2e6,4e6) or as a range FROM:TO:COUNT")]
    [InlineData("speed=1,2", "error: --sweep: found 'speed', expected budget, fleet.ID or stock.ITEM")]
    public void Sweep_BadParameter_ExitCode2(string sweep, string message)
    {
        var (exit, _, error) = Cli.Run("plan", Mozambique, "--sweep", sweep, "--check-replications", "0");
        Assert.Equal(2, exit);
        Assert.Equal(message, error.Trim());
    }

    [Fact]
    public void Plan_BadPlanningInput_IsLocated_AndNothingIsWritten()
    {
        using var dir = new TestFolder();
        string file = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(file, File.ReadAllText(Mozambique).Replace("probability: 0.25", "probability: 0.35", StringComparison.Ordinal));
        string output = Path.Combine(dir, "out");
        var (exit, _, error) = Cli.Run("plan", file, "--out", output);
        Assert.Equal(2, exit);
        Assert.Matches(@"bad\.yaml:\d+:\d+: planning\.scenarios: found 6 scenario probabilities summing to 1\.1, expected probabilities summing to 1", error);
        Assert.False(Directory.Exists(output));
    }
}

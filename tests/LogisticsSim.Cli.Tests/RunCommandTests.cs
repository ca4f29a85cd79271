using Xunit;

namespace LogisticsSim.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    public void Run_WritesTheOutputContract()
    {
        using var dir = new TestFolder();
        var (exit, output, error) = Cli.Run("run", Cli.Scenario("tutorial.yaml"), "-r", "3", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("fill_rate", output);
        Assert.Contains("95% interval", output);
        // legs.csv: the tutorial's airport is a transfer node, so cargo for Buzi may go as a chain.
        Assert.Equal(["flows.csv", "legs.csv", "manifest.json", "requests.csv", "scenario.yaml", "summary.json", "timeline.csv"], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        string summary = File.ReadAllText(Path.Combine(dir, "summary.json"));
        foreach (string kpi in new[] { "requests", "tonnes_requested", "tonnes_delivered", "fill_rate", "on_time_rate", "wait_h", "lead_time_h",
                     "unmet_t", "deprivation_person_days", "coverage_min", "fleet_utilization", "storage_peak", "cost", "events", "ci95", "by_priority" })
        {
            Assert.Contains($"\"{kpi}\"", summary);
        }
        // The objective leads, a number, with its parts beside it under their dotted paths (a number cannot hold keys).
        using var json = System.Text.Json.JsonDocument.Parse(summary);
        var root = json.RootElement;
        Assert.Equal(["scenario", "strategy", "seed", "replications", "objective", "objective.lateness", "objective.unmet", "objective.deprivation", "objective.operating"],
            root.EnumerateObject().Take(9).Select(p => p.Name));
        double parts = new[] { "lateness", "unmet", "deprivation", "operating" }.Sum(p => root.GetProperty("objective." + p).GetDouble());
        Assert.Equal(root.GetProperty("objective").GetDouble(), parts, 6);
        Assert.Equal(2, root.GetProperty("ci95").GetProperty("objective.unmet").GetArrayLength());
        Assert.True(root.GetProperty("per_replication")[0].GetProperty("objective").GetDouble() > 0);
        var header = File.ReadLines(Path.Combine(dir, "requests.csv")).First();
        Assert.Equal("replication,id,partner,item,tonnes,tonnes_delivered,origin,destination,priority,ready,due,dispatched,delivered,status", header);
        Assert.Contains("\"commit\"", File.ReadAllText(Path.Combine(dir, "manifest.json")));
    }

    [Fact]
    public void Run_SameSeed_ByteIdenticalSummary_OnAnyThreadCount()
    {
        using TestFolder one = new(), two = new();
        Assert.Equal(0, Cli.Run("run", Cli.Scenario("idai-beira.yaml"), "-r", "4", "--threads", "1", "--out", one).Exit);
        Assert.Equal(0, Cli.Run("run", Cli.Scenario("idai-beira.yaml"), "-r", "4", "--threads", "2", "--out", two).Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "summary.json")), File.ReadAllBytes(Path.Combine(two, "summary.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "requests.csv")), File.ReadAllBytes(Path.Combine(two, "requests.csv")));
        using var other = new TestFolder();
        Assert.Equal(0, Cli.Run("run", Cli.Scenario("idai-beira.yaml"), "-r", "4", "--seed", "5", "--out", other).Exit);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(one, "summary.json")), File.ReadAllBytes(Path.Combine(other, "summary.json")));
    }

    [Fact]
    public void Run_WithoutAScenario_UsesTheShippedDefault()
    {
        var (exit, output, _) = Cli.Run("run", "-r", "1");
        Assert.Equal(0, exit);
        Assert.Contains("Idai-Beira", output);
    }

    [Fact]
    public void Run_BadScenario_ExitCode2_LocatedErrors_NothingWritten()
    {
        using var dir = new TestFolder();
        string file = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(file, File.ReadAllText(Cli.Scenario("tutorial.yaml"))
            .Replace("payload_t: 10 ", "payload_t: -5 ").Replace("horizon: 14d", "horizon: 14"));
        string outDir = Path.Combine(dir, "out");
        var (exit, output, error) = Cli.Run("run", file, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains("bad.yaml:", error);
        Assert.Contains("horizon: found 14, expected a duration", error);
        Assert.Contains("fleet[0].payload_t: found -5, expected a number > 0", error);
        Assert.Contains("2 errors", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.False(Directory.Exists(outDir));
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData(new[] { "run", "--strategy", "magic" }, "error: --strategy: found unknown strategy 'magic', expected one of fcfs, hindsight, lazy, ortools, priority")]
    [InlineData(new[] { "run", "-r", "0" }, "--replications: found 0, expected a whole number >= 1")]
    [InlineData(new[] { "run", "no/such/file.yaml" }, "no/such/file.yaml: no such file")]
    [InlineData(new[] { "run", "--bogus" }, "error: unknown option '--bogus'")]
    public void Run_BadOptions_ExitCode2_ClearMessage(string[] args, string message)
    {
        var (exit, _, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Validate_ReportsOkOrEveryError()
    {
        var (exit, output, _) = Cli.Run("validate", Cli.Scenario("idai-beira.yaml"));
        Assert.Equal(0, exit);
        Assert.Contains("ok: 'Idai-Beira'", output);
        using var temp = new TestFolder();
        string file = Path.Combine(temp, "typo.yaml");
        File.WriteAllText(file, File.ReadAllText(Cli.Scenario("tutorial.yaml")).Replace("payload_t: 10 ", "paylod_t: 10 "));
        var (badExit, _, error) = Cli.Run("validate", file);
        Assert.Equal(2, badExit);
        Assert.Contains("typo.yaml:", error);
        Assert.Contains("did you mean 'payload_t'", error);
    }
}

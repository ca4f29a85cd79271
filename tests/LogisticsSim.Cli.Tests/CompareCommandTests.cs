using System.Text.Json;
using Xunit;

namespace LogisticsSim.Cli.Tests;

public class CompareCommandTests
{
    [Fact]
    public void Compare_SameReplications_PairedDifferences()
    {
        using var dir = new TestFolder();
        var (exit, output, error) = Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", "fcfs,priority", "-r", "6", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("priority - fcfs", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        var kpis = json.RootElement.GetProperty("kpis");
        // Common random numbers: both strategies face exactly the same requests in every replication.
        var requests = kpis.GetProperty("requests").GetProperty("priority").GetProperty("difference");
        Assert.Equal(0, requests.GetProperty("mean").GetDouble());
        Assert.Equal(0, requests.GetProperty("ci95")[0].GetDouble());
        Assert.Equal(0, requests.GetProperty("ci95")[1].GetDouble());
        var fill = kpis.GetProperty("fill_rate");
        double difference = fill.GetProperty("priority").GetProperty("difference").GetProperty("mean").GetDouble();
        double fcfs = fill.GetProperty("fcfs").GetProperty("mean").GetDouble(), priority = fill.GetProperty("priority").GetProperty("mean").GetDouble();
        Assert.Equal(priority - fcfs, difference, 9);
        var csv = File.ReadAllLines(Path.Combine(dir, "compare.csv"));
        Assert.Equal("kpi,strategy,mean,ci95_low,ci95_high,difference_to_fcfs,difference_ci95_low,difference_ci95_high", csv[0]);
        Assert.Contains(csv, line => line.StartsWith("fill_rate,priority,", StringComparison.Ordinal));
        // Strategies are compared on the objective first: it leads compare.json, compare.csv and the table.
        Assert.Equal("objective", kpis.EnumerateObject().First().Name);
        Assert.StartsWith("objective,fcfs,", csv[1], StringComparison.Ordinal);
        Assert.True(output.IndexOf("objective", StringComparison.Ordinal) < output.IndexOf("fill_rate", StringComparison.Ordinal));
        var objective = kpis.GetProperty("objective").GetProperty("priority").GetProperty("difference");
        Assert.Equal(2, objective.GetProperty("ci95").GetArrayLength());
    }

    [Fact]
    public void Compare_Hindsight_LabelledAReference_KeyedByItsName()
    {
        using var dir = new TestFolder();
        var (exit, output, error) = Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", "priority,hindsight", "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("hindsight (reference)", output);
        Assert.DoesNotContain("priority (reference)", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        Assert.Equal(["hindsight"], json.RootElement.GetProperty("references").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["priority", "hindsight"], json.RootElement.GetProperty("strategies").EnumerateArray().Select(e => e.GetString()));
        Assert.True(json.RootElement.GetProperty("kpis").GetProperty("fill_rate").TryGetProperty("hindsight", out _));
    }

    [Fact]
    public void Compare_PoliciesOnly_NoReference()
    {
        using var dir = new TestFolder();
        var (exit, _, error) = Cli.Run("compare", Cli.Scenario("tutorial.yaml"), "--strategies", "fcfs,priority", "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "compare.json")));
        Assert.Equal(0, json.RootElement.GetProperty("references").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "compare", "--strategies", "fcfs" }, "expected two or more different strategies")]
    [InlineData(new[] { "compare", "-r", "1" }, "--replications: found 1, expected a whole number >= 2")]
    [InlineData(new[] { "compare", "--strategies", "fcfs,nope" }, "unknown strategy 'nope'")]
    public void Compare_BadOptions_ExitCode2(string[] args, string message)
    {
        var (exit, _, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}

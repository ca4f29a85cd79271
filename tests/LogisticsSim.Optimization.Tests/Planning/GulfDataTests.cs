using System.Diagnostics;
using System.Globalization;

namespace LogisticsSim.Optimization.Tests.Planning;

/// <summary>
/// scenarios/gulf-hurricanes.yaml is what its script writes from the source data, and its needs add up to the
/// source's scenario totals (scenarios.csv) under the conversions its header states.
/// </summary>
public sealed class GulfDataTests
{
    private static readonly string Data = RepoFiles.Data("gulf-hurricanes");

    [Fact]
    public void ShippedFile_IsWhatTheScriptWrites()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoFiles.Scenario(Path.Combine("tools", "make_gulf_hurricanes.py")));
        start.ArgumentList.Add(Data);
        using var process = Process.Start(start)!;
        string written = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        Assert.Equal(File.ReadAllText(RepoFiles.Scenario("gulf-hurricanes.yaml")), written);
    }

    [Fact]
    public void Needs_AddUpToTheSourceTotals()
    {
        var planning = PlanningInstances.Shipped("gulf-hurricanes.yaml").Planning!;
        var tonnesPerUnit = new Dictionary<string, double> { ["water"] = 3.785, ["meals"] = 0.6, ["kits"] = 0.005 };
        var column = new Dictionary<string, int> { ["water"] = 5, ["meals"] = 6, ["kits"] = 7 };
        string[] rows = File.ReadAllLines(Path.Combine(Data, "scenarios.csv")).Skip(1).ToArray();
        Assert.Equal(51, planning.Scenarios.Count);
        Assert.Equal(1.0, planning.Scenarios.Sum(s => s.Probability), 4);
        foreach (string row in rows)
        {
            string[] cells = row.Split(',');
            var hazard = planning.Scenarios.Single(s => s.Id == cells[0]);
            Assert.Equal(double.Parse(cells[2], CultureInfo.InvariantCulture), hazard.Probability, 9);
            foreach (var (item, tonnes) in tonnesPerUnit)
            {
                double source = double.Parse(cells[column[item]], CultureInfo.InvariantCulture) * tonnes;
                double shipped = hazard.Demand.Where(d => d.Item.Value == item).Sum(d => d.Tonnes);
                // Combined scenarios add their hurricanes' cities; the source rounds its combined totals.
                Assert.True(Math.Abs(shipped - source) <= 0.01 * source + 0.1, $"{cells[0]} {item}: {shipped:F1} t against {source:F1} t in scenarios.csv");
            }
        }
    }
}

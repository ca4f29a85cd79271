// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>Supply and storage through the command line: bad input is refused before any work, good input reports the new KPIs.</summary>
public class SupplyCommandTests
{
    private static string WithSupply(TestFolder dir, string supply)
    {
        string file = Path.Combine(dir.NewFolder(), "tutorial.yaml");
        string text = File.ReadAllText(Cli.Scenario("tutorial.yaml"));
        File.WriteAllText(file, text[..text.IndexOf("\nsupply:", StringComparison.Ordinal)] + "\n" + supply + "\n");
        return file;
    }

    [Fact]
    public void Run_BadSupply_IsLocated_ExitCode2_AndWritesNothing()
    {
        using var dir = new TestFolder();
        string file = WithSupply(dir, "supply:\n  - {at: PROT, item: shelter, t: 100, arrival: 2d, times: 2}");
        string output = Path.Combine(dir, "out");
        var (exit, _, error) = Cli.Run("run", file, "-r", "2", "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("tutorial.yaml:134:10: supply[0].at: found 'PROT', expected a known node id", error);
        Assert.Contains("supply[0].times: found times without every", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_WithSupplyAndStorage_ReportsTheirKpis()
    {
        using var dir = new TestFolder();
        string file = WithSupply(dir, "supply:\n  - {id: ship, at: AIRPORT, item: shelter, t: 400, arrival: {uniform: [1d, 2d]}}");
        var (exit, _, error) = Cli.Run("run", file, "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var root = json.RootElement;
        // 400 t land at an airport that stores 300 t and ships nothing out: the last 100 t wait at the gate to the horizon.
        Assert.Equal(300, root.GetProperty("storage_peak").GetProperty("AIRPORT").GetDouble(), 6);
        Assert.True(root.GetProperty("storage_blocked_h").GetDouble() > 24 * 10);
        Assert.Equal(0, root.GetProperty("stockout_h").GetProperty("AIRPORT").GetProperty("shelter").GetDouble());
        Assert.True(root.GetProperty("stockout_h").TryGetProperty("total", out _));
    }
}

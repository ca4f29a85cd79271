// SPDX-License-Identifier: Apache-2.0
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>Chains through the command line: bad transfer keys are refused before any work, a run with a transfer node writes legs.csv and the chain KPIs.</summary>
public class ChainCommandTests
{
    private const string Airport = "    - {id: AIRPORT, kind: airport, lat: -19.80, lon: 34.91, storage_t: 300, handling_tph: 20, transfer_h: 2}";

    private static string Tutorial(TestFolder dir, Func<string, string> edit)
    {
        string file = Path.Combine(dir.NewFolder(), "tutorial.yaml");
        string text = File.ReadAllText(Cli.Scenario("tutorial.yaml"));
        Assert.Contains(Airport, text, StringComparison.Ordinal);
        File.WriteAllText(file, edit(text));
        return file;
    }

    [Fact]
    public void Run_BadTransferKeys_AreLocated_ExitCode2_AndWriteNothing()
    {
        using var dir = new TestFolder();
        string file = Tutorial(dir, t => t
            .Replace(Airport, Airport.Replace("transfer_h: 2}", "transfer_h: -1, transfer: maybe}", StringComparison.Ordinal) + "\n    - {id: DEPOT, kind: hub, lat: -19.80, lon: 34.95, transfer: false, transfer_h: 2}", StringComparison.Ordinal)
            .Replace("  detour: 1.3 ", "  transfer_h: 2h\n  detour: 1.3 ", StringComparison.Ordinal));
        string output = Path.Combine(dir, "out");
        var (exit, _, error) = Cli.Run("run", file, "-r", "2", "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains("tutorial.yaml:19:15: network.transfer_h: found 2h, expected a number >= 0 in hours", error, StringComparison.Ordinal);
        Assert.Contains("tutorial.yaml:29:107: network.nodes[1].transfer_h: found -1, expected a number >= 0", error, StringComparison.Ordinal);
        Assert.Contains("tutorial.yaml:29:121: network.nodes[1].transfer: found 'maybe', expected true or false", error, StringComparison.Ordinal);
        Assert.Contains("tutorial.yaml:30:84: network.nodes[2].transfer_h: found 2 on a node with transfer: false", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_WithATransferNode_WritesLegsCsv_AndReportsTransfersAndTonnesByMode()
    {
        using var dir = new TestFolder();
        string file = Tutorial(dir, t => t); // the tutorial's airport is a transfer node (transfer_h: 2)
        var (exit, _, error) = Cli.Run("run", file, "-r", "2", "--seed", "7", "--out", dir);
        Assert.True(exit == 0, error);
        string[] legs = File.ReadAllLines(Path.Combine(dir, "legs.csv"));
        Assert.Equal("replication,request,leg,id,from,to,mode,tonnes,tonnes_delivered,ready,departed,delivered,vehicles", legs[0]);
        var rows = legs.Skip(1).Select(l => l.Split(',')).ToArray();
        // Roads closed to a district send its cargo by truck to the airport, then by helicopter.
        Assert.Contains(rows, r => r[2] == "1" && r[4] == "PORT" && r[5] == "AIRPORT" && r[6] == "road");
        Assert.Contains(rows, r => r[2] == "2" && r[4] == "AIRPORT" && r[6] == "air" && r[12].StartsWith("heli-", StringComparison.Ordinal));
        // requests.csv keeps one row per request: a chained request's row runs from its origin to its destination.
        var requests = File.ReadAllLines(Path.Combine(dir, "requests.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(requests.Length, requests.Select(r => (r[0], r[1])).Distinct().Count());
        string chained = rows.First(r => r[2] == "2")[1];
        Assert.Contains(requests, r => r[1] == chained && r[6] == "PORT" && r[7] != "AIRPORT");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        var root = json.RootElement;
        Assert.True(root.GetProperty("transfers").GetDouble() > 0);
        Assert.True(root.GetProperty("tonnes_by_mode").GetProperty("air").GetDouble() > 0);
        Assert.True(root.GetProperty("tonnes_by_mode").GetProperty("road").GetDouble() > 0);
    }

    [Fact]
    public void Run_WithATransferNode_ButOneMode_WritesNoLegsCsv_NorChainKpis()
    {
        using var dir = new TestFolder();
        string file = Tutorial(dir, t => t
            .Replace("{id: heli, name: Mi-8 helicopter, mode: air, count: 1,", "{id: heli, name: Mi-8 helicopter, mode: road, count: 1,", StringComparison.Ordinal));
        var (exit, _, error) = Cli.Run("run", file, "-r", "1", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.False(File.Exists(Path.Combine(dir, "legs.csv"))); // no chain can form: nothing to list
        Assert.DoesNotContain("transfers", File.ReadAllText(Path.Combine(dir, "summary.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutTransferNodes_WritesNoLegsCsv_NorChainKpis()
    {
        using var dir = new TestFolder();
        string file = Tutorial(dir, t => t.Replace(Airport, Airport.Replace(", transfer_h: 2}", "}", StringComparison.Ordinal), StringComparison.Ordinal));
        var (exit, _, error) = Cli.Run("run", file, "-r", "2", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.False(File.Exists(Path.Combine(dir, "legs.csv")));
        string summary = File.ReadAllText(Path.Combine(dir, "summary.json"));
        Assert.DoesNotContain("transfers", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("tonnes_by_mode", summary, StringComparison.Ordinal);
    }
}

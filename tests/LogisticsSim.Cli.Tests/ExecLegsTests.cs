// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Strategies;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>The exec protocol's snapshot shows each leg of a chain with its request, leg number and mode (protocol 2), and an exec program serves legs.</summary>
public class ExecLegsTests
{
    private sealed class OneEpoch(IReadOnlyList<OpenRequest> requests) : ISnapshot
    {
        public SimTime Now => SimTime.FromHours(7);
        public IReadOnlyList<OpenRequest> Requests => requests;
        public IReadOnlyList<VehicleView> Vehicles => [];
        public IReadOnlyList<NodeId> Nodes => [new("PORT"), new("AIRPORT"), new("BUZI")];
        public int NetworkVersion => 0;
        public double AvailableStock(NodeId node, ItemId item) => double.PositiveInfinity;
        public double TravelHours(VehicleType type, NodeId from, NodeId to) => 1;
        public double TravelKm(VehicleType type, NodeId from, NodeId to) => 1;
        public double HandlingHours(NodeId node, double tonnes) => 0;
    }

    [Fact]
    public void Snapshot_ShowsLegs_WithTheirRequestLegAndMode()
    {
        var whole = new OpenRequest("SRF-1", new ItemId("food"), new NodeId("PORT"), new NodeId("BUZI"), 5, 1.6, SimTime.Zero, SimTime.FromHours(48), 1, 0);
        var leg = new OpenRequest("SRF-2#2", new ItemId("food"), new NodeId("AIRPORT"), new NodeId("BUZI"), 3, 1.6, SimTime.FromHours(6), SimTime.FromHours(48), 2, 1)
        {
            Request = "SRF-2", Leg = 2, Mode = TransportMode.Air,
        };
        using var json = JsonDocument.Parse(ExecProtocol.Snapshot(new OneEpoch([whole, leg]), 1));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("protocol").GetInt32());
        var requests = root.GetProperty("requests");
        Assert.Equal(("SRF-1", "SRF-1", 0, JsonValueKind.Null), (requests[0].GetProperty("id").GetString(), requests[0].GetProperty("request").GetString(),
            requests[0].GetProperty("leg").GetInt32(), requests[0].GetProperty("mode").ValueKind));
        Assert.Equal(("SRF-2#2", "SRF-2", 2, "air"), (requests[1].GetProperty("id").GetString(), requests[1].GetProperty("request").GetString(),
            requests[1].GetProperty("leg").GetInt32(), requests[1].GetProperty("mode").GetString()));
    }

    [Fact]
    public void Exec_ShippedPythonPolicy_ServesLegs()
    {
        using var dir = new TestFolder();
        string file = Cli.Scenario("tutorial.yaml"); // its airport is a transfer node: Buzi's cargo goes by truck, then by helicopter
        string policy = "exec:python3 " + Path.Combine(Cli.Repo, "scenarios", "strategies", "nearest_first.py");
        var (exit, _, error) = Cli.Run("run", file, "-r", "1", "--strategy", policy, "--out", dir);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        Assert.Equal(0, json.RootElement.GetProperty("strategy_fallbacks").GetDouble());
        Assert.True(json.RootElement.GetProperty("transfers").GetDouble() > 0);
        Assert.Contains(File.ReadAllLines(Path.Combine(dir, "legs.csv")).Skip(1), l => l.Split(',')[2] == "2" && l.Split(',')[11].Length > 0); // a second leg delivered
    }
}

// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>The rules' grouped search must pick exactly the vehicle a scan of the free fleet in order picks.</summary>
public class SoonestVehiclesTests
{
    private static readonly string[] Nodes = ["A", "B", "C", "D"];

    private static readonly Gen<(int Location, int FreeInH, int Type, bool Available)[]> Fleets =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Bool).Array[1, 14];

    private static readonly Gen<int[]> Hours = Gen.Int[0, 3].Array[Nodes.Length * Nodes.Length]; // 0: no path

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // grouped per node, from the vehicles the snapshot names near it
    public void PicksTheVehicleTheFleetScanPicks_AlsoAfterVehiclesLeave(bool tellsReach)
    {
        Gen.Select(Fleets, Hours, Gen.Int[0, 100]).Sample((fleet, hours, removeSeed) =>
        {
            VehicleType[] types = [FakeSnapshot.Truck(payload: 10), FakeSnapshot.Truck(payload: 11)]; // one object per fleet entry, as in a run
            var snapshot = new FakeSnapshot
            {
                TellsReach = tellsReach,
                Now = SimTime.FromHours(1),
                Vehicles = fleet.Select((f, i) => new VehicleView($"v{i}", types[f.Type], f.Type, new NodeId(Nodes[f.Location]),
                    SimTime.FromHours(1 + f.FreeInH), f.Available, false)).ToArray(),
            };
            snapshot.WithHours(Nodes, hours);
            var rule = new DispatchRule(snapshot);
            var grouped = rule.Free;
            var free = snapshot.Vehicles.Where(v => v.IsAvailable).ToList();
            while (true)
            {
                foreach (string from in Nodes)
                {
                    foreach (string to in Nodes)
                    {
                        var expected = Scan(snapshot, free, new NodeId(from), new NodeId(to));
                        Assert.Equal(expected?.Id, grouped.For(new NodeId(from), new NodeId(to)).Vehicle?.Id);
                        Assert.Equal(expected?.Id, rule.Soonest(FakeSnapshot.Request("r", 1, from: from, to: to))?.Id);
                    }
                }
                if (free.Count == 0) break;
                var leaving = free[removeSeed % free.Count];
                rule.Send(leaving, new NodeId("A"), new NodeId("B"), []);
                free.Remove(leaving);
                Assert.Equal(free.Count, grouped.Count);
            }
        }, iter: 300);
    }

    /// <summary>The reference: every free vehicle in fleet order, the first of the soonest arrivals kept.</summary>
    private static VehicleView? Scan(FakeSnapshot snapshot, List<VehicleView> free, NodeId from, NodeId to)
    {
        VehicleView? best = null;
        double bestArrival = double.PositiveInfinity;
        foreach (var v in free)
        {
            if (double.IsPositiveInfinity(snapshot.TravelHours(v.Type, from, to))) continue;
            double arrival = (v.AvailableAt - snapshot.Now).Hours + snapshot.TravelHours(v.Type, v.Location, from);
            if (arrival < bestArrival) (best, bestArrival) = (v, arrival);
        }
        return best;
    }
}

// SPDX-License-Identifier: Apache-2.0
using CsCheck;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>The lazy rule's grouped search must pick exactly the vehicle the baselines' fleet scan picks.</summary>
public class SoonestVehiclesTests
{
    private static readonly string[] Nodes = ["A", "B", "C", "D"];

    private static readonly Gen<(int Location, int FreeInH, int Type, bool Available)[]> Fleets =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 1], Gen.Bool).Array[1, 14];

    private static readonly Gen<int[]> Hours = Gen.Int[0, 3].Array[Nodes.Length * Nodes.Length]; // 0: no path

    [Fact]
    public void PicksTheVehicleTheFleetScanPicks_AlsoAfterVehiclesLeave()
    {
        Gen.Select(Fleets, Hours, Gen.Int[0, 100]).Sample((fleet, hours, removeSeed) =>
        {
            var snapshot = new FakeSnapshot
            {
                Now = SimTime.FromHours(1),
                Vehicles = fleet.Select((f, i) => new VehicleView($"v{i}", FakeSnapshot.Truck(payload: 10 + f.Type), f.Type, new NodeId(Nodes[f.Location]),
                    SimTime.FromHours(1 + f.FreeInH), f.Available, false)).ToArray(),
            };
            for (int a = 0; a < Nodes.Length; a++)
            {
                for (int b = 0; b < Nodes.Length; b++)
                {
                    if (a != b && hours[a * Nodes.Length + b] > 0) snapshot.Hours[(Nodes[a], Nodes[b])] = hours[a * Nodes.Length + b];
                }
            }
            var rule = new DispatchRule(snapshot);
            var grouped = new SoonestVehicles(snapshot);
            var free = snapshot.Vehicles.Where(v => v.IsAvailable).ToList();
            while (true)
            {
                foreach (string from in Nodes)
                {
                    foreach (string to in Nodes)
                    {
                        var expected = rule.Soonest(FakeSnapshot.Request("r", 1, from: from, to: to));
                        Assert.Equal(expected?.Id, grouped.For(new NodeId(from), new NodeId(to)).Vehicle?.Id);
                    }
                }
                if (free.Count == 0) break;
                var leaving = free[removeSeed % free.Count];
                rule.Send(leaving, new NodeId("A"), new NodeId("B"), []);
                grouped.Remove(leaving);
                free.Remove(leaving);
            }
        }, iter: 300);
    }
}

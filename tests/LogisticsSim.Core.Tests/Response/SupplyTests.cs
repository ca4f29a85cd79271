// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>Supply: shipments arrive when their stream draws them, wait out closures and handling at the entry node, and become stock.</summary>
public class SupplyTests
{
    /// <summary>A port with a district; <paramref name="extra"/> is appended (supply, hazards, demand).</summary>
    private static string Port(string node, string extra) => $$"""
        scenario: {name: Supply}
        horizon: 20d
        seed: 11
        network:
          nodes:
            - {{node}}
            - {id: D1, kind: district, lat: 0.2, lon: 0, population: 1000}
          links:
            - {from: PORT, to: D1, mode: road, km: 20}
        fleet:
          - {id: truck, mode: road, count: 2, base: PORT, payload_t: 10, kmh: 40}
        items:
          - {id: food, t_per_m3: 0.5}
          - {id: kits, t_per_m3: 0.25}
        {{extra}}
        strategy: fcfs
        """;

    private const string OpenPort = "{id: PORT, kind: port, lat: 0, lon: 0}";

    [Fact]
    public void Shipments_ArriveExactlyWhenTheirStreamDraws()
    {
        var scenario = TestScenarios.Load(Port(OpenPort, """
            supply:
              - {id: ship, at: PORT, item: food, t: 40, arrival: {exponential: {mean: 30h}}, every: 2d, times: 4}
            """));
        for (int replication = 0; replication < 5; replication++)
        {
            var model = new ResponseModel(scenario, new FcfsStrategy(), replication);
            model.Run();
            // The same draws, made here from the stream the supply is documented to own.
            var rng = new RandomStreams(scenario.Seed, replication).For("supply", "ship");
            var slots = scenario.Supply[0].Slots().ToArray();
            Assert.Equal(4, slots.Length);
            Assert.Equal(4, model.Supplied.Count);
            for (int k = 0; k < slots.Length; k++)
            {
                var expected = slots[k] + SimTime.FromHours(Math.Max(0, scenario.Supply[0].Arrival.Sample(rng)));
                var shipment = model.Supplied[k];
                Assert.Equal(expected, shipment.Arrives);
                Assert.True(shipment.Arrived);
                Assert.Equal(expected, shipment.StoredAt); // no handling rate, no limit: stored the instant it lands
                Assert.Equal(40, shipment.Stored, 9);
            }
            Assert.Equal(160, model.StockBalance().Held, 9);
        }
    }

    [Fact]
    public void ASupply_LeavesEveryOtherStreamAlone()
    {
        const string demand = """
            demand:
              arrivals:
                - {id: calls, item: kits, from: PORT, to: [D1], t: {lognormal: {mean: 3, sd: 1}}, every: {exponential: {mean: 5h}}, due: 2d, priority: 1}
            hazards:
              - {node: PORT, effect: capacity, factor: 0.5, at: {uniform: [1d, 5d]}, duration: 1d, probability: 0.5}
            """;
        var without = TestScenarios.Load(Port(OpenPort, demand));
        var with = TestScenarios.Load(Port(OpenPort, demand + "\nsupply:\n  - {id: ship, at: PORT, item: food, t: 40, arrival: {uniform: [1d, 3d]}, every: 1d}"));
        for (int replication = 0; replication < 3; replication++)
        {
            var a = ResponseModel.Replay(without, replication);
            var b = ResponseModel.Replay(with, replication);
            Assert.Equal(a.Requests.Select(r => (r.Id, r.Tonnes, r.Ready)), b.Requests.Select(r => (r.Id, r.Tonnes, r.Ready)));
            Assert.Equal(a.Hazards.Select(h => (h.Id, h.Start, h.End)), b.Hazards.Select(h => (h.Id, h.Start, h.End)));
        }
    }

    [Fact]
    public void AClosedEntryNode_DelaysUnloading_AndACapacityCutSlowsIt()
    {
        // 100 t at 50 t/h arrive at 10h; the port is closed from 5h to 20h, and works at half its rate from 15h to 40h: 4 h of handling from 20h.
        var scenario = TestScenarios.Load(Port("{id: PORT, kind: port, lat: 0, lon: 0, handling_tph: 50}", """
            supply:
              - {id: ship, at: PORT, item: food, t: 100, arrival: 10h}
            hazards:
              - {id: storm, node: PORT, effect: closed, at: 5h, duration: 15h}
              - {id: cranes, node: PORT, effect: capacity, factor: 0.5, at: 15h, duration: 25h}
            """));
        var model = new ResponseModel(scenario, new FcfsStrategy(), 0);
        model.Run();
        var shipment = Assert.Single(model.Supplied);
        Assert.Equal(SimTime.FromHours(10), shipment.Arrives);
        Assert.Equal(SimTime.FromHours(24), shipment.StoredAt);
    }

    [Fact]
    public void StockoutHours_CountOnlyWhileRequestsWaitForStock()
    {
        // Nothing at the port until the ship lands at 30h; the request is ready at 6h: 24 h out of stock while it waits.
        var scenario = TestScenarios.Load(Port(OpenPort, """
            stock:
              - {at: PORT, item: kits, t: 50}
            supply:
              - {id: ship, at: PORT, item: food, t: 20, arrival: 30h}
            demand:
              requests:
                - {id: R1, item: food, t: 8, from: PORT, to: D1, ready: 6h, due: 3d, priority: 1}
                - {id: R2, item: kits, t: 8, from: PORT, to: D1, ready: 6h, due: 3d, priority: 1}
            """));
        var result = new ResponseModel(scenario, new FcfsStrategy(), 0).Run();
        Assert.Equal(24, result.Kpis.StockoutHByStock!["PORT.food"], 9);
        Assert.Equal(0, result.Kpis.StockoutHByStock["PORT.kits"]);
        Assert.Equal(24, result.Kpis.StockoutH!.Value, 9);
        var r1 = result.Requests.Single(r => r.Id == "R1");
        Assert.Equal(30, r1.Dispatched!.Value, 9);
    }

    [Fact]
    public void AScenarioWithoutSupply_ReportsNoneOfTheNewKpis()
    {
        // A storage limit that nothing can fill during the run (stock only leaves the port) opens no gate either.
        var scenario = TestScenarios.Load(Port("{id: PORT, kind: port, lat: 0, lon: 0, storage_t: 60}",
            "stock:\n  - {at: PORT, item: food, t: 50}\ndemand:\n  requests:\n    - {id: R1, item: food, t: 8, from: PORT, to: D1, due: 3d, priority: 1}"));
        var paths = KpiVector.Of(new ResponseModel(scenario, new FcfsStrategy(), 0).Run().Kpis).Select(p => p.Path).ToArray();
        Assert.DoesNotContain(paths, p => p.StartsWith("stockout_h", StringComparison.Ordinal) || p.StartsWith("storage_blocked", StringComparison.Ordinal)
            || p.StartsWith("storage_refused", StringComparison.Ordinal) || p.StartsWith("storage_delayed", StringComparison.Ordinal));
    }
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using CsCheck;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>Warehouses that fill up: the gate of a full node, storage as a service, and the limit held on random scenarios.</summary>
public class StorageTests
{
    private static string Hub(string hubStorage, string stockAndDemand) => $$"""
        scenario: {name: Storage}
        horizon: 3d
        seed: 5
        network:
          nodes:
            - {id: SRC, kind: port, lat: 0, lon: 0}
            - {id: HUB, kind: hub, lat: 0, lon: 0.3, {{hubStorage}}}
            - {id: D, kind: district, lat: 0, lon: 0.6, population: 100}
          links:
            - {from: SRC, to: HUB, mode: road, km: 40}
            - {from: HUB, to: D, mode: road, km: 40}
        fleet:
          - {id: truck, mode: road, count: 1, base: SRC, payload_t: 10, kmh: 40}
          - {id: van, mode: road, count: 1, base: HUB, payload_t: 30, kmh: 40}
        items:
          - {id: food, t_per_m3: 0.5}
        {{stockAndDemand}}
        strategy: fcfs
        """;

    [Fact]
    public void AVehicle_WaitsAtTheGateOfAFullStore_UntilStockLeaves()
    {
        // 8 t of 10 t are full; 5 t arrive at 1h: 2 t go in, 3 t wait until the van takes 6 t out at 10h.
        var scenario = TestScenarios.Load(Hub("storage_t: 10", """
            stock:
              - {at: HUB, item: food, t: 8}
            demand:
              requests:
                - {id: A, item: food, t: 5, from: SRC, to: HUB, ready: 0h, due: 2d, priority: 1}
                - {id: B, item: food, t: 6, from: HUB, to: D, ready: 10h, due: 2d, priority: 1}
            """));
        var result = new ResponseModel(scenario, new FcfsStrategy(), 0).Run();
        Assert.Equal(10, result.Requests.Single(r => r.Id == "A").Delivered!.Value, 9);
        Assert.Equal(9, result.Kpis.StorageBlockedH!.Value, 9);
        Assert.Equal(10, result.Kpis.StoragePeak["HUB"], 9);
    }

    /// <summary>
    /// A truck brings 10 t to a store of 4 t that a van empties 3 t at a time: the load can never go in whole.
    /// It goes in as the store empties, never above 4 t, and all of it arrives, where waiting for room for the
    /// whole load would have kept the truck at the gate for ever.
    /// </summary>
    [Fact]
    public void ALoadLargerThanTheWholeStore_GoesInPieceByPiece_AsTheStoreEmpties()
    {
        var scenario = TestScenarios.Load(Hub("storage_t: 4", """
            stock:
              - {at: HUB, item: food, t: 0}
            demand:
              requests:
                - {id: A, item: food, t: 10, from: SRC, to: HUB, ready: 0h, due: 2d, priority: 1}
                - {id: B1, item: food, t: 3, from: HUB, to: D, ready: 2h, due: 2d, priority: 1}
                - {id: B2, item: food, t: 3, from: HUB, to: D, ready: 6h, due: 2d, priority: 1}
                - {id: B3, item: food, t: 3, from: HUB, to: D, ready: 10h, due: 2d, priority: 1}
            """).Replace("count: 1, base: HUB, payload_t: 30", "count: 1, base: HUB, payload_t: 3", StringComparison.Ordinal));
        var model = new ResponseModel(scenario, new FcfsStrategy(), 0);
        var result = model.Run();
        Assert.Equal("delivered", result.Requests.Single(r => r.Id == "A").Status);
        Assert.All(result.Requests, r => Assert.Equal("delivered", r.Status));
        Assert.InRange(result.Kpis.StoragePeak["HUB"], 3.999, 4 + 1e-9);
        Assert.True(result.Kpis.StorageBlockedH > 1, $"storage_blocked_h {result.Kpis.StorageBlockedH}");
        Assert.Equal(1, model.SpaceOf(new("HUB"))!.UsedTonnes, 9); // 10 in, 9 out
    }

    [Fact]
    public void WithoutALimit_TheSameDeliveryIsNotHeld()
    {
        var scenario = TestScenarios.Load(Hub("population: 0", """
            stock:
              - {at: HUB, item: food, t: 8}
            demand:
              requests:
                - {id: A, item: food, t: 5, from: SRC, to: HUB, ready: 0h, due: 2d, priority: 1}
            """));
        var result = new ResponseModel(scenario, new FcfsStrategy(), 0).Run();
        Assert.Equal(1, result.Requests.Single(r => r.Id == "A").Delivered!.Value, 9);
        Assert.Null(result.Kpis.StorageBlockedH);
        Assert.Equal(13, result.Kpis.StoragePeak["HUB"], 9);
    }

    [Fact]
    public void StorageRequests_AreServedLate_OrRefused_WhenTheStoreIsFull()
    {
        var scenario = TestScenarios.Load(Hub("storage_t: 100", """
            stock:
              - {at: HUB, item: food, t: 60}
            demand:
              requests:
                - {id: B, item: food, t: 30, from: HUB, to: D, ready: 5h, due: 2d, priority: 1}
              storage:
                - {id: SR-1, item: food, t: 50, at: HUB, from: 1h, until: 20h}
                - {id: SR-2, item: food, t: 80, at: HUB, from: 2h, until: 3h}
                - {id: SR-3, item: food, t: 10, at: HUB, from: 6h, until: 8h}
            """));
        var result = new ResponseModel(scenario, new FcfsStrategy(), 0).Run();
        Assert.Equal(1, result.Kpis.StorageDelayed); // SR-1 gets its space at 5h, when the van takes 30 t out
        Assert.Equal(1, result.Kpis.StorageRefused); // SR-2 never finds 80 t free before 3h
        Assert.Equal(90, result.Kpis.StoragePeak["HUB"], 9); // 30 t of stock, SR-1 and SR-3 from 6h
    }

    private sealed record Spec(double HubCap, double? HubM3, double PortCap, double HubStock, (int Tonnes, int ReadyH, int Kind)[] Requests,
        int ShipTonnes, int ShipEveryH, int ShipTimes, (int Tonnes, int FromH, int ForH)[] Storage, bool PortClosed, bool StockLoss, bool Priority, int Seed);

    private static readonly Gen<Spec> Specs =
        from hubCap in Gen.Int[20, 200]
        from withM3 in Gen.Bool
        from m3 in Gen.Int[40, 400]
        from portCap in Gen.Int[20, 300]
        from stockShare in Gen.Double[0, 0.8]
        from requests in Gen.Select(Gen.Int[1, 25], Gen.Int[0, 96], Gen.Int[0, 2]).Array[0, 10]
        from shipTonnes in Gen.Int[5, 400]
        from shipEvery in Gen.Int[6, 72]
        from shipTimes in Gen.Int[1, 5]
        from storage in Gen.Select(Gen.Int[1, 100], Gen.Int[0, 100], Gen.Int[1, 60]).Array[0, 4]
        from portClosed in Gen.Bool
        from stockLoss in Gen.Bool
        from priority in Gen.Bool
        from seed in Gen.Int[1, 1000]
        let hubM3 = withM3 ? m3 : (double?)null
        select new Spec(hubCap, hubM3, portCap, Math.Min(hubCap, hubM3 is { } v ? v * 0.5 : double.MaxValue) * stockShare,
            requests, shipTonnes, shipEvery, shipTimes, storage, portClosed, stockLoss, priority, seed);

    private static string Yaml(Spec s)
    {
        var c = CultureInfo.InvariantCulture;
        var y = new StringBuilder();
        y.AppendLine(c, $"scenario: {{name: RandomStorage}}\nhorizon: 6d\nseed: {s.Seed}\nnetwork:\n  nodes:");
        y.AppendLine(c, $"    - {{id: PORT, kind: port, lat: 0, lon: 0, storage_t: {s.PortCap}, handling_tph: 40}}");
        y.AppendLine(c, $"    - {{id: HUB, kind: hub, lat: 0, lon: 0.3, storage_t: {s.HubCap}{(s.HubM3 is { } volume ? $", storage_m3: {volume}" : "")}}}");
        y.AppendLine("    - {id: D, kind: district, lat: 0, lon: 0.6, population: 100}");
        y.AppendLine("  links:\n    - {from: PORT, to: HUB, mode: road, km: 40, time: {lognormal: {mean: 1h, sd: 20m}}}\n    - {from: HUB, to: D, mode: road, km: 30}");
        y.AppendLine("fleet:\n  - {id: truck, mode: road, count: 2, base: PORT, payload_t: 10, kmh: 40, unload_time: 20m}");
        y.AppendLine("  - {id: van, mode: road, count: 2, base: HUB, payload_t: 8, kmh: 40}");
        y.AppendLine("items:\n  - {id: food, t_per_m3: 0.5}");
        y.AppendLine(c, $"stock:\n  - {{at: HUB, item: food, t: {s.HubStock:0.###}}}");
        y.AppendLine(c, $"supply:\n  - {{id: ship, at: PORT, item: food, t: {s.ShipTonnes}, arrival: {{uniform: [0h, 30h]}}, every: {s.ShipEveryH}h, times: {s.ShipTimes}}}");
        y.AppendLine("demand:\n  requests:");
        for (int i = 0; i < s.Requests.Length; i++)
        {
            var (tonnes, ready, kind) = s.Requests[i];
            string route = kind switch { 0 => "from: PORT, to: HUB", 1 => "from: HUB, to: D", _ => "from: PORT, to: D" };
            y.AppendLine(c, $"    - {{id: R{i}, item: food, t: {tonnes}, {route}, ready: {ready}h, due: {ready + 48}h, priority: {1 + i % 2}}}");
        }
        y.AppendLine("  storage:");
        for (int i = 0; i < s.Storage.Length; i++)
        {
            var (tonnes, from, hours) = s.Storage[i];
            double t = Math.Max(1, Math.Min(tonnes, Math.Min(s.HubCap, s.HubM3 is { } m3 ? m3 * 0.5 : double.MaxValue)));
            y.AppendLine(c, $"    - {{id: S{i}, item: food, t: {t:0.###}, at: HUB, from: {from}h, until: {from + hours}h}}");
        }
        if (s.PortClosed || s.StockLoss) y.AppendLine("hazards:");
        if (s.PortClosed) y.AppendLine("  - {node: PORT, effect: closed, at: {uniform: [0h, 60h]}, duration: {uniform: [2h, 30h]}}");
        if (s.StockLoss) y.AppendLine("  - {node: HUB, effect: stock_loss, share: 0.3, at: 40h}");
        y.AppendLine(c, $"strategy: {(s.Priority ? "priority" : "fcfs")}");
        return y.ToString().Replace("  storage:\n", s.Storage.Length == 0 ? "" : "  storage:\n", StringComparison.Ordinal)
            .Replace("demand:\n  requests:\n", s.Requests.Length == 0 ? "demand:\n  requests: []\n" : "demand:\n  requests:\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The property of the issue: on random scenarios with supply, filling and emptying a hub, storage
    /// requests, closures and stock losses, no node ever holds more than its storage (in tonnes and m3),
    /// storage_peak stays within storage_t, and every tonne of requests and of stock is accounted for at every hour.
    /// </summary>
    [Fact]
    public void StorageLimits_Hold_AndTonnesAreConserved_IncludingSupply()
    {
        Specs.Sample(spec =>
        {
            var scenario = TestScenarios.Load(Yaml(spec));
            var model = new ResponseModel(scenario, spec.Priority ? new PriorityStrategy() : new FcfsStrategy(), 0);
            var hub = model.SpaceOf(new("HUB"))!;
            var port = model.SpaceOf(new("PORT"))!;
            var result = model.Run(SimTime.FromHours(1), b =>
            {
                Assert.True(Math.Abs(b.Residual) < 1e-6, $"request residual {b.Residual} in {b}");
                var stock = model.StockBalance();
                Assert.True(Math.Abs(stock.Residual) < 1e-6, $"stock residual {stock.Residual} in {stock}");
                foreach (var space in new[] { hub, port })
                {
                    Assert.True(space.UsedTonnes <= space.CapacityTonnes!.Value + 1e-6, $"{space.UsedTonnes} t used of {space.CapacityTonnes} t");
                    if (space.CapacityCubicMetres is { } m3) Assert.True(space.UsedCubicMetres <= m3 + 1e-6, $"{space.UsedCubicMetres} m3 used of {m3} m3");
                }
            });
            Assert.True(result.Kpis.StoragePeak["HUB"] <= spec.HubCap + 1e-6, $"peak {result.Kpis.StoragePeak["HUB"]} over {spec.HubCap}");
            Assert.True(result.Kpis.StoragePeak["PORT"] <= spec.PortCap + 1e-6, $"peak {result.Kpis.StoragePeak["PORT"]} over {spec.PortCap}");
            var end = model.StockBalance();
            Assert.Equal(end.Supplied, model.Supplied.Sum(s => s.Stored), tolerance: 1e-6);
            Assert.All(model.Supplied, s => Assert.True(s.Stored <= s.Tonnes + 1e-9));
            Assert.True(result.Kpis.StorageBlockedH >= 0);
        }, iter: 100);
    }
}

// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using CsCheck;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>
/// Tonnes carried as chains are conserved at every hour of random multimodal scenarios: requested =
/// delivered + on vehicles + waiting + dropped + held at transfer nodes, for the whole run and for each
/// chain against its legs; cargo held at a transfer node takes its space, which never exceeds its storage.
/// Districts without a road are reached only by truck to the airport, then helicopter; roads and air links
/// close, trucks break down, the airport's storage is small. CsCheck prints the seed of a failing scenario.
/// </summary>
public class ChainConservationTests
{
    private sealed record Spec(int Districts, bool[] Road, int[] RoadKm, double TransferH, bool EveryNode, int AirStorage, int Trucks,
        int Helis, double Stock, (int To, int Tonnes, int ReadyH, int Priority)[] Requests, (int Link, bool Air, int StartH, int DurationH)[] Closures,
        string Strategy, int Seed);

    private static readonly Gen<Spec> Specs =
        from districts in Gen.Int[1, 4]
        from road in Gen.Bool.Array[districts]
        from roadKm in Gen.Int[5, 120].Array[districts]
        from transferH in Gen.Double[0, 3]
        from everyNode in Gen.Bool
        from airStorage in Gen.Int[5, 80]
        from trucks in Gen.Int[1, 4]
        from helis in Gen.Int[1, 2]
        from stock in Gen.Double[0, 400]
        from requests in Gen.Select(Gen.Int[1, districts], Gen.Int[1, 30], Gen.Int[0, 96], Gen.Int[1, 3]).Array[1, 10]
        from closures in Gen.Select(Gen.Int[0, districts - 1], Gen.Bool, Gen.Int[0, 100], Gen.Int[1, 80]).Array[0, 3]
        from strategy in Gen.Int[0, 2].Select(i => new[] { "fcfs", "priority", "lazy" }[i])
        from seed in Gen.Int[1, 1000]
        select new Spec(districts, road, roadKm, transferH, everyNode, airStorage, trucks, helis, stock, requests, closures, strategy, seed);

    private static string Yaml(Spec s)
    {
        var c = CultureInfo.InvariantCulture;
        var y = new StringBuilder();
        y.AppendLine(c, $"scenario: {{name: Chains}}\nhorizon: 6d\nseed: {s.Seed}\nnetwork:");
        if (s.EveryNode) y.AppendLine(c, $"  transfer_h: {s.TransferH:0.###}");
        y.AppendLine("  nodes:");
        y.AppendLine("    - {id: HUB, kind: hub, lat: 0, lon: 0, handling_tph: 30}");
        y.AppendLine(c, $"    - {{id: AIR, kind: airport, lat: 0.01, lon: 0, handling_tph: 12, storage_t: {s.Stock / 4 + s.AirStorage:0.###}{(s.EveryNode ? "" : $", transfer_h: {s.TransferH:0.###}")}}}");
        for (int d = 1; d <= s.Districts; d++) y.AppendLine(c, $"    - {{id: D{d}, kind: district, lat: {d * 0.1}, lon: 0.2, population: 1000}}");
        y.AppendLine("  links:\n    - {id: HA, from: HUB, to: AIR, mode: road, km: 3}");
        for (int d = 1; d <= s.Districts; d++)
        {
            if (s.Road[d - 1]) y.AppendLine(c, $"    - {{id: R{d}, from: HUB, to: D{d}, mode: road, km: {s.RoadKm[d - 1]}}}");
            y.AppendLine(c, $"    - {{id: A{d}, from: AIR, to: D{d}, mode: air}}");
        }
        y.AppendLine(c, $"fleet:\n  - {{id: truck, mode: road, count: {s.Trucks}, base: HUB, payload_t: 8, volume_m3: 30, kmh: 40, load_time: 30m, unload_time: 30m}}");
        y.AppendLine(c, $"  - {{id: heli, mode: air, count: {s.Helis}, base: AIR, payload_t: 2, kmh: 180, load_time: 15m, unload_time: 15m}}");
        y.AppendLine("items:\n  - {id: food, t_per_m3: 0.5}\n  - {id: kits, t_per_m3: 0.3}");
        y.AppendLine(c, $"stock:\n  - {{at: HUB, item: food, t: {s.Stock:0.###}}}\n  - {{at: AIR, item: food, t: {s.Stock / 4:0.###}}}");
        y.AppendLine("demand:\n  requests:");
        for (int i = 0; i < s.Requests.Length; i++)
        {
            var r = s.Requests[i];
            string item = i % 2 == 0 ? "food" : "kits"; // food joins the airport's stock between legs, kits wait apart
            y.AppendLine(c, $"    - {{id: R-{i}, item: {item}, t: {r.Tonnes}, from: HUB, to: D{r.To}, ready: {r.ReadyH}h, due: {r.ReadyH + 48}h, priority: {r.Priority}}}");
        }
        y.AppendLine("  arrivals:\n    - {id: s, item: kits, from: HUB, to: [D1], t: {lognormal: {mean: 3, sd: 2}}, every: {exponential: {mean: 8h}}, due: 2d, priority: 2}");
        if (s.Closures.Length > 0) y.AppendLine("hazards:");
        foreach (var (link, air, start, duration) in s.Closures)
        {
            string id = air ? $"A{link + 1}" : s.Road[link] ? $"R{link + 1}" : "HA";
            y.AppendLine(c, $"  - {{link: {id}, effect: closed, at: {start}h, duration: {duration}h}}");
        }
        y.AppendLine("breakdowns:\n  - {mode: road, mtbf: 40h, repair: {uniform: [2h, 10h]}}");
        y.AppendLine(c, $"strategy: {{name: {s.Strategy}}}");
        return y.ToString();
    }

    [Fact]
    public void ChainedTonnes_AreConserved_AtEveryHour_AndHeldCargoStaysWithinStorage()
    {
        int transfers = 0, chains = 0;
        Specs.Sample(spec =>
        {
            var scenario = TestScenarios.Load(Yaml(spec));
            var model = new ResponseModel(scenario, TestScenarios.Strategy(spec.Strategy), 0);
            var air = new NodeId("AIR");
            double capacity = scenario.Network.GetNode(air).StorageTonnes!.Value;
            var result = model.Run(SimTime.FromHours(1), b =>
            {
                Assert.True(Math.Abs(b.Residual) < 1e-6, $"residual {b.Residual} in {b}");
                Assert.True(b.Delivered >= -1e-9 && b.InTransit >= -1e-9 && b.Waiting >= -1e-9 && b.Dropped >= -1e-9 && b.AtTransfers >= -1e-9, b.ToString());
                var space = model.SpaceOf(air)!;
                Assert.True(space.UsedTonnes <= capacity + 1e-6, $"{space.UsedTonnes} t stored at AIR, which holds {capacity} t");
                double apart = model.Legs.Where(l => l.HeldApart && l.From == air).Sum(l => l.Unassigned + l.Claimed);
                Assert.True(space.UsedTonnes >= apart - 1e-6, $"{apart} t of legs wait apart at AIR in {space.UsedTonnes} t of space");
                foreach (var r in model.Requests.Where(r => r.Legs is not null)) Chain(r);
            });
            Assert.Equal(model.Balance().Delivered, result.Kpis.TonnesDelivered, tolerance: 1e-6);
            Assert.Equal(result.Kpis.TonnesDelivered, result.Requests.Sum(r => r.TonnesDelivered), tolerance: 1e-6);
            Interlocked.Add(ref transfers, result.Kpis.Transfers ?? 0);
            Interlocked.Add(ref chains, model.Requests.Count(r => r.Legs is not null));
        }, iter: 100);
        // The property is not vacuous: chains were carried and cargo changed vehicles at the airport.
        Assert.True(chains > 100 && transfers > 100, $"{chains} chains, {transfers} transfers");
    }

    /// <summary>A chain's books against its legs': loaded tonnes are on a leg's vehicle or held between legs; only last legs deliver.</summary>
    private static void Chain(RequestState r)
    {
        const double eps = 1e-6;
        var legs = r.Legs!;
        Assert.Equal(r.Tonnes, r.Unassigned + r.Claimed + r.InTransit + r.Delivered + r.Dropped, tolerance: 1e-6);
        Assert.Equal(r.InTransit, legs.Sum(l => l.InTransit) + r.Held, tolerance: 1e-6);
        Assert.True(r.Held >= legs.Where(l => l.Leg > 1).Sum(l => l.Unassigned + l.Claimed) - eps, $"{r.Id}: held {r.Held}");
        Assert.Equal(r.Delivered, legs.Where(l => l.To == r.To).Sum(l => l.Delivered), tolerance: 1e-6);
        Assert.Equal(r.Unassigned + r.Claimed, legs.Where(l => l.Leg == 1).Sum(l => l.Unassigned + l.Claimed), tolerance: 1e-6);
        foreach (var l in legs)
        {
            Assert.Equal(l.Tonnes, l.Unassigned + l.Claimed + l.InTransit + l.Delivered + l.Dropped, tolerance: 1e-6);
            Assert.True(l.Unassigned >= -eps && l.Claimed >= -eps && l.InTransit >= -eps, l.Id);
        }
        Assert.True(r.Dropped <= Tonnage.Epsilon || legs.Any(l => l.Dropped > 0));
    }
}

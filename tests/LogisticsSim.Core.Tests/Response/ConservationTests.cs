using System.Globalization;
using System.Text;
using CsCheck;
using LogisticsSim.Core.Response;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>
/// Requested = delivered + in transit + waiting + dropped, at every hour of many random scenarios
/// (closures, stock losses, breakdowns, stock shortages, the baselines). CsCheck prints the seed
/// that replays a failing scenario.
/// </summary>
public class ConservationTests
{
    private sealed record Spec(int Districts, int[] RoadKm, bool[] AirLink, int Trucks, int TruckPayload, int Helis,
        double Stock, (int To, int Tonnes, int ReadyH, int Priority)[] Requests, double ArrivalMeanH, int NeedPeople,
        (int Link, int StartH, int DurationH)[] Closures, bool StockLoss, bool Priority, int Seed);

    private static readonly Gen<Spec> Specs =
        from districts in Gen.Int[1, 4]
        from roadKm in Gen.Int[5, 120].Array[districts]
        from air in Gen.Bool.Array[districts]
        from trucks in Gen.Int[1, 4]
        from payload in Gen.Int[2, 12]
        from helis in Gen.Int[0, 2]
        from stock in Gen.Double[0, 400]
        from requests in Gen.Select(Gen.Int[1, districts], Gen.Int[1, 30], Gen.Int[0, 96], Gen.Int[1, 3]).Array[0, 8]
        from arrivalMean in Gen.Double[2, 24]
        from people in Gen.Int[0, 5000]
        from closures in Gen.Select(Gen.Int[0, districts - 1], Gen.Int[0, 100], Gen.Int[1, 80]).Array[0, 3]
        from stockLoss in Gen.Bool
        from priority in Gen.Bool
        from seed in Gen.Int[1, 1000]
        select new Spec(districts, roadKm, air, trucks, payload, helis, stock, requests, arrivalMean, people, closures, stockLoss, priority, seed);

    private static string Yaml(Spec s, string? strategy)
    {
        var c = CultureInfo.InvariantCulture;
        var y = new StringBuilder();
        y.AppendLine($"scenario: {{name: Random}}\nhorizon: 6d\nseed: {s.Seed}\nnetwork:\n  nodes:");
        y.AppendLine("    - {id: HUB, kind: hub, lat: 0, lon: 0, handling_tph: 30}");
        y.AppendLine("    - {id: AIR, kind: airport, lat: 0.01, lon: 0}");
        for (int d = 1; d <= s.Districts; d++) y.AppendLine(c, $"    - {{id: D{d}, kind: district, lat: {d * 0.1}, lon: 0.2, population: 1000}}");
        y.AppendLine("  links:\n    - {from: HUB, to: AIR, mode: road, km: 3}");
        for (int d = 1; d <= s.Districts; d++)
        {
            y.AppendLine(c, $"    - {{id: R{d}, from: {(d == 1 ? "HUB" : $"D{d - 1}")}, to: D{d}, mode: road, km: {s.RoadKm[d - 1]}}}");
            if (s.AirLink[d - 1]) y.AppendLine(c, $"    - {{from: AIR, to: D{d}, mode: air}}");
        }
        y.AppendLine(c, $"fleet:\n  - {{id: truck, mode: road, count: {s.Trucks}, base: HUB, payload_t: {s.TruckPayload}, volume_m3: {s.TruckPayload * 3}, kmh: 40, load_time: 30m, unload_time: 30m, cost_per_km: 1}}");
        if (s.Helis > 0) y.AppendLine(c, $"  - {{id: heli, mode: air, count: {s.Helis}, base: AIR, payload_t: 2, kmh: 180, cost_per_hour: 100}}");
        y.AppendLine("items:\n  - {id: food, t_per_m3: 0.5}\n  - {id: kits, t_per_m3: 0.3}");
        y.AppendLine(c, $"stock:\n  - {{at: HUB, item: food, t: {s.Stock:0.###}}}\n  - {{at: AIR, item: food, t: {s.Stock / 4:0.###}}}");
        y.AppendLine("demand:\n  requests:");
        for (int i = 0; i < s.Requests.Length; i++)
        {
            var r = s.Requests[i];
            string from = i % 3 == 2 ? "AIR" : "HUB";
            string item = i % 2 == 0 ? "food" : "kits"; // kits have no stock entry: the partner brings them
            y.AppendLine(c, $"    - {{id: R-{i}, item: {item}, t: {r.Tonnes}, from: {from}, to: D{r.To}, ready: {r.ReadyH}h, due: {r.ReadyH + 48}h, priority: {r.Priority}}}");
        }
        y.AppendLine(c, $"  arrivals:\n    - {{id: s, item: food, from: HUB, to: [D1], t: {{lognormal: {{mean: 3, sd: 2}}}}, every: {{exponential: {{mean: {s.ArrivalMeanH:0.###}h}}}}, due: 2d, priority: 2}}");
        if (s.NeedPeople > 0) y.AppendLine(c, $"  needs:\n    - {{at: D{s.Districts}, item: food, kg_per_person_day: 0.555, from: HUB, every: 1d, due: 2d, priority: 1, population: {s.NeedPeople}}}");
        if (s.Closures.Length > 0 || s.StockLoss) y.AppendLine("hazards:");
        foreach (var (link, start, duration) in s.Closures) y.AppendLine(c, $"  - {{link: R{link + 1}, effect: closed, at: {start}h, duration: {duration}h}}");
        if (s.StockLoss) y.AppendLine("  - {node: HUB, effect: stock_loss, share: 0.5, at: 30h}");
        y.AppendLine("breakdowns:\n  - {mode: road, mtbf: 40h, repair: {uniform: [2h, 10h]}}");
        y.AppendLine(c, $"strategy: {{name: {strategy ?? (s.Priority ? "priority" : "fcfs")}}}");
        return y.ToString();
    }

    [Fact]
    public void Tonnes_AreConserved_AtEveryHour() => Conserved(strategy: null, iter: 120);

    /// <summary>The lazy rule holds requests back and wakes itself up: the same books must balance.</summary>
    [Fact]
    public void Tonnes_AreConserved_AtEveryHour_UnderLazy() => Conserved(strategy: "lazy", iter: 80);

    private static void Conserved(string? strategy, int iter)
    {
        Specs.Sample(spec =>
        {
            var scenario = TestScenarios.Load(Yaml(spec, strategy));
            var model = new ResponseModel(scenario, TestScenarios.Strategy(scenario.Strategy.Name), 0);
            int probes = 0;
            var result = model.Run(SimTime.FromHours(1), b =>
            {
                probes++;
                Assert.True(Math.Abs(b.Residual) < 1e-6, $"residual {b.Residual} in {b}");
                Assert.True(b.Delivered >= -1e-9 && b.InTransit >= -1e-9 && b.Waiting >= -1e-9 && b.Dropped >= -1e-9, b.ToString());
            });
            Assert.Equal(6 * 24, probes);
            var end = model.Balance();
            Assert.True(Math.Abs(end.Residual) < 1e-6);
            Assert.Equal(end.Delivered, result.Kpis.TonnesDelivered, 6);
            Assert.True(result.Kpis.TonnesDelivered <= result.Kpis.TonnesRequested + 1e-6);
            Assert.InRange(result.Kpis.FillRate, 0, 1 + 1e-9);
            foreach (var r in model.Requests)
            {
                Assert.Equal(r.Tonnes, r.Unassigned + r.Claimed + r.InTransit + r.Delivered + r.Dropped, 6);
                Assert.True(r.Delivered <= r.Tonnes + 1e-6);
            }
        }, iter: iter);
    }
}

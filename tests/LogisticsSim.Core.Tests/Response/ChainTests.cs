// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>Requests carried as chains of legs, against a tandem queue and by their routes.</summary>
public class ChainTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// Two stages in tandem, written as a scenario: one-tonne requests arrive as a Poisson stream at A
    /// bound for B, which no single mode joins; trucks carry A to T (an exponential trip, the first
    /// service), helicopters T to B (the second), each returning in a second; nothing takes handling
    /// time and T's transfer time is zero, so the leg at T is ready as the truck unloads.
    /// </summary>
    private static string Tandem(double lambda, int trucks, double truckHours, int helis, double heliHours, int days) => string.Create(CultureInfo.InvariantCulture, $$$"""
        scenario: {name: Tandem}
        horizon: {{{days}}}d
        seed: 5
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: T, kind: airport, lat: 0, lon: 0.1, transfer_h: 0}
            - {id: B, kind: district, lat: 0, lon: 0.2, population: 1}
          links:
            - {from: A, to: T, mode: road, time: {exponential: {mean: {{{truckHours * 60}}}m}}, bidirectional: false}
            - {from: T, to: A, mode: road, time: 1s, bidirectional: false}
            - {from: T, to: B, mode: air, time: {exponential: {mean: {{{heliHours * 60}}}m}}, bidirectional: false}
            - {from: B, to: T, mode: air, time: 1s, bidirectional: false}
        fleet:
          - {id: truck, mode: road, count: {{{trucks}}}, base: A, payload_t: 1, kmh: 50}
          - {id: heli, mode: air, count: {{{helis}}}, base: T, payload_t: 1, kmh: 200}
        items:
          - {id: kit, t_per_m3: 1}
        demand:
          arrivals:
            - {id: jobs, item: kit, from: A, to: [B], t: 1, every: {exponential: {mean: {{{3600 / lambda}}}s}}, due: 1000d, priority: 1}
        strategy: {name: fcfs}
        """);

    /// <summary>
    /// By Burke's theorem the first stage's departures are Poisson too, so the tandem is a Jackson network
    /// and the mean time from ready to delivery is the sum of the two M/M/c sojourn times. lambda = 2/h;
    /// stage 1: 3 trucks of mean 1 h (rho 0.67), stage 2: 2 helicopters of mean 0.5 h (rho 0.5); theory
    /// 2.111 h. Eight replications of 200 days (about 77,000 requests): one replication's mean has a standard
    /// deviation near 2.4%, so the pooled mean's standard error is under 1% and a 3% band is a check at three sigma.
    /// </summary>
    [Fact]
    public void TwoLegChain_MatchesTheTandemJacksonQueue()
    {
        const double lambda = 2, truckHours = 1, heliHours = 0.5;
        const int trucks = 3, helis = 2;
        var scenario = TestScenarios.Load(Tandem(lambda, trucks, truckHours, helis, heliHours, days: 200));
        double expected = QueueingTheory.ErlangCWait(lambda, 1 / truckHours, trucks) + truckHours
            + QueueingTheory.ErlangCWait(lambda, 1 / heliHours, helis) + heliHours;
        const int replications = 8;
        var sojourns = new double[replications];
        var transfers = new double[replications];
        Parallel.For(0, replications, rep =>
        {
            var result = new ResponseModel(scenario, new FcfsStrategy(), rep).Run();
            sojourns[rep] = result.Kpis.LeadTimeH.Mean;
            transfers[rep] = result.Kpis.Transfers!.Value / (double)result.Kpis.Requests;
            Assert.Equal(result.Kpis.TonnesDelivered, result.Kpis.TonnesByMode!["air"], 6); // every tonne flew its last leg
        });
        output.WriteLine($"mean sojourn {sojourns.Average():F4} h (Jackson {expected:F4}); per replication {string.Join(", ", sojourns.Select(w => w.ToString("F4", CultureInfo.InvariantCulture)))}");
        Assert.Equal(2.1111, expected, 4); // 0.4444 + 1 + 0.1667 + 0.5, by hand
        Assert.InRange(sojourns.Average(), expected * 0.97, expected * 1.03);
        foreach (double t in transfers) Assert.InRange(t, 0.99, 1.0); // one transfer per request (those still on the first leg at the horizon aside)
    }

    /// <summary>
    /// Trucks bring twice what the one helicopter can fly on: the cargo waiting at T fills its 2 t store,
    /// and trucks wait at its gate. The store never holds more than 2 t, and the wait is reported.
    /// </summary>
    [Fact]
    public void CargoBetweenLegs_FillsTheTransferNodesStorage_AndTrucksWaitAtItsGate()
    {
        string text = Tandem(lambda: 2, trucks: 6, truckHours: 0.2, helis: 1, heliHours: 1, days: 5).Replace("transfer_h: 0}", "transfer_h: 0, storage_t: 2}", StringComparison.Ordinal);
        var result = new ResponseModel(TestScenarios.Load(text), new FcfsStrategy(), 0).Run();
        Assert.InRange(result.Kpis.StoragePeak["T"], 1.999, 2.0 + 1e-9);
        Assert.True(result.Kpis.StorageBlockedH > 24, $"storage_blocked_h {result.Kpis.StorageBlockedH}");
        Assert.True(result.Kpis.Transfers > 100);
    }

    /// <summary>
    /// Six one-tonne requests whose cargo is bulkier than their item's (2 m3 a tonne against 1) all reach T at once,
    /// where a 4 m3 store holds them between legs: it takes two at a time, by their own volume, not four by the
    /// item's, and every request is still delivered as the helicopter frees the space.
    /// </summary>
    [Fact]
    public void CargoBetweenLegs_TakesItsOwnVolume_AndGivesBackWhatItTook()
    {
        string requests = string.Join("\n", Enumerable.Range(1, 6).Select(i =>
            $"    - {{id: R{i}, item: kit, t: 1, m3: 2, from: A, to: B, ready: 0h, due: 2d, priority: 1}}"));
        string text = Tandem(lambda: 2, trucks: 6, truckHours: 0.2, helis: 1, heliHours: 1, days: 3)
            .Replace("transfer_h: 0}", "transfer_h: 0, storage_m3: 4}", StringComparison.Ordinal);
        text = text[..text.IndexOf("demand:", StringComparison.Ordinal)] + "demand:\n  requests:\n" + requests + "\nstrategy: {name: fcfs}\n";
        var result = new ResponseModel(TestScenarios.Load(text), new FcfsStrategy(), 0).Run();
        Assert.InRange(result.Kpis.StoragePeak["T"], 1.999, 2.0 + 1e-9);
        Assert.All(result.Requests, r => Assert.Equal("delivered", r.Status));
    }

    /// <summary>
    /// Two transfer nodes: via T1 is faster than via T2. One truck is busy with an earlier request when the
    /// chain's first leg opens; before it comes back, T1's air link closes, so the waiting leg is sent to T2.
    /// </summary>
    private static string TwoWays(bool close) => $$"""
        scenario: {name: Rechoose}
        horizon: 3d
        seed: 1
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: F, kind: district, lat: 1, lon: 0, population: 1}
            - {id: T1, kind: airport, lat: 0, lon: 0.1, transfer_h: 1}
            - {id: T2, kind: airport, lat: 0, lon: -0.1, transfer_h: 1}
            - {id: B, kind: district, lat: 0.5, lon: 0, population: 1}
          links:
            - {from: A, to: F, mode: road, km: 100}
            - {from: A, to: T1, mode: road, km: 10}
            - {from: A, to: T2, mode: road, km: 20}
            - {from: T1, to: B, mode: air, km: 50}
            - {from: T2, to: B, mode: air, km: 50}
        fleet:
          - {id: truck, mode: road, count: 1, base: A, payload_t: 10, kmh: 50}
          - {id: heli, mode: air, count: 1, base: B, payload_t: 10, kmh: 200}
        items:
          - {id: kit, t_per_m3: 1}
        demand:
          requests:
            - {id: R0, item: kit, t: 5, from: A, to: F, ready: 0h, due: 1d, priority: 1}
            - {id: R1, item: kit, t: 5, from: A, to: B, ready: 30m, due: 1d, priority: 1}
        {{(close ? "hazards:\n  - {link: T1-B-air, effect: closed, at: 1h, duration: 10d}" : "")}}
        strategy: {name: priority}
        """;

    [Fact]
    public void WaitingLeg_IsRechosen_WhenALinkOfItsRouteCloses()
    {
        foreach (bool close in new[] { false, true })
        {
            var model = new ResponseModel(TestScenarios.Load(TwoWays(close)), new PriorityStrategy(), 0);
            var result = model.Run();
            var legs = result.Legs.Where(l => l.Request == "R1").ToArray();
            string via = close ? "T2" : "T1";
            Assert.Equal(["A", via], [legs[0].From, legs[0].To]);
            Assert.Equal("road", legs[0].Mode);
            Assert.All(legs.Skip(1), l => Assert.Equal((via, "B", "air", 2), (l.From, l.To, l.Mode, l.Leg)));
            Assert.Equal(close ? 1 : 0, model.Rechosen);
            // The truck took R0 first: the leg left only when it came back, after the closure.
            Assert.True(legs[0].Departed >= 4, $"departed {legs[0].Departed}");
            var r1 = result.Requests.Single(r => r.Id == "R1");
            Assert.Equal(("delivered", "A", "B", 5.0), (r1.Status, r1.Origin, r1.Destination, r1.TonnesDelivered));
            Assert.Equal(legs.Max(l => l.Delivered), r1.Delivered); // requests.csv: delivered when the last leg arrived
            Assert.Equal(legs[0].Departed, r1.Dispatched);
            Assert.Equal(1, result.Kpis.Transfers);
            Assert.Equal((5.0, 10.0), (result.Kpis.TonnesByMode!["air"], result.Kpis.TonnesByMode["road"]));
        }
    }

    [Theory]
    [InlineData("fcfs")]
    [InlineData("priority")]
    [InlineData("lazy")]
    [InlineData("hindsight")]
    public void EveryStrategy_ServesLegs(string name)
    {
        IStrategy strategy = name == "hindsight" ? new Core.Hindsight.HindsightStrategy(Core.Hindsight.HindsightOptions.Default) : TestScenarios.Strategy(name);
        var result = new ResponseModel(TestScenarios.Load(TwoWays(close: true)), strategy, 0).Run();
        Assert.Equal("delivered", result.Requests.Single(r => r.Id == "R1").Status);
        Assert.Equal(["T2", "B"], result.Legs.Select(l => l.To).ToArray());
        Assert.Equal(0, result.Kpis.StrategyFallbacks);
    }

    [Fact]
    public void WithoutTransferNodes_NoRequestIsAChain_AndNoChainKpiIsReported()
    {
        var result = new ResponseModel(TestScenarios.Load(TwoWays(false).Replace(", transfer_h: 1}", "}")
            .Replace("to: B, ready: 30m", "to: F, ready: 30m")), new PriorityStrategy(), 0).Run();
        Assert.Empty(result.Legs);
        Assert.Null(result.Kpis.Transfers);
        Assert.Null(result.Kpis.TonnesByMode);
        Assert.DoesNotContain(Core.Kpis.KpiVector.Of(result.Kpis), kv => kv.Path.StartsWith("transfers", StringComparison.Ordinal) || kv.Path.StartsWith("tonnes_by_mode", StringComparison.Ordinal));
    }

    [Fact]
    public void Chain_IsTaken_OnlyWhenFasterThanEverySingleMode()
    {
        // A road all the way A-B of 30 km (0.6 h) beats road to T1 (0.2 h) + 1 h transfer + air (0.25 h); at 100 km (2 h) it does not.
        foreach (var (km, chained) in new[] { (30, false), (100, true) })
        {
            string text = TwoWays(false).Replace("    - {from: T1, to: B, mode: air, km: 50}", $"    - {{from: T1, to: B, mode: air, km: 50}}\n    - {{from: A, to: B, mode: road, km: {km}}}");
            var result = new ResponseModel(TestScenarios.Load(text), new PriorityStrategy(), 0).Run();
            Assert.Equal(chained, result.Legs.Any(l => l.Request == "R1"));
            Assert.Equal("delivered", result.Requests.Single(r => r.Id == "R1").Status);
        }
    }

    [Fact]
    public void Strategies_SeeEachLeg_WithItsRequestLegAndMode()
    {
        var seen = new List<OpenRequest>();
        var spy = new Spy(new PriorityStrategy(), seen);
        new ResponseModel(TestScenarios.Load(TwoWays(false)), spy, 0).Run();
        var first = seen.First(r => r.Id == "R1#1");
        Assert.Equal(("R1", 1, TransportMode.Road, "A", "T1"), (first.Request, first.Leg, first.Mode, first.From.Value, first.To.Value));
        var second = seen.First(r => r.Id == "R1#2");
        Assert.Equal(("R1", 2, TransportMode.Air, "T1", "B"), (second.Request, second.Leg, second.Mode, second.From.Value, second.To.Value));
        Assert.Equal(first.Due, second.Due);
        Assert.Equal(first.Priority, second.Priority);
        Assert.True(second.Ready.Hours > first.Ready.Hours + 1, "ready after the first leg is unloaded and the 1 h transfer");
        var whole = seen.First(r => r.Id == "R0");
        Assert.Equal((null, 0, null), (whole.Request, whole.Leg, whole.Mode));
    }

    private sealed class Spy(IStrategy inner, List<OpenRequest> seen) : IStrategy
    {
        public string Name => inner.Name;

        public Kernel.SimTime? ReplanEvery => inner.ReplanEvery;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            seen.AddRange(snapshot.Requests);
            return inner.Decide(snapshot);
        }
    }
}

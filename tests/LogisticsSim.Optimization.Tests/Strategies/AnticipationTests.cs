// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>Sampled futures of demand: drawn from the scenario's model on the strategy's own streams, and holding what they rarely send now.</summary>
public class AnticipationTests
{
    private static Scenario Tutorial() => ScenarioLoader.LoadFromText(File.ReadAllText(RepoFiles.Scenario("tutorial.yaml")), "tutorial.yaml").Scenario!;

    private static Func<string, RandomStream> Streams(long seed) => entity => new RandomStreams(seed, 0).For("strategy:ortools", entity);

    [Fact]
    public void Sampler_IsDeterministic_AndDrawsEachStreamFromTheModel()
    {
        var scenario = Tutorial();
        var now = SimTime.FromHours(30);
        var until = now + SimTime.FromHours(48);
        var a = new DemandSampler(scenario, Streams(7)).Draw(now, until, 0);
        var b = new DemandSampler(scenario, Streams(7)).Draw(now, until, 0);
        Assert.Equal(a, b);
        // Another future (or another seed) draws the arrival stream again; the needs and the file's requests are the same.
        var other = new DemandSampler(scenario, Streams(7)).Draw(now, until, 1);
        Assert.NotEqual(a.Where(r => r.Id.Contains("kits")).Select(r => r.Tonnes), other.Where(r => r.Id.Contains("kits")).Select(r => r.Tonnes));
        Assert.Equal(a.Where(r => !r.Id.Contains("kits")), other.Where(r => !r.Id.Contains("kits")));
        // Every request is ready after now and within the window; the tutorial's needs are daily (two in 48 h each,
        // from day 2 and day 3), SRF-003 is ready on day 2 (48 h), and the kits stream starts on day 1.
        Assert.All(a, r => Assert.True(r.Ready > now && r.Ready <= until && DemandSampler.IsSampled(r.Id)));
        Assert.Equal(4, a.Count(r => r.PeoplePerTonne > 0));
        Assert.Contains(a, r => r.Id == DemandSampler.Prefix + "SRF-003");
        Assert.Contains(a, r => r.Id.Contains("kits"));
    }

    /// <summary>Records what the model gives a forecasting strategy, and the first future it would sample.</summary>
    private sealed class Recorder : IForecastingStrategy
    {
        public IReadOnlyList<OpenRequest>? Future { get; private set; }
        public string Name => "recorder";
        public SimTime? ReplanEvery => null;
        public IReadOnlyList<Decision> Decide(ISnapshot snapshot) => [];

        public void Expect(Scenario scenario, Func<string, RandomStream> streams) =>
            Future = new DemandSampler(scenario, streams).Draw(SimTime.FromHours(30), SimTime.FromHours(78), 0);
    }

    [Fact]
    public void Model_GivesStreamsOfTheStrategysOwn_NotTheRealisation()
    {
        var scenario = Tutorial();
        // The same seed and replication with a different realised demand (the kits stream's own seed is its id):
        // the strategy's futures do not change.
        var renamed = scenario with
        {
            Demand = scenario.Demand with { Arrivals = scenario.Demand.Arrivals.Select(a => a with { Id = "kits2" }).ToArray() },
        };
        var (first, second) = (new Recorder(), new Recorder());
        var realised = new ResponseModel(scenario, first, 3).Run();
        var otherRealised = new ResponseModel(renamed, second, 3).Run();
        Assert.NotEqual(KitTonnes(realised.Requests), KitTonnes(otherRealised.Requests));
        Assert.Equal(first.Future!.Select(r => (r.Ready, r.Tonnes, r.To)), second.Future!.Select(r => (r.Ready, r.Tonnes, r.To)));
        // Nor are they the realisation: no sampled kits request has a realised one's size.
        var kits = KitTonnes(realised.Requests).ToHashSet();
        Assert.DoesNotContain(first.Future!.Where(r => r.Id.Contains("kits")), r => kits.Contains(r.Tonnes));
    }

    private static double[] KitTonnes(IEnumerable<RequestRecord> records) => records.Where(r => r.Id.StartsWith("kits", StringComparison.Ordinal)).Select(r => r.Tonnes).ToArray();

    [Fact]
    public void AnticipateZero_ChangesNothing_AndDrawsNothing()
    {
        var scenario = Tutorial();
        var plain = new ResponseModel(scenario, new OrToolsStrategy(OrToolsStrategyOptions.Default), 1).Run();
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { AnticipateShare = 0.9 });
        strategy.Expect(scenario, _ => throw new InvalidOperationException("anticipate 0 draws no future"));
        var off = new ResponseModel(scenario, strategy, 1).Run();
        Assert.Equal(KpiVector.Of(plain.Kpis), KpiVector.Of(off.Kpis));
        Assert.Equal(plain.Requests, off.Requests);
    }

    /// <summary>Nodes A to D of <see cref="LineSnapshot"/>, one truck, and one request written in the file: ready at 101 h.</summary>
    private static Scenario Line(string future) => ScenarioLoader.LoadFromText($$"""
        scenario: {name: Line}
        horizon: 1000h
        seed: 1
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: B, kind: district, lat: 0, lon: 0.4}
            - {id: C, kind: district, lat: 0, lon: 0.8}
            - {id: D, kind: district, lat: 0, lon: 1.2}
          links:
            - {from: A, to: B, mode: road, km: 50}
            - {from: B, to: C, mode: road, km: 50}
            - {from: C, to: D, mode: road, km: 50}
        fleet:
          - {id: truck, mode: road, count: 1, base: A, payload_t: 10, kmh: 50}
        items:
          - {id: food, t_per_m3: 1}
        demand:
          requests:
            - {{future}}
        """, "line.yaml").Scenario!;

    private static readonly Core.Fleet.VehicleType Truck = LineSnapshot.Type("truck", 10);

    private static IReadOnlyList<Decision> Decide(string future, int anticipate)
    {
        var s = new LineSnapshot();
        // A full load (it would leave at once) of priority 3 for B, 1 h away, due in 40 h: it may wait until 118.5 h.
        var snapshot = new LineSnapshot { Vehicles = [s.Vehicle("t", Truck, 0, "A")], Requests = [s.Request("r1", "A", "B", 9.5, dueInHours: 40, priority: 3)] };
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { Anticipate = anticipate });
        strategy.Expect(Line(future), Streams(1));
        return strategy.Decide(snapshot);
    }

    [Fact]
    public void FutureUrgentCargo_HoldsTheTripItsVehicleIsWantedFor()
    {
        // Priority-1 cargo for D (3 h away) ready in an hour and due 4 h later: every sampled future's plan gives the
        // one truck to it first, so the full trip to B leaves now in none of them and waits (it can, by its due time).
        const string urgent = "{id: urgent, item: food, t: 5, from: A, to: D, ready: 101h, due: 105h, priority: 1}";
        Assert.Empty(Decide(urgent, anticipate: 4).OfType<Dispatch>());
        Assert.Single(Decide(urgent, anticipate: 0).OfType<Dispatch>());
    }

    [Fact]
    public void FutureCargoThatCanWait_LeavesTheTripGoing()
    {
        // Priority-3 cargo due long after: the plans send the full trip first in every future, so it leaves now.
        const string later = "{id: later, item: food, t: 5, from: A, to: D, ready: 101h, due: 140h, priority: 3}";
        var sent = Decide(later, anticipate: 4).OfType<Dispatch>().ToArray();
        Assert.Single(sent);
        Assert.Equal("r1", sent[0].Stops[0].Load[0].RequestId);
    }
}

using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

public class ResponseModelTests
{
    private static string Corridor(string hazards, string extraLinks = "") => $$"""
        scenario: {name: Corridor}
        horizon: 3d
        seed: 1
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: C, kind: hub, lat: 0.5, lon: 0}
            - {id: B, kind: district, lat: 0, lon: 0.5, population: 100}
          links:
            - {from: A, to: B, mode: road, km: 50}
        {{extraLinks}}
        fleet:
          - {id: truck, mode: road, count: 1, base: A, payload_t: 10, kmh: 50}
        items:
          - {id: food, t_per_m3: 1}
        demand:
          requests:
            - {id: R1, item: food, t: 5, from: A, to: B, ready: 0h, due: 12h, priority: 1}
        {{hazards}}
        strategy: {name: fcfs}
        """;

    private static RequestRecord RunOne(string yaml) =>
        new ResponseModel(TestScenarios.Load(yaml), new FcfsStrategy(), 0).Run().Requests.Single();

    [Fact]
    public void OpenRoad_DeliversAfterTheTravelTime()
    {
        var r = RunOne(Corridor(""));
        Assert.Equal((0.0, 1.0, "delivered"), (r.Dispatched!.Value, r.Delivered!.Value, r.Status));
    }

    [Fact]
    public void ClosedRoad_RequestWaitsForItToReopen()
    {
        // No vehicle can reach B while the only road is closed: the cargo leaves when it reopens.
        var r = RunOne(Corridor("hazards:\n  - {link: A-B-road, effect: closed, at: 0h, duration: 10h}"));
        Assert.Equal((10.0, 11.0), (r.Dispatched!.Value, r.Delivered!.Value));
    }

    [Fact]
    public void ClosedRoad_VehicleTakesAnOpenDetour()
    {
        var r = RunOne(Corridor("hazards:\n  - {link: A-B-road, effect: closed, at: 0h, duration: 10h}",
            "    - {from: A, to: C, mode: road, km: 100}\n    - {from: C, to: B, mode: road, km: 100}"));
        Assert.Equal(4.0, r.Delivered!.Value);
    }

    [Fact]
    public void RoadClosingAhead_ReroutesAtTheNextNode()
    {
        // A-C-B (2 h) beats A-B slowed tenfold (10 h); C-B closes at 1 h, as the truck reaches C, so it
        // re-plans there: back to A (1 h), then A-B (10 h).
        var r = RunOne(Corridor("hazards:\n  - {link: A-B-road, effect: slowed, factor: 10, at: 0h, duration: 3d}\n  - {link: C-B-road, effect: closed, at: 1h, duration: 3d}",
            "    - {from: A, to: C, mode: road, km: 50}\n    - {from: C, to: B, mode: road, km: 50}"));
        Assert.Equal(1.0 + 1.0 + 10.0, r.Delivered!.Value);
    }

    [Fact]
    public void SameSeed_SameResults_DifferentSeed_DifferentResults()
    {
        var scenario = TestScenarios.Load(File.ReadAllText(Scenarios.RepoFiles.Scenario("tutorial.yaml")), "tutorial.yaml");
        var a = KpiVector.Of(new ResponseModel(scenario, new PriorityStrategy(), 0).Run().Kpis);
        var b = KpiVector.Of(new ResponseModel(scenario, new PriorityStrategy(), 0).Run().Kpis);
        var c = KpiVector.Of(new ResponseModel(scenario, new PriorityStrategy(), 0, seed: 99).Run().Kpis);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Strategies_SeeTheSameDemandAndHazards_CommonRandomNumbers()
    {
        var scenario = TestScenarios.Load(File.ReadAllText(Scenarios.RepoFiles.Scenario("idai-beira.yaml")), "idai-beira.yaml");
        var fcfs = new ResponseModel(scenario, new FcfsStrategy(), 3).Run().Requests;
        var priority = new ResponseModel(scenario, new PriorityStrategy(), 3).Run().Requests;
        Assert.Equal(fcfs.Select(r => (r.Id, r.Tonnes, r.Ready, r.Destination)), priority.Select(r => (r.Id, r.Tonnes, r.Ready, r.Destination)));
        Assert.NotEqual(fcfs.Select(r => r.Dispatched), priority.Select(r => r.Dispatched));
    }

    [Fact]
    public void NodeEffectOnALink_FailsLoudly_InsteadOfDoingNothing()
    {
        // The reader refuses this; a scenario built in code must not get past the model either.
        var scenario = TestScenarios.Load(Corridor(""));
        scenario = scenario with { Hazards = [new Hazard("cut", new LinkId("A-B-road"), null, new HazardEffect.Capacity(0.5), new Constant(1), new Constant(2), 1)] };
        var e = Assert.Throws<SimulationException>(() => new ResponseModel(scenario, new FcfsStrategy(), 0).Run());
        var cause = Assert.IsType<InvalidOperationException>(e.InnerException?.InnerException); // the process failed, and nothing waited for it
        Assert.Equal("hazard cut: the effect 'capacity' needs a node, found a link", cause.Message);
    }
}

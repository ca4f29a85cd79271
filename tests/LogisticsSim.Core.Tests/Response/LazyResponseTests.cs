// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>
/// The lazy rule in the model, on a corridor with exact times: A to B is 50 km at 50 km/h (1 h), loading
/// and unloading take 30 min each and nothing else, so a request's dispatch time (when its cargo is
/// loaded) is the decision time plus the way to A plus 30 min.
/// </summary>
public class LazyResponseTests
{
    private static string Corridor(string requests, int trucks = 1, string strategy = "lazy") => $$"""
        scenario: {name: Corridor}
        horizon: 4d
        seed: 1
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: B, kind: district, lat: 0, lon: 0.5, population: 100}
          links:
            - {from: A, to: B, mode: road, km: 50}
        fleet:
          - {id: truck, mode: road, count: {{trucks}}, base: A, payload_t: 10, kmh: 50, load_time: 30m, unload_time: 30m}
        items:
          - {id: food, t_per_m3: 1}
        demand:
          requests:
        {{requests}}
        strategy: {name: {{strategy}}}
        """;

    private static Dictionary<string, RequestRecord> Run(string yaml, IStrategy? strategy = null)
    {
        var scenario = TestScenarios.Load(yaml);
        return new ResponseModel(scenario, strategy ?? new LazyStrategy(), 0).Run().Requests.ToDictionary(r => r.Id);
    }

    private static LazyStrategy Lazy(double marginH) => new(LazyOptions.Default with { Margin = SimTime.FromHours(marginH) });

    [Fact]
    public void ARequestThatCanWait_LeavesAtItsLatestDeparture_NotEarlier()
    {
        // Due 24 h; 30 min loading + 1 h travel + 30 min unloading + 2 h margin: it must leave at 20 h, and
        // no event but the rule's own wake-up falls then (the hourly looks in between must not send it).
        string yaml = Corridor("    - {id: R, item: food, t: 2, from: A, to: B, ready: 0h, due: 24h, priority: 1}");
        var r = Run(yaml)["R"];
        Assert.Equal((20.5, 22.0, "delivered"), (r.Dispatched!.Value, r.Delivered!.Value, r.Status));
        // With no margin it arrives exactly at its due time, and counts as on time.
        var exact = Run(yaml, Lazy(0))["R"];
        Assert.Equal((22.5, 24.0), (exact.Dispatched!.Value, exact.Delivered!.Value));
        // The priority rule sends it at once.
        Assert.Equal(0.5, Run(yaml, new PriorityStrategy())["R"].Dispatched!.Value);
    }

    [Fact]
    public void TheHorizon_IsADeadlineToo()
    {
        // Due after the run ends (4 d = 96 h): held no longer than to arrive 2 h before the end.
        var r = Run(Corridor("    - {id: R, item: food, t: 2, from: A, to: B, ready: 0h, due: 10d, priority: 1}"))["R"];
        Assert.Equal((92.5, 94.0), (r.Dispatched!.Value, r.Delivered!.Value));
    }

    [Fact]
    public void TwoSmallRequestsOnARoute_WaitAndGoTogether_WhenTheSecondMakesAFullLoad()
    {
        var r = Run(Corridor("""
                - {id: R1, item: food, t: 5, from: A, to: B, ready: 0h, due: 48h, priority: 1}
                - {id: R2, item: food, t: 5, from: A, to: B, ready: 6h, due: 48h, priority: 2}
            """));
        Assert.Equal((6.5, 6.5), (r["R1"].Dispatched!.Value, r["R2"].Dispatched!.Value));
        Assert.Equal((8.0, 8.0), (r["R1"].Delivered!.Value, r["R2"].Delivered!.Value));
    }

    [Fact]
    public void ALateRequest_GoesAsSoonAsAVehicleIsFree()
    {
        // R0 fills the only truck at once (loaded 0.5 h, unloaded 2 h). R1 is due at 2 h, so late by the time
        // the truck is free at B at 2 h: it is sent then, from B back to A (1 h), and loaded at 3.5 h.
        var r = Run(Corridor("""
                - {id: R0, item: food, t: 10, from: A, to: B, ready: 0h, due: 48h, priority: 1}
                - {id: R1, item: food, t: 1, from: A, to: B, ready: 1h, due: 2h, priority: 1}
            """));
        Assert.Equal((0.5, 2.0), (r["R0"].Dispatched!.Value, r["R0"].Delivered!.Value));
        Assert.Equal((3.5, 5.0), (r["R1"].Dispatched!.Value, r["R1"].Delivered!.Value));
    }

    [Fact]
    public void SameSeed_SameResults()
    {
        var scenario = TestScenarios.Load(File.ReadAllText(Scenarios.RepoFiles.Scenario("tutorial.yaml")), "tutorial.yaml");
        var a = new ResponseModel(scenario, new LazyStrategy(), 2).Run();
        var b = new ResponseModel(scenario, new LazyStrategy(), 2).Run();
        Assert.Equal(a.Requests, b.Requests);
        Assert.Equal(KpiVector.Of(a.Kpis), KpiVector.Of(b.Kpis));
        // And it is a rule of its own: it does not dispatch as the priority rule does.
        var priority = new ResponseModel(scenario, new PriorityStrategy(), 2).Run();
        Assert.NotEqual(priority.Requests.Select(r => r.Dispatched), a.Requests.Select(r => r.Dispatched));
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Response;

/// <summary>The chain router and the scenario's reachability check agree on which modes can carry cargo from where.</summary>
public class ChainRoutingTests
{
    /// <summary>
    /// A short water link joins PORT to DIST, but the only boat is based on a lake that no water link joins to
    /// PORT: no boat can ever load at PORT. The check accepts the request because trucks to the airport and a
    /// helicopter on reach DIST; the router must then take that chain, not the faster water path no boat can sail.
    /// </summary>
    private const string Text = """
        scenario: {name: Unserved}
        horizon: 3d
        seed: 1
        network:
          nodes:
            - {id: PORT, kind: port, lat: 0, lon: 0}
            - {id: AIR, kind: airport, lat: 0, lon: 0.1, transfer_h: 1}
            - {id: DIST, kind: district, lat: 0.1, lon: 0, population: 1}
            - {id: LAKE, kind: port, lat: 1, lon: 1}
            - {id: SHORE, kind: district, lat: 1, lon: 1.1, population: 1}
          links:
            - {from: PORT, to: AIR, mode: road, time: 1h}
            - {from: AIR, to: DIST, mode: air, time: 1h}
            - {from: PORT, to: DIST, mode: water, time: 30m}
            - {from: LAKE, to: SHORE, mode: water, time: 1h}
        fleet:
          - {id: truck, mode: road, count: 1, base: PORT, payload_t: 10, kmh: 50}
          - {id: heli, mode: air, count: 1, base: AIR, payload_t: 10, kmh: 200}
          - {id: boat, mode: water, count: 1, base: LAKE, payload_t: 10, kmh: 15}
        items:
          - {id: kit, t_per_m3: 1}
        stock:
          - {at: PORT, item: kit, t: 100}
        demand:
          requests:
            - {id: R1, item: kit, t: 5, from: PORT, to: DIST, ready: 0h, due: 1d, priority: 1}
        strategy: {name: fcfs}
        """;

    [Fact]
    public void AModeNoVehicleCanBringToTheOrigin_IsNotADirectRoute_TheChainThatTheCheckAllowedIsTaken()
    {
        var load = ScenarioLoader.LoadFromText(Text, "unserved.yaml");
        Assert.True(load.Scenario is not null, load.ErrorReport); // the check allows the request: by road, then by air
        var model = new ResponseModel(load.Scenario, new FcfsStrategy(), 0);
        var result = model.Run();
        var r = Assert.Single(result.Requests);
        Assert.Equal("delivered", r.Status);
        Assert.Equal(2, model.Legs.Count);
        Assert.Equal(5, result.Kpis.TonnesByMode!["air"], 6);
        Assert.Equal(0, result.Kpis.TonnesByMode.GetValueOrDefault("water"), 6);
    }

    [Fact]
    public void WithoutTheAirport_TheCheckRefusesWhatNoVehicleCanCarry()
    {
        var load = ScenarioLoader.LoadFromText(Text.Replace(", transfer_h: 1}", "}", StringComparison.Ordinal), "unserved.yaml");
        Assert.Null(load.Scenario);
        Assert.Contains("demand.requests[0].to: found 'DIST', expected a destination reachable from 'PORT'", load.ErrorReport, StringComparison.Ordinal);
    }
}

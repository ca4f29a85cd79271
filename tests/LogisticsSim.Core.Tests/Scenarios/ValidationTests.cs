using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>Checks that span several entries: reachability, and reporting every error at once.</summary>
public class ValidationTests
{
    private const string Island = "    - {id: ISLAND, kind: district, lat: -20.0, lon: 35.0, population: 500}\n";

    [Fact]
    public void Load_DestinationWithNoLinks_IsUnreachable() => Assert.Equal(
        ["mini.yaml:19:50: demand.requests[0].to: found 'ISLAND', expected a destination reachable from 'PORT' over links "
         + "whose mode has a vehicle that can get to them from its base, changing mode only at transfer nodes (transfer_h) (hazards aside)"],
        Mini.Errors(Mini.With("population: 1000}\n", "population: 1000}\n" + Island).Replace("to: BUZI, ready", "to: ISLAND, ready")));

    [Fact]
    public void Load_LinkOfAModeWithoutVehicles_DoesNotReach()
    {
        // A water link to the island, but the fleet has only trucks.
        string text = Mini.With("population: 1000}\n", "population: 1000}\n" + Island)
            .Replace("km: 60}\n", "km: 60}\n    - {from: PORT, to: ISLAND, mode: water, km: 20}\n")
            .Replace("to: BUZI, ready", "to: ISLAND, ready");
        string error = Assert.Single(Mini.Errors(text));
        Assert.StartsWith("mini.yaml:20:50: demand.requests[0].to: found 'ISLAND', expected a destination reachable from 'PORT'", error);
    }

    [Fact]
    public void Load_VehicleThatCannotReachTheOrigin_DoesNotCount()
    {
        // A boat exists, but it is based at BUZI, which has no water link: it can never get to PORT's jetty.
        string text = Mini.With("population: 1000}\n", "population: 1000}\n" + Island)
            .Replace("km: 60}\n", "km: 60}\n    - {from: PORT, to: ISLAND, mode: water, km: 20}\n")
            .Replace("kmh: 45}\n", "kmh: 45}\n  - {id: boat, mode: water, count: 1, base: BUZI, payload_t: 5, kmh: 15}\n")
            .Replace("to: BUZI, ready", "to: ISLAND, ready");
        Assert.Single(Mini.Errors(text));
        // Based at PORT, the same boat serves the island.
        Assert.Empty(Mini.Errors(text.Replace("base: BUZI, payload_t: 5", "base: PORT, payload_t: 5")));
    }

    [Fact]
    public void Load_TransshipmentBetweenModes_ReachesOnlyThroughATransferNode()
    {
        // Cargo goes PORT -> BUZI by truck, then BUZI -> ISLAND by a helicopter based at BUZI: only if it may change mode at BUZI.
        string text = Mini.With("population: 1000}\n", "population: 1000}\n" + Island)
            .Replace("km: 60}\n", "km: 60}\n    - {from: BUZI, to: ISLAND, mode: air}\n")
            .Replace("kmh: 45}\n", "kmh: 45}\n  - {id: heli, mode: air, count: 1, base: BUZI, payload_t: 3, kmh: 200}\n")
            .Replace("to: BUZI, ready", "to: ISLAND, ready");
        Assert.StartsWith("mini.yaml:21:50: demand.requests[0].to: found 'ISLAND', expected a destination reachable from 'PORT'", Assert.Single(Mini.Errors(text)));
        Assert.Empty(Mini.Errors(text.Replace("lon: 34.60, population: 1000}", "lon: 34.60, population: 1000, transfer_h: 1}")));
        Assert.Empty(Mini.Errors(text.Replace("network:\n", "network:\n  transfer_h: 1\n")));
        Assert.Single(Mini.Errors(text.Replace("network:\n", "network:\n  transfer_h: 1\n").Replace("lon: 34.60, population: 1000}", "lon: 34.60, population: 1000, transfer: false}")));
    }

    [Fact]
    public void Load_OneWayLinkAgainstItsDirection_DoesNotReach()
    {
        string text = Mini.With("mode: road, km: 60}", "mode: road, km: 60, bidirectional: false}")
            .Replace("from: PORT, to: BUZI, ready", "from: BUZI, to: PORT, ready");
        string error = Assert.Single(Mini.Errors(text));
        Assert.StartsWith("mini.yaml:18:50: demand.requests[0].to: found 'PORT', expected a destination reachable from 'BUZI'", error);
    }

    [Fact]
    public void Load_ThreeMistakes_GiveThreeErrorsInFileOrder() => Assert.Equal(
        [
            "mini.yaml:2:10: horizon: found 10, expected a duration with a unit (10s, 10m, 10h or 10d)",
            "mini.yaml:11:62: fleet[0].payload_t: found -5, expected a number > 0",
            "mini.yaml:18:50: demand.requests[0].to: found 'BUZl', expected a known node id (did you mean 'BUZI'?)",
        ],
        Mini.Errors(Mini.With("horizon: 10d", "horizon: 10").Replace("payload_t: 10", "payload_t: -5").Replace("to: BUZI, ready", "to: BUZl, ready")));

    [Fact]
    public void Load_ErrorsInManySections_AreAllReported()
    {
        string text = Mini.With("lat: -19.83", "lat: -91")
            .Replace("t_per_m3: 0.6", "t_per_m3: 0")
            .Replace("priority: 1}", "priority: 0}")
            .Replace("kind: port", "kind: harbour");
        Assert.Equal(
            [
                "mini.yaml:6:24: network.nodes[0].kind: found 'harbour', expected one of port, airport, hub, district, border, junction",
                "mini.yaml:6:38: network.nodes[0].lat: found -91, expected a latitude between -90 and 90",
                "mini.yaml:13:26: items[0].t_per_m3: found 0, expected a number > 0",
                "mini.yaml:18:88: demand.requests[0].priority: found 0, expected a whole number >= 1",
            ],
            Mini.Errors(text));
    }

    [Fact]
    public void RequestIdWithALegMark_Refused_OnlyWhereANodeAllowsTransfers()
    {
        string text = Mini.Text.Replace("{id: R1,", "{id: R#1,", StringComparison.Ordinal);
        Assert.Empty(Mini.Errors(text));
        string withTransfers = text.Replace("network:\n", "network:\n  transfer_h: 1\n", StringComparison.Ordinal);
        string error = Assert.Single(Mini.Errors(withTransfers));
        Assert.Contains("demand.requests[0].id: found 'R#1', expected an id without '#'", error, StringComparison.Ordinal);
        Assert.StartsWith("mini.yaml:", error, StringComparison.Ordinal);
    }
}

using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// Each kind of bad input gives exactly the expected, located message ("file:line:col: path: found X, expected Y").
/// Line and column numbers refer to <see cref="Mini.Text"/>.
/// </summary>
public class LoaderErrorTests
{
    private static void AssertErrors(string text, params string[] expected) => Assert.Equal(expected, Mini.Errors(text));

    [Fact]
    public void Load_MiniScenario_HasNoError() => Assert.Empty(Mini.Errors(Mini.Text));

    [Fact]
    public void Load_UnknownKey_SuggestsNearestAndReportsTheMissingOne() => AssertErrors(
        Mini.With("kmh: 45", "kmhh: 45"),
        "mini.yaml:11:5: fleet[0].kmh: found nothing, expected a number > 0",
        "mini.yaml:11:66: fleet[0].kmhh: found unknown key 'kmhh', expected one of id, name, mode, count, base, payload_t, "
        + "volume_m3, kmh, load_time, unload_time, cost_per_km, cost_per_hour (did you mean 'kmh'?)");

    [Fact]
    public void Load_UnknownRootKey_Suggests() => AssertErrors(
        Mini.With("seed: 1", "sead: 1"),
        "mini.yaml:3:1: sead: found unknown key 'sead', expected one of scenario, horizon, seed, network, fleet, items, stock, supply, "
        + "demand, hazards, breakdowns, strategy, planning, objective (did you mean 'seed'?)");

    [Fact]
    public void Load_MissingRequiredKey_IsLocatedAtItsMapping() => AssertErrors(
        Mini.With("payload_t: 10, ", ""),
        "mini.yaml:11:5: fleet[0].payload_t: found nothing, expected a number > 0");

    [Fact]
    public void Load_MissingSection_IsLocatedAtTheRoot() => AssertErrors(
        Mini.With("items:\n  - {id: food, t_per_m3: 0.6}\n", ""),
        "mini.yaml:1:1: items: found nothing, expected a list of mappings with the keys id, name, t_per_m3");

    [Fact]
    public void Load_BareNumberForDuration_HintsAtUnits() => AssertErrors(
        Mini.With("horizon: 10d", "horizon: 30"),
        "mini.yaml:2:10: horizon: found 30, expected a duration with a unit (30s, 30m, 30h or 30d)");

    [Fact]
    public void Load_UnknownDurationUnit_SaysWhichUnitsExist() => AssertErrors(
        Mini.With("horizon: 10d", "horizon: 2w"),
        "mini.yaml:2:10: horizon: found 2w, expected a duration: a number and a unit ms, s, m, h or d (such as 500ms, 90s, 2m, 6h or 3d)");

    [Fact]
    public void Load_UnitOnAUnitBearingKey_IsAnError() => AssertErrors(
        Mini.With("kmh: 45", "kmh: 45h"),
        "mini.yaml:11:71: fleet[0].kmh: found 45h, expected a number > 0 in km/h, written without a unit");

    [Fact]
    public void Load_UnknownNode_SuggestsNearest() => AssertErrors(
        Mini.With("to: BUZI, ready", "to: BUZl, ready"),
        "mini.yaml:18:50: demand.requests[0].to: found 'BUZl', expected a known node id (did you mean 'BUZI'?)");

    [Fact]
    public void Load_UnknownNodeFarFromAny_ListsKnownIds() => AssertErrors(
        Mini.With("to: BUZI, ready", "to: XYZ, ready"),
        "mini.yaml:18:50: demand.requests[0].to: found 'XYZ', expected a known node id: one of BUZI, PORT");

    [Fact]
    public void Load_UnknownItem_SuggestsNearest() => AssertErrors(
        Mini.With("item: food, t: 5", "item: fod, t: 5"),
        "mini.yaml:18:22: demand.requests[0].item: found 'fod', expected a known item id (did you mean 'food'?)");

    [Fact]
    public void Load_UnknownFleetInBreakdown_SuggestsNearest() => AssertErrors(
        Mini.Plus("breakdowns:\n  - {fleet: truk, mtbf: 300h, repair: 1d}"),
        "mini.yaml:20:13: breakdowns[0].fleet: found 'truk', expected a known fleet id (did you mean 'truck'?)");

    [Fact]
    public void Load_UnknownLink_SuggestsNearestReference() => AssertErrors(
        Mini.Plus("hazards:\n  - {link: PORT-BUZ-road, effect: closed, duration: 2d}"),
        "mini.yaml:20:12: hazards[0].link: found 'PORT-BUZ-road', expected a known link id or from-to-mode (did you mean 'PORT-BUZI-road'?)");

    [Fact]
    public void Load_DuplicateNodeId_PointsAtTheFirst() => AssertErrors(
        Mini.With("population: 1000}\n", "population: 1000}\n    - {id: PORT, kind: hub, lat: -19.8, lon: 34.8}\n"),
        "mini.yaml:8:12: network.nodes[2].id: found 'PORT' again (first at line 6, column 12), expected a unique node id");

    [Fact]
    public void Load_DuplicateItemId_IsReported() => AssertErrors(
        Mini.With("  - {id: food, t_per_m3: 0.6}\n", "  - {id: food, t_per_m3: 0.6}\n  - {id: food, t_per_m3: 0.7}\n"),
        "mini.yaml:14:10: items[1].id: found 'food' again (first at line 13, column 10), expected a unique item id");

    [Fact]
    public void Load_DuplicateFleetId_IsReported() => AssertErrors(
        Mini.With("kmh: 45}\n", "kmh: 45}\n  - {id: truck, mode: road, count: 1, base: PORT, payload_t: 5, kmh: 40}\n"),
        "mini.yaml:12:10: fleet[1].id: found 'truck' again (first at line 11, column 10), expected a unique fleet id");

    [Fact]
    public void Load_DuplicateLinkWithoutIds_AsksForIds() => AssertErrors(
        Mini.With("km: 60}\n", "km: 60}\n    - {from: BUZI, to: PORT, mode: road, km: 70}\n"),
        "mini.yaml:10:7: network.links[1]: found link 'BUZI-PORT-road' again (first at line 9, column 7), "
        + "expected one link per pair of nodes and mode, or an id on each parallel link");

    [Fact]
    public void Load_AmbiguousLinkReference_AsksForTheId()
    {
        string text = Mini.With("- {from: PORT, to: BUZI, mode: road, km: 60}",
            "- {id: old, from: PORT, to: BUZI, mode: road, km: 60}\n    - {id: new, from: PORT, to: BUZI, mode: road, km: 50}")
            + "hazards:\n  - {link: PORT-BUZI-road, effect: closed, duration: 2d}\n";
        AssertErrors(text,
            "mini.yaml:21:12: hazards[0].link: found 'PORT-BUZI-road', which names 2 links (old, new), expected a reference to one link: use its id");
    }

    [Fact]
    public void Load_NegativeQuantity_IsRefused() => AssertErrors(
        Mini.With("payload_t: 10", "payload_t: -5"),
        "mini.yaml:11:62: fleet[0].payload_t: found -5, expected a number > 0");

    [Fact]
    public void Load_ZeroWherePositiveRequired_IsRefused() => AssertErrors(
        Mini.With("kmh: 45", "kmh: 0"),
        "mini.yaml:11:71: fleet[0].kmh: found 0, expected a number > 0");

    [Fact]
    public void Load_ZeroCount_IsRefused() => AssertErrors(
        Mini.With("count: 2", "count: 0"),
        "mini.yaml:11:36: fleet[0].count: found 0, expected a whole number >= 1");

    [Theory]
    [InlineData(".nan")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    public void Load_NonFiniteQuantity_IsRefused(string value) => AssertErrors(
        Mini.With("payload_t: 10", "payload_t: " + value),
        $"mini.yaml:11:62: fleet[0].payload_t: found {value}, expected a finite number > 0");

    [Fact]
    public void Load_ProbabilityAboveOne_IsRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {link: PORT-BUZI-road, effect: closed, duration: 2d, probability: 1.5}"),
        "mini.yaml:20:71: hazards[0].probability: found 1.5, expected a probability between 0 and 1");

    [Fact]
    public void Load_NegativeProbability_IsRefused() => AssertErrors(
        Mini.Plus("hazards:\n  - {link: PORT-BUZI-road, effect: closed, duration: 2d, probability: -0.1}"),
        "mini.yaml:20:71: hazards[0].probability: found -0.1, expected a probability between 0 and 1");

    [Fact]
    public void Load_DueBeforeReady_IsRefused() => AssertErrors(
        Mini.With("due: 72h", "due: 6h"),
        "mini.yaml:18:73: demand.requests[0].due: found 6h, expected a due time after ready (12h)");

    [Fact]
    public void Load_ReadyAfterHorizon_IsRefused() => AssertErrors(
        Mini.With("ready: 12h, due: 72h", "ready: 11d, due: 12d"),
        "mini.yaml:18:63: demand.requests[0].ready: found 11d, expected a ready time before the horizon (10d)");

    [Fact]
    public void Load_SameOriginAndDestination_IsRefused() => AssertErrors(
        Mini.With("to: BUZI, ready", "to: PORT, ready"),
        "mini.yaml:18:50: demand.requests[0].to: found 'PORT', the same node as from, expected a destination other than the origin");

    [Fact]
    public void Load_StockAboveStorage_IsRefused() => AssertErrors(
        Mini.With("t: 300}", "t: 600}"),
        "mini.yaml:15:31: stock[0].t: found 600 t of stock at 'PORT' in all, expected at most its storage_t, 500 t");
}

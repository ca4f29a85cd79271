// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>The <c>supply</c> section, <c>demand.storage</c> and <c>storage_m3</c>: what loads, and located errors for what does not. Lines refer to <see cref="Mini.Text"/>.</summary>
public class SupplySectionTests
{
    private static void AssertErrors(string text, params string[] expected) => Assert.Equal(expected, Mini.Errors(text));

    [Fact]
    public void Load_Supply_ReadsEveryField()
    {
        var s = Mini.Load(Mini.Plus("supply:\n  - {at: PORT, item: food, t: 400, arrival: {uniform: [2d, 4d]}, every: 7d, times: 3}\n  - {at: PORT, item: food, t: 50, arrival: 1d}"));
        Assert.Equal(2, s.Supply.Count);
        var ship = s.Supply[0];
        Assert.Equal(("PORT-food", "PORT", "food", 400.0), (ship.Id, ship.At.Value, ship.Item.Value, ship.Tonnes));
        Assert.Equal(SimTime.FromDays(7), ship.Every);
        Assert.Equal(s.Horizon, ship.Until);
        Assert.Equal([SimTime.Zero, SimTime.FromDays(7)], ship.Slots()); // the third slot, 14d, is past the 10d horizon
        Assert.Equal("PORT-food-2", s.Supply[1].Id); // default ids are numbered so each keys its own stream
        Assert.Equal([SimTime.Zero], s.Supply[1].Slots());
    }

    [Fact]
    public void Slots_StopAtTimesOrUntil()
    {
        var s = Mini.Load(Mini.Plus("supply:\n  - {id: a, at: PORT, item: food, t: 1, arrival: 0h, every: 1d, times: 2}\n  - {id: b, at: PORT, item: food, t: 1, arrival: 0h, every: 2d, until: 5d}"));
        Assert.Equal([SimTime.Zero, SimTime.FromDays(1)], s.Supply[0].Slots());
        Assert.Equal([SimTime.Zero, SimTime.FromDays(2), SimTime.FromDays(4)], s.Supply[1].Slots());
    }

    [Fact]
    public void Load_StorageRequest_AndStorageM3_AreRead()
    {
        var s = Mini.Load(Mini.With("storage_t: 500}", "storage_t: 500, storage_m3: 900}")
            + "  storage:\n    - {id: SR-1, partner: WFP, item: food, t: 60, at: PORT, from: 1d, until: 4d}\n");
        Assert.Equal(900, s.Network.GetNode(new("PORT")).StorageCubicMetres);
        var r = Assert.Single(s.Demand.Storage);
        Assert.Equal(new StorageRequestSpec("SR-1", "WFP", new("food"), 60, 100, new("PORT"), SimTime.FromDays(1), SimTime.FromDays(4)), r);
    }

    [Fact]
    public void Load_SupplyAtAnUnknownNode_Suggests() => AssertErrors(
        Mini.Plus("supply:\n  - {at: PRT, item: food, t: 400, arrival: 2d}"),
        "mini.yaml:20:10: supply[0].at: found 'PRT', expected a known node id (did you mean 'PORT'?)");

    [Fact]
    public void Load_SupplyUnknownKey_Suggests() => AssertErrors(
        Mini.Plus("supply:\n  - {at: PORT, item: food, t: 400, arival: 2d}"),
        "mini.yaml:20:5: supply[0].arrival: found nothing, expected a duration such as 6h or a distribution such as {exponential: {mean: 2h}}",
        "mini.yaml:20:36: supply[0].arival: found unknown key 'arival', expected one of id, at, item, t, arrival, every, until, times (did you mean 'arrival'?)");

    [Fact]
    public void Load_UntilWithoutEvery_IsRefused() => AssertErrors(
        Mini.Plus("supply:\n  - {at: PORT, item: food, t: 400, arrival: 2d, until: 8d}"),
        "mini.yaml:20:56: supply[0].until: found until without every, expected every (the time between shipments) with until, or no until for a single shipment");

    [Fact]
    public void Load_BadArrivalDistribution_IsLocated() => AssertErrors(
        Mini.Plus("supply:\n  - {at: PORT, item: food, t: 400, arrival: {uniform: [5d, 2d]}}"),
        "mini.yaml:20:55: supply[0].arrival.uniform: found [5d, 2d], expected [low, high] with low <= high");

    [Fact]
    public void Load_TwoSuppliesWithOneId_AreRefused() => AssertErrors(
        Mini.Plus("supply:\n  - {id: ship, at: PORT, item: food, t: 1, arrival: 2d}\n  - {id: ship, at: PORT, item: food, t: 1, arrival: 3d}"),
        "mini.yaml:21:10: supply[1].id: found 'ship' again (first at line 20, column 10), expected a unique supply id");

    [Fact]
    public void Load_StorageRequestAtAnUnknownNode_Suggests_LikeEveryOtherUnknownId() => AssertErrors(
        Mini.Text + "  storage:\n    - {id: SR-1, item: fod, t: 60, at: PRT, until: 4d}\n",
        "mini.yaml:20:24: demand.storage[0].item: found 'fod', expected a known item id (did you mean 'food'?)",
        "mini.yaml:20:40: demand.storage[0].at: found 'PRT', expected a known node id (did you mean 'PORT'?)");

    [Fact]
    public void Load_StorageRequestLargerThanTheStore_IsRefused() => AssertErrors(
        Mini.Text + "  storage:\n    - {id: SR-1, item: food, t: 600, at: PORT, until: 4d}\n",
        "mini.yaml:20:33: demand.storage[0].t: found 600 t, expected at most the storage_t of 'PORT', 500 t");

    [Fact]
    public void Load_StorageRequestEndingBeforeItStarts_IsRefused() => AssertErrors(
        Mini.Text + "  storage:\n    - {id: SR-1, item: food, t: 60, at: PORT, from: 3d, until: 2d}\n",
        "mini.yaml:20:64: demand.storage[0].until: found 2d, expected an end after from (3d)");

    [Fact]
    public void Load_StockOverStorageM3_IsRefused() => AssertErrors(
        Mini.With("storage_t: 500}", "storage_t: 500, storage_m3: 400}"),
        "mini.yaml:15:31: stock[0].t: found 500 m3 of stock at 'PORT' in all, expected at most its storage_m3, 400 m3");
}

using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

public class BaselineStrategyTests
{
    private static string Describe(IReadOnlyList<Decision> decisions) => string.Join(" | ", decisions);

    [Fact]
    public void Priority_MostUrgentFirst_AndConsolidatesTheSameRoute()
    {
        var snapshot = new FakeSnapshot
        {
            Requests =
            [
                FakeSnapshot.Request("old-low", 4, priority: 3, readyH: 0, sequence: 0),
                FakeSnapshot.Request("urgent", 5, priority: 1, readyH: 2, sequence: 1),
                FakeSnapshot.Request("other-route", 5, priority: 1, readyH: 1, to: "C", dueH: 80, sequence: 2),
            ],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A")],
            Hours = { [("A", "B")] = 2, [("A", "C")] = 3 },
        };
        var decisions = new PriorityStrategy().Decide(snapshot);
        Assert.Equal("dispatch t1: A (load urgent 5 t; load old-low 4 t) -> B (unload urgent 5 t; unload old-low 4 t)", Describe(decisions));
    }

    [Fact]
    public void Priority_SplitsARequestLargerThanAVehicle()
    {
        var snapshot = new FakeSnapshot
        {
            Requests = [FakeSnapshot.Request("big", 25)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A"), FakeSnapshot.Vehicle("t2", "A"), FakeSnapshot.Vehicle("t3", "A"), FakeSnapshot.Vehicle("t4", "A")],
            Hours = { [("A", "B")] = 2 },
        };
        var loads = new PriorityStrategy().Decide(snapshot).Cast<Dispatch>().Select(d => (d.VehicleId, d.Stops[0].Load.Single().Tonnes)).ToArray();
        Assert.Equal([("t1", 10.0), ("t2", 10.0), ("t3", 5.0)], loads);
    }

    [Fact]
    public void Priority_RespectsVolumeAndStock()
    {
        var snapshot = new FakeSnapshot
        {
            Requests = [FakeSnapshot.Request("bulky", 9, m3PerTonne: 2)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A", payload: 10, volume: 8), FakeSnapshot.Vehicle("t2", "A", payload: 10, volume: 8)],
            Hours = { [("A", "B")] = 2 },
            Stock = { [("A", "food")] = 6 },
        };
        var loads = new PriorityStrategy().Decide(snapshot).Cast<Dispatch>().Select(d => d.Stops[0].Load.Single().Tonnes).ToArray();
        Assert.Equal([4.0, 2.0], loads); // 8 m3 = 4 t a truck; only 6 t in stock
    }

    [Fact]
    public void Fcfs_OldestFirst_ServedByTheVehicleThatArrivesSoonest()
    {
        var snapshot = new FakeSnapshot
        {
            Requests =
            [
                FakeSnapshot.Request("first", 3, priority: 3, readyH: 0, from: "C", sequence: 0),
                FakeSnapshot.Request("second", 3, priority: 1, readyH: 1, sequence: 1),
            ],
            Vehicles = [FakeSnapshot.Vehicle("far", "A"), FakeSnapshot.Vehicle("near", "B", availableInHours: 0.5)],
            Hours = { [("A", "C")] = 5, [("B", "C")] = 1, [("C", "B")] = 1, [("A", "B")] = 2 },
        };
        var decisions = new FcfsStrategy().Decide(snapshot);
        Assert.Equal("dispatch near: C (load first 3 t) -> B (unload first 3 t) | dispatch far: A (load second 3 t) -> B (unload second 3 t)", Describe(decisions));
    }

    [Fact]
    public void Baselines_LeaveARequestWaiting_WhenNoVehicleCanReachIt()
    {
        var snapshot = new FakeSnapshot
        {
            Requests = [FakeSnapshot.Request("cut-off", 3)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A")],
        };
        Assert.Empty(new FcfsStrategy().Decide(snapshot));
        Assert.Empty(new PriorityStrategy().Decide(snapshot));
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>The ortools strategy times loading at a node that handles one vehicle at a time after the vehicles it sent there.</summary>
public class QueueTests
{
    private static readonly Core.Fleet.VehicleType Truck = LineSnapshot.Type("truck", 10);
    private static readonly NodeId A = new("A");

    /// <summary>Node A loads 2 t an hour; two trucks wait there.</summary>
    private static LineSnapshot Port(double hours, params OpenRequest[] requests)
    {
        var s = new LineSnapshot { Now = SimTime.FromHours(hours) };
        return new LineSnapshot
        {
            Now = s.Now, Requests = requests, HandlingRates = new Dictionary<NodeId, double> { [A] = 2 },
            Vehicles = [s.Vehicle("t1", Truck, 0, "A"), s.Vehicle("t2", Truck, 0, "A")],
        };
    }

    private static IEnumerable<string> Loaded(IEnumerable<Decision> decisions) =>
        decisions.OfType<Dispatch>().SelectMany(d => d.Stops).SelectMany(s => s.Load).Select(p => p.RequestId).Order();

    [Fact]
    public void AtANodeThatCannotKeepUp_ATripWaitsWhileTheQueueThereIsLongerThanAnHour()
    {
        // A loads 1 t an hour. The second request comes at the next solve, 4 h later, due 3 h after that.
        var first = new LineSnapshot().Request("r0", "A", "B", 8, dueInHours: 3);
        var second = new LineSnapshot { Now = SimTime.FromHours(104) }.Request("r1", "A", "C", 8, dueInHours: 3, sequence: 1);
        var rates = new Dictionary<NodeId, double> { [A] = 1 };
        LineSnapshot At(double hours, bool t0Free, params OpenRequest[] requests)
        {
            var now = new LineSnapshot { Now = SimTime.FromHours(hours) };
            return new LineSnapshot
            {
                Now = now.Now, Requests = requests, HandlingRates = rates,
                Vehicles = [now.Vehicle("t0", Truck, 0, "A", freeInHours: t0Free ? 0 : 110 - hours), now.Vehicle("t1", Truck, 0, "A")],
            };
        }
        foreach (bool queues in new[] { true, false })
        {
            var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { Queues = queues, RuleFills = false });
            // t0 takes the first 8 t: 8 h of the node's handling.
            Assert.Equal(["r0"], Loaded(strategy.Decide(At(100, t0Free: true, first)).Where(d => d is Dispatch { VehicleId: "t0" })));
            // 8 t more, due in 3 h, behind 4 h of queue: the node cannot keep up, so t1 waits until the queue is down to an
            // hour (without the queues it leaves at once, to wait at the node).
            var decisions = strategy.Decide(At(104, t0Free: false, second));
            Assert.Equal(queues ? [] : ["r1"], Loaded(decisions));
            if (!queues) continue;
            Assert.Equal(108 - OrToolsStrategy.QueueAheadHours, strategy.NextEpoch!.Value.Hours, 6);
            Assert.Equal(["r1"], Loaded(strategy.Decide(At(107, t0Free: false, second))));
        }
    }

    [Fact]
    public void AtANodeThatKeepsUp_FullTripsLeaveTogether()
    {
        // The same node and trucks, full loads due in 30 h: 9.5 h of handling in all, well within the due times, so
        // the node's handling does not set the pace and nothing waits for the queue.
        var s = new LineSnapshot();
        var first = s.Request("r1", "A", "B", 9.5, dueInHours: 30);
        var second = s.Request("r2", "A", "C", 9.5, dueInHours: 30, sequence: 1);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        Assert.Equal(["r1", "r2"], Loaded(strategy.Decide(Port(100, first, second))));
    }

    [Fact]
    public void PlannedLoading_StartsOnceTheWorkAlreadySentIsHandled()
    {
        var s = Port(100, new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 20));
        var queues = new HandlingQueues();
        // A truck sent with 6 t to load at A: 3 h of handling.
        var sent = new Dispatch("t1", [new Stop(A, [], [new CargoPart("x", 6)]), new Stop(new NodeId("B"), [new CargoPart("x", 6)], [])]);
        double hours = queues.Hours(s, s.Vehicles[0], s.Now, sent.Stops, record: true);
        Assert.Equal(3 + 1, hours, 6); // 3 h loading, 1 h to B (no fixed times)
        Assert.Equal(3, queues.BacklogHours(s, A), 6);

        var busy = new Dictionary<string, (NodeId, SimTime)>();
        var free = new LineSnapshot { Now = s.Now, Requests = s.Requests, HandlingRates = s.HandlingRates, Vehicles = [s.Vehicles[1]] };
        var queued = EpochProblem.Build(free, OrToolsStrategyOptions.Default, new FleetTravel(), busy, queues)!.Problem;
        var alone = EpochProblem.Build(free, OrToolsStrategyOptions.Default, new FleetTravel(), busy)!.Problem;
        Assert.Equal(3, queued.Locations.Single(l => l.Id == "r1:pickup").Window.ReadyHours, 6);
        Assert.Equal(0, alone.Locations.Single(l => l.Id == "r1:pickup").Window.ReadyHours, 6);

        // The vehicle sent after it waits its turn: 3 h of queue, then 1 h of its own loading.
        Assert.Equal(3 + 1 + 1, queues.Hours(free, s.Vehicles[1], s.Now, [new Stop(A, [], [new CargoPart("r1", 2)]), new Stop(new NodeId("B"), [new CargoPart("r1", 2)], [])], record: false), 6);
        // Where the node's queue does not count (its handling keeps up), the vehicle is timed as if alone, and the plan too.
        queues.Counted = new HashSet<NodeId>();
        Assert.Equal(1 + 1, queues.Hours(free, s.Vehicles[1], s.Now, [new Stop(A, [], [new CargoPart("r1", 2)]), new Stop(new NodeId("B"), [new CargoPart("r1", 2)], [])], record: false), 6);
        Assert.Equal(0, EpochProblem.Build(free, OrToolsStrategyOptions.Default, new FleetTravel(), busy, queues)!.Problem.Locations.Single(l => l.Id == "r1:pickup").Window.ReadyHours, 6);
        queues.Counted = null;
        // Once the first truck is free again, its visit is forgotten.
        var later = new LineSnapshot { Now = s.Now + SimTime.FromHours(1), HandlingRates = s.HandlingRates, Vehicles = [s.Vehicles[0]] };
        queues.Update(later);
        Assert.Equal(0, queues.BacklogHours(later, A), 6);
    }

    [Fact]
    public void HeldTripsLatestDeparture_CountsTheQueueAtItsOrigin()
    {
        // 2 t from A to B, due in 20 h, ready an hour ago: half the 21 h window is kept spare, so alone at A (1 h of
        // loading, 1 h to B) it may leave as late as 20 - 2 - 10.5 = 7.5 h from now; behind 10 h of queue, now.
        var r = new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 20);
        var s = Port(100, r);
        var trip = new Dispatch("t2", [new Stop(A, [], [new CargoPart("r1", 2)]), new Stop(new NodeId("B"), [new CargoPart("r1", 2)], [])]);
        var ledger = new TripLedger(s);
        var queues = new HandlingQueues();
        Assert.Equal(107.5, Postponement.LatestStart(s, s.Vehicles[1], [trip], ledger, 0.5, 2, queues).Hours, 6);
        queues.Hours(s, s.Vehicles[0], s.Now, [new Stop(A, [], [new CargoPart("x", 20)])], record: true);
        Assert.Equal(100, Postponement.LatestStart(s, s.Vehicles[1], [trip], ledger, 0.5, 2, queues).Hours, 6);
        Assert.Equal(107.5, Postponement.LatestStart(s, s.Vehicles[1], [trip], ledger, 0.5, 2).Hours, 6);
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>The ortools strategy sends what the plan needs now and holds the rest for cargo going the same way.</summary>
public class PostponementTests
{
    private static readonly Core.Fleet.VehicleType Truck = LineSnapshot.Type("truck", 10);

    private static LineSnapshot At(double hours, params OpenRequest[] requests)
    {
        var s = new LineSnapshot { Now = SimTime.FromHours(hours) };
        return new LineSnapshot { Now = s.Now, Vehicles = [s.Vehicle("t", Truck, 0, "A")], Requests = requests };
    }

    private static IEnumerable<string> Loaded(IReadOnlyList<Decision> decisions) =>
        decisions.OfType<Dispatch>().SelectMany(d => d.Stops).SelectMany(s => s.Load).Select(p => p.RequestId).Order();

    [Fact]
    public void TripThatCanWait_IsHeld_ThenLeavesWhenItMust_SharedWithCargoThatArrivedMeanwhile()
    {
        // 2 t from A to B (1 h away), ready an hour ago, due in 40 h: a 41 h window, half of it kept spare (20.5 h),
        // so the trip may leave as late as 40 - 1 - 20.5 = 18.5 h from now.
        var first = new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 40);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        Assert.Empty(strategy.Decide(At(100, first)));
        Assert.Equal(118.5, strategy.NextEpoch!.Value.Hours, 6);

        // More for B arrives; the first request can still wait, so both wait (the lazy rule that fills idle vehicles
        // does not send what the plan holds).
        var second = At(105).Request("r2", "A", "B", 3, dueInHours: 40, sequence: 1);
        Assert.Empty(strategy.Decide(At(105, first, second)));

        // When the first must leave, the second goes with it, on one truck.
        var decisions = strategy.Decide(At(118.5, first, second));
        Assert.Single(decisions.OfType<Dispatch>());
        Assert.Equal(["r1", "r2"], Loaded(decisions));
    }

    [Theory]
    [InlineData(0.001, false)]
    [InlineData(0.01, true)]
    public void HoldRisk_SendsCargoWhoseLatenessWouldCostMoreThanTheTripItMaySave(double riskHours, bool leaves)
    {
        // 2 t of priority 1 (100 a tonne-hour late: 200 an hour) that could wait 18.5 h; waiting may save a round trip
        // of 100 km at 1 a km, which the objective weighs at 0.01 (1). Betting 0.001 h of delay (0.2) is worth it;
        // betting 0.01 h (2) is not.
        var first = new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 40);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { HoldRisk = riskHours });
        Assert.Equal(leaves ? ["r1"] : [], Loaded(strategy.Decide(At(100, first))));
    }

    [Fact]
    public void WithoutPostponement_TheSameTripLeavesAtOnce()
    {
        var first = new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 40);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { Postpone = 0 });
        Assert.Equal(["r1"], Loaded(strategy.Decide(At(100, first))));
    }

    [Fact]
    public void TripThatWouldBeLateLater_LeavesNow()
    {
        // Due in 3 h, 1 h away: waiting would leave less than the 2 h margin.
        var urgent = new LineSnapshot().Request("r1", "A", "B", 2, dueInHours: 3);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        Assert.Equal(["r1"], Loaded(strategy.Decide(At(100, urgent))));
    }

    [Fact]
    public void FullTrip_LeavesNow_EvenWithTimeToSpare()
    {
        var full = new LineSnapshot().Request("r1", "A", "B", 9.5, dueInHours: 40);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        Assert.Equal(["r1"], Loaded(strategy.Decide(At(100, full))));
    }

    [Fact]
    public void AlreadyLateRequest_LeavesNow()
    {
        var late = new LineSnapshot().Request("r1", "A", "C", 1, dueInHours: -5);
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default);
        Assert.Equal(["r1"], Loaded(strategy.Decide(At(100, late))));
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Core.Tests.Strategies;

/// <summary>The lazy rule on hand-made snapshots: A to B takes 2 h, handling and loading take no time.</summary>
public class LazyStrategyTests
{
    /// <summary>1 h of margin, 90% full, and a check interval long enough to stay out of the way.</summary>
    private static readonly LazyOptions Options = new(SimTime.FromHours(1), 0.9, SimTime.FromHours(1000));

    private static string Describe(IReadOnlyList<Decision> decisions) => string.Join(" | ", decisions);

    /// <summary>Two trucks (or <paramref name="trucks"/>) free at A now.</summary>
    private static FakeSnapshot At(double nowH, OpenRequest[] requests, int trucks = 2) => new()
    {
        Now = SimTime.FromHours(nowH),
        Requests = requests,
        Vehicles = Enumerable.Range(1, trucks).Select(i => FakeSnapshot.Vehicle($"t{i}", "A", availableInHours: nowH)).ToArray(),
        Hours = { [("A", "B")] = 2, [("A", "C")] = 3 },
    };

    private static FakeSnapshot At(double nowH, params OpenRequest[] requests) => At(nowH, requests, trucks: 2);

    [Fact]
    public void ARequestThatCanWait_Waits_AndAsksToBeLookedAtWhenItMustLeave()
    {
        // Due at 20 h, 2 h of travel, 1 h of margin: it must leave at 17 h.
        var lazy = new LazyStrategy(Options);
        Assert.Empty(lazy.Decide(At(5, FakeSnapshot.Request("r", 3, dueH: 20))));
        Assert.Equal(SimTime.FromHours(17), lazy.NextEpoch);
        Assert.Empty(lazy.Decide(At(16.999, FakeSnapshot.Request("r", 3, dueH: 20))));
        Assert.Equal("dispatch t1: A (load r 3 t) -> B (unload r 3 t)", Describe(lazy.Decide(At(17, FakeSnapshot.Request("r", 3, dueH: 20)))));
        Assert.Null(lazy.NextEpoch); // nothing held
    }

    [Fact]
    public void TheNextLook_IsNoLaterThanTheCheckInterval()
    {
        var lazy = new LazyStrategy(Options with { CheckEvery = SimTime.FromHours(1) });
        Assert.Empty(lazy.Decide(At(5, FakeSnapshot.Request("r", 3, dueH: 20))));
        Assert.Equal(SimTime.FromHours(6), lazy.NextEpoch);
    }

    [Fact]
    public void TheWayToTheOrigin_CountsAgainstTheDueTime()
    {
        // The only vehicle is free at 9 h at C, 3 h from A: 4 + 3 + 2 h to B, so with 1 h of margin it must leave at 10 h.
        var snapshot = new FakeSnapshot
        {
            Now = SimTime.FromHours(5),
            Requests = [FakeSnapshot.Request("r", 3, dueH: 20)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "C", availableInHours: 9)],
            Hours = { [("A", "B")] = 2, [("C", "A")] = 3 },
        };
        var lazy = new LazyStrategy(Options);
        Assert.Empty(lazy.Decide(snapshot));
        Assert.Equal(SimTime.FromHours(10), lazy.NextEpoch);
    }

    [Fact]
    public void ALateRequest_GoesAtOnce()
    {
        var lazy = new LazyStrategy(Options);
        Assert.Equal("dispatch t1: A (load late 1 t) -> B (unload late 1 t)", Describe(lazy.Decide(At(30, FakeSnapshot.Request("late", 1, dueH: 20)))));
    }

    [Fact]
    public void WhatMustGo_TakesTheRestOfItsRouteAlong_ButNotOtherRoutes()
    {
        var lazy = new LazyStrategy(Options);
        var decisions = lazy.Decide(At(17,
            FakeSnapshot.Request("urgent-p2", 2, priority: 2, dueH: 20, sequence: 0),
            FakeSnapshot.Request("later-p1", 3, priority: 1, dueH: 60, sequence: 1),
            FakeSnapshot.Request("other-route", 4, priority: 1, dueH: 60, to: "C", sequence: 2)));
        Assert.Equal("dispatch t1: A (load urgent-p2 2 t; load later-p1 3 t) -> B (unload urgent-p2 2 t; unload later-p1 3 t)", Describe(decisions));
        Assert.Equal(SimTime.FromHours(60 - 1 - 3), lazy.NextEpoch); // other-route waits for t2
    }

    [Fact]
    public void WhatMustGo_LoadsFirst_WhenTheRouteHasMoreThanAVehicle()
    {
        var lazy = new LazyStrategy(Options);
        var snapshot = At(17, [FakeSnapshot.Request("early-p1", 8, priority: 1, dueH: 60, sequence: 0), FakeSnapshot.Request("due-p3", 6, priority: 3, dueH: 20, sequence: 1)], trucks: 1);
        Assert.Equal("dispatch t1: A (load due-p3 6 t; load early-p1 4 t) -> B (unload due-p3 6 t; unload early-p1 4 t)", Describe(lazy.Decide(snapshot)));
    }

    [Fact]
    public void AFullLoad_GoesAtOnce_AndAPartLoadWaits()
    {
        var lazy = new LazyStrategy(Options);
        Assert.Empty(lazy.Decide(At(0, FakeSnapshot.Request("a", 5, dueH: 60, sequence: 0))));
        var decisions = lazy.Decide(At(1, FakeSnapshot.Request("a", 5, dueH: 60, sequence: 0), FakeSnapshot.Request("b", 4, dueH: 50, sequence: 1)));
        Assert.Equal("dispatch t1: A (load b 4 t; load a 5 t) -> B (unload b 4 t; unload a 5 t)", Describe(decisions)); // 90% full
        Assert.Empty(new LazyStrategy(Options with { FillThreshold = 0.95 }).Decide(At(1, FakeSnapshot.Request("a", 5, dueH: 60), FakeSnapshot.Request("b", 4, dueH: 50, sequence: 1))));
    }

    [Fact]
    public void AFullLoad_CountsCubicMetres()
    {
        // 4 t of a bulky cargo fill the 8 m3 of the truck: it goes, though only 40% of its tonnes are used.
        var snapshot = new FakeSnapshot
        {
            Requests = [FakeSnapshot.Request("bulky", 5, dueH: 60, m3PerTonne: 2)],
            Vehicles = [FakeSnapshot.Vehicle("t1", "A", volume: 8)],
            Hours = { [("A", "B")] = 2 },
        };
        Assert.Equal("dispatch t1: A (load bulky 4 t) -> B (unload bulky 4 t)", Describe(new LazyStrategy(Options).Decide(snapshot)));
    }

    [Fact]
    public void Descriptor_Defaults_AndRanges()
    {
        var defaults = LazyOptions.Default;
        Assert.Equal((SimTime.FromHours(2), 0.9, SimTime.FromHours(1)), (defaults.Margin, defaults.FillThreshold, defaults.CheckEvery));
        Assert.Equal(["duration >= 0", "number > 0 and <= 1", "duration > 0"], LazyStrategy.Descriptor.Options.Select(o => o.TypeText));
        Assert.Null(LazyStrategy.Descriptor.Check("margin", "0h"));
        Assert.NotNull(LazyStrategy.Descriptor.Check("fill_threshold", "1.5"));
        Assert.NotNull(LazyStrategy.Descriptor.Check("fill_threshold", "0"));
        Assert.NotNull(LazyStrategy.Descriptor.Check("check_every", "0h"));
    }
}

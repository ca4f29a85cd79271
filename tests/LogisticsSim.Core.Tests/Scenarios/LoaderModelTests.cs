using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>What a valid file becomes: typed records with units converted, references resolved and defaults applied.</summary>
public class LoaderModelTests
{
    [Fact]
    public void Load_Mini_ConvertsDurationsAndKeepsQuantities()
    {
        var s = Mini.Load(Mini.Text);
        Assert.Equal(SimTime.FromDays(10), s.Horizon);
        var r = Assert.Single(s.Demand.Requests);
        Assert.Equal((SimTime.FromHours(12), SimTime.FromHours(72)), (r.Ready, r.Due));
        Assert.Equal(5 / 0.6, r.CubicMetres, 12);
        Assert.Equal(("truck", 10.0, 45.0), (s.Fleet[0].Id.Value, s.Fleet[0].PayloadTonnes, s.Fleet[0].SpeedKmh));
        Assert.Equal(new NodeId("PORT"), s.Fleet[0].Base);
        Assert.Equal(500, s.Network.GetNode(new NodeId("PORT")).StorageTonnes);
        Assert.Equal(NodeKind.District, s.Network.GetNode(new NodeId("BUZI")).Kind);
    }

    [Fact]
    public void Load_Defaults_AreApplied()
    {
        var s = Mini.Load(Mini.With("seed: 1\n", ""));
        Assert.Equal(1, s.Seed);
        Assert.Equal("fcfs", s.Strategy.Name);
        Assert.Empty(s.Strategy.Options);
        Assert.True(s.Network.Links[0].Bidirectional);
        Assert.Equal(SimTime.Zero, s.Fleet[0].LoadTime);
        Assert.Null(s.Fleet[0].VolumeM3);
        Assert.Null(s.Network.Nodes[1].StorageTonnes);
        Assert.Equal(1.3, s.Network.Detour);
    }

    [Fact]
    public void Load_ExplicitVolume_OverridesDensity()
    {
        var s = Mini.Load(Mini.With("t: 5,", "t: 5, m3: 20,"));
        Assert.Equal(20, s.Demand.Requests[0].CubicMetres);
    }

    [Fact]
    public void Load_LinkWithoutKm_TakesGreatCircleTimesDetour_AirTimesOne()
    {
        var s = Mini.Load(Mini.With("- {from: PORT, to: BUZI, mode: road, km: 60}",
            "- {from: PORT, to: BUZI, mode: road}\n    - {from: PORT, to: BUZI, mode: air}").Replace("network:\n", "network:\n  detour: 1.5\n"));
        double crow = new GeoPoint(-19.83, 34.84).GreatCircleKm(new GeoPoint(-19.87, 34.60));
        Assert.Equal(crow * 1.5, s.Network.Links[0].LengthKm, 9);
        Assert.Equal(crow, s.Network.Links[1].LengthKm, 9);
        Assert.True(s.Network.Links[0].LengthIsGreatCircleEstimate);
        Assert.False(Mini.Load(Mini.Text).Network.Links[0].LengthIsGreatCircleEstimate);
    }

    [Fact]
    public void Load_LinkTime_OverridesSpeed()
    {
        var s = Mini.Load(Mini.With("km: 60}", "km: 60, time: {lognormal: {mean: 2h, sd: 30m}}}"));
        Assert.Equal(new LogNormal(2, 0.5), s.Network.Links[0].TravelTimeHours);
    }

    [Fact]
    public void Load_LinkReferences_ResolveBothWaysAndByExplicitId()
    {
        var s = Mini.Load(Mini.With("- {from: PORT, to: BUZI, mode: road, km: 60}",
            "- {from: PORT, to: BUZI, mode: road, km: 60}\n    - {id: ferry, from: PORT, to: BUZI, mode: water, km: 40, bidirectional: false}"));
        var road = s.Network.Links[0];
        Assert.Equal(new LinkId("PORT-BUZI-road"), road.Id);
        Assert.Same(road, Assert.Single(s.Network.FindLinks("PORT-BUZI-road")));
        Assert.Same(road, Assert.Single(s.Network.FindLinks("BUZI-PORT-road")));
        var ferry = s.Network.Links[1];
        Assert.Same(ferry, Assert.Single(s.Network.FindLinks("ferry")));
        Assert.Same(ferry, Assert.Single(s.Network.FindLinks("PORT-BUZI-water")));
        Assert.Empty(s.Network.FindLinks("BUZI-PORT-water"));   // one-way
        Assert.Equal(2, s.Network.ArcsFrom(new NodeId("PORT")).Count);
        Assert.Single(s.Network.ArcsFrom(new NodeId("BUZI")));
    }

    [Fact]
    public void Load_HazardOnReversedReference_GetsTheLinksId()
    {
        var s = Mini.Load(Mini.Plus("hazards:\n  - {link: BUZI-PORT-road, effect: slowed, factor: 2, at: {uniform: [0h, 1d]}, duration: 3d, probability: 0.5}"));
        var h = Assert.Single(s.Hazards);
        Assert.Equal(new LinkId("PORT-BUZI-road"), h.Link);
        Assert.Null(h.Node);
        Assert.Equal(new HazardEffect.Slowed(2), h.Effect);
        Assert.Equal(new Uniform(0, 24), h.StartHours);
        Assert.Equal(new Constant(72), h.DurationHours);
        Assert.Equal(0.5, h.Probability);
        Assert.Equal("PORT-BUZI-road-slowed", h.Id);
    }

    [Fact]
    public void Load_HazardDefaults_NumberRepeatedIdsAndStockLossNeedsNoDuration()
    {
        var s = Mini.Load(Mini.Plus(
            "hazards:\n  - {node: PORT, effect: closed, duration: 1d}\n  - {node: PORT, effect: closed, at: 5d, duration: 1d}\n"
            + "  - {node: PORT, effect: stock_loss, share: 0.1}"));
        Assert.Equal(["PORT-closed", "PORT-closed-2", "PORT-stock_loss"], s.Hazards.Select(h => h.Id));
        Assert.Equal(new Constant(0), s.Hazards[0].StartHours);
        Assert.Equal(1.0, s.Hazards[0].Probability);
        Assert.Equal(new HazardEffect.StockLoss(0.1), s.Hazards[2].Effect);
        Assert.Equal(new Constant(0), s.Hazards[2].DurationHours);
    }

    [Fact]
    public void Load_MtbfAsSingleDuration_IsExponentialMean()
    {
        var s = Mini.Load(Mini.Plus("breakdowns:\n  - {mode: road, mtbf: 300h, repair: {lognormal: {mean: 24h, sd: 12h}}}\n  - {fleet: truck, mtbf: {weibull: {shape: 2, scale: 100h}}, repair: 4h}"));
        Assert.Equal(new Exponential(300), s.Breakdowns[0].TimeBetweenFailuresHours);
        Assert.Equal(TransportMode.Road, s.Breakdowns[0].Mode);
        Assert.Equal(new Weibull(2, 100), s.Breakdowns[1].TimeBetweenFailuresHours);
        Assert.Same(s.Breakdowns[1], s.BreakdownOf(s.Fleet[0]));   // the fleet entry overrides the mode entry
    }

    [Fact]
    public void Load_Needs_TakePopulationFromTheNodeOrTheNeed()
    {
        var s = Mini.Load(Mini.Plus(
            "  needs:\n    - {at: BUZI, item: food, kg_per_person_day: 0.555, from: PORT, every: 1d, due: 2d, priority: 1, affected_share: 0.5}\n"
            + "    - {id: extra, at: BUZI, item: food, kg_per_person_day: 0.5, from: PORT, every: 12h, due: 1d, priority: 2, population: 4000, start: 1d}"));
        NeedSpec a = s.Demand.Needs[0], b = s.Demand.Needs[1];
        Assert.Equal(("BUZI-food", 500.0), (a.Id, a.People));
        Assert.Equal(500 * 0.555 / 1000, a.TonnesPerRequest, 12);
        Assert.Equal((SimTime.Zero, SimTime.FromDays(10)), (a.Start, a.End));
        Assert.Equal(("extra", 4000.0, SimTime.FromDays(1)), (b.Id, b.People, b.Start));
        Assert.Equal(4000 * 0.5 / 1000 * 0.5, b.TonnesPerRequest, 12);
    }

    [Fact]
    public void Load_Arrivals_AcceptOneDestinationOrAList()
    {
        var s = Mini.Load(Mini.Plus(
            "  arrivals:\n    - {id: a, item: food, from: PORT, to: BUZI, t: 2, every: {exponential: {mean: 2h}}, due: 3d, priority: 2}\n"
            + "    - {id: b, partner: IOM, item: food, from: BUZI, to: [PORT], t: {uniform: [1, 3]}, every: 6h, due: 1d, priority: 1, start: 1d, end: 5d}"));
        ArrivalStream a = s.Demand.Arrivals[0], b = s.Demand.Arrivals[1];
        Assert.Equal([new NodeId("BUZI")], a.To);
        Assert.Equal(new Constant(2), a.TonnesPerRequest);
        Assert.Equal(new Exponential(2), a.InterarrivalHours);
        Assert.Equal((SimTime.Zero, SimTime.FromDays(10), SimTime.FromDays(3)), (a.Start, a.End, a.DueAfterArrival));
        Assert.Equal(new Uniform(1, 3), b.TonnesPerRequest);
        Assert.Equal(("IOM", SimTime.FromDays(1), SimTime.FromDays(5)), (b.Partner, b.Start, b.End));
    }

    [Fact]
    public void Load_StrategyOptions_AreKeptSorted()
    {
        // Without a set of known strategies the loader keeps the section as text, every key but name an option.
        var s = Mini.Load(Mini.Plus("strategy: {name: rolling, replan_every: 6h, zeta: 1, alpha: fast}"));
        Assert.Equal("rolling", s.Strategy.Name);
        Assert.Equal(["alpha", "replan_every", "zeta"], s.Strategy.Options.Keys);
        Assert.Equal(("fast", "6h"), (s.Strategy.Options["alpha"], s.Strategy.Options["replan_every"]));
    }

    [Fact]
    public void Load_StrategyAsAName_IsShortForAMapping()
    {
        var s = Mini.Load(Mini.Plus("strategy: priority"));
        Assert.Equal("priority", s.Strategy.Name);
        Assert.Empty(s.Strategy.Options);
    }
}

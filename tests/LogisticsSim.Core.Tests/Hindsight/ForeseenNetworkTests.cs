// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Hindsight;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Tests.Response;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;
using Xunit;

namespace LogisticsSim.Core.Tests.Hindsight;

public class ForeseenNetworkTests
{
    /// <summary>A to B directly in 1 h, or through C in 2 h + 2 h; trucks at 50 km/h.</summary>
    private static readonly Scenario Triangle = TestScenarios.Load("""
        scenario: {name: Triangle}
        horizon: 3d
        network:
          nodes:
            - {id: A, kind: hub, lat: 0, lon: 0}
            - {id: B, kind: district, lat: 0, lon: 0.5, population: 100}
            - {id: C, kind: hub, lat: 0.5, lon: 0}
          links:
            - {from: A, to: B, mode: road, km: 50}
            - {from: A, to: C, mode: road, km: 100}
            - {from: C, to: B, mode: road, km: 100}
        fleet:
          - {id: truck, mode: road, count: 1, base: A, payload_t: 10, kmh: 50}
        items:
          - {id: food, t_per_m3: 1}
        """);

    private static readonly NodeId A = new("A"), B = new("B"), C = new("C");

    private static RealisedHazard Closed(string link, double from, double to) =>
        new($"{link}-closed", new HazardEffect.Closed(), [new LinkId(link)], null, SimTime.FromHours(from), SimTime.FromHours(to));

    private static ForeseenPaths From(NodeId node, double depart, params RealisedHazard[] hazards) =>
        new ForeseenNetwork(Triangle.Network, hazards).From(Triangle.Fleet[0], node, SimTime.FromHours(depart));

    [Fact]
    public void NoHazard_TheDirectLink()
    {
        var paths = From(A, 0);
        Assert.Equal((1.0, false), (paths.Hours(B), paths.Waits(B)));
        Assert.Equal([A, B], paths.Path(B));
    }

    [Fact]
    public void ClosedForLong_TheDetour()
    {
        var paths = From(A, 0, Closed("A-B-road", 0, 50));
        Assert.Equal(4.0, paths.Hours(B));
        Assert.Equal([A, C, B], paths.Path(B));
        Assert.Equal(["A-C-road", "C-B-road"], paths.Links(B).Select(l => l.Value));
    }

    [Fact]
    public void ReopeningSoon_WaitsForIt_WhereTheModelWouldDetour()
    {
        var network = new ForeseenNetwork(Triangle.Network, [Closed("A-B-road", 0, 2)]);
        var foreseen = network.From(Triangle.Fleet[0], A, SimTime.Zero);
        Assert.Equal((3.0, true), (foreseen.Hours(B), foreseen.Waits(B)));
        var asNow = network.From(Triangle.Fleet[0], A, SimTime.Zero, ForeseenPathRule.AsAtDeparture);
        Assert.Equal((4.0, false), (asNow.Hours(B), asNow.Waits(B)));
        var noWaiting = network.From(Triangle.Fleet[0], A, SimTime.Zero, ForeseenPathRule.NoWaiting);
        Assert.Equal([A, C, B], noWaiting.Path(B));
    }

    [Fact]
    public void NoWaiting_ALinkThatClosesOnTheWay_IsNotTaken_WhereTheModelWouldStartAlongIt()
    {
        // A-B is closed, and C-B closes at 1 h, before a truck leaving A at 0 reaches C (2 h): no way without waiting,
        // though the model, going by the network as it is at departure, would set off by C.
        var network = new ForeseenNetwork(Triangle.Network, [Closed("C-B-road", 1, 40), Closed("A-B-road", 0, 40)]);
        Assert.Equal(double.PositiveInfinity, network.From(Triangle.Fleet[0], A, SimTime.Zero, ForeseenPathRule.NoWaiting).Hours(B));
        Assert.Equal([A, C, B], network.From(Triangle.Fleet[0], A, SimTime.Zero, ForeseenPathRule.AsAtDeparture).Path(B));
        Assert.Equal(41.0, network.From(Triangle.Fleet[0], A, SimTime.Zero).Hours(B)); // wait at C, or at A, until 40 h
    }

    [Fact]
    public void ClosingBeforeTheVehicleGetsThere_NotCountedOn()
    {
        // Leaving C at 0, the direct C-B link is closed from 1 h; A-B stays open, so C-A-B (2 h + 1 h) is the way.
        var network = new ForeseenNetwork(Triangle.Network, [Closed("C-B-road", 1, 40)]);
        Assert.Equal(2.0, network.From(Triangle.Fleet[0], C, SimTime.Zero).Hours(B)); // entered at 0: it was open then
        var paths = network.From(Triangle.Fleet[0], A, SimTime.FromHours(0.5));
        Assert.Equal([A, B], paths.Path(B));
        Assert.Equal([C, A, B], network.From(Triangle.Fleet[0], C, SimTime.FromHours(1)).Path(B));
    }

    [Fact]
    public void OverlappingClosures_WaitsUntilTheLastEnds()
    {
        var network = new ForeseenNetwork(Triangle.Network, [Closed("A-B-road", 0, 3), Closed("A-B-road", 2, 5), Closed("A-C-road", 0, 100)]);
        Assert.Equal(6.0, network.From(Triangle.Fleet[0], A, SimTime.Zero).Hours(B));
        Assert.True(network.IsClosed(new LinkId("A-B-road"), SimTime.FromHours(4.9)));
        Assert.False(network.IsClosed(new LinkId("A-B-road"), SimTime.FromHours(5)));
    }

    [Fact]
    public void Slowdown_CountsWhenTheVehicleEntersTheLink()
    {
        var slowed = new RealisedHazard("slow", new HazardEffect.Slowed(5), [new LinkId("A-B-road")], null, SimTime.FromHours(1), SimTime.FromHours(10));
        Assert.Equal(1.0, From(A, 0.5, slowed).Hours(B)); // entered before it began
        Assert.Equal(4.0, From(A, 2, slowed).Hours(B));   // 5 h directly: the detour is faster
    }

    /// <summary>
    /// Random closures on the triangle: walking every foreseen path link by link, waiting where it waits,
    /// never enters a link while it is closed, and arrives when <see cref="ForeseenPaths.Hours"/> says.
    /// </summary>
    [Fact]
    public void RandomClosures_PathsEnterNoLinkWhileClosed()
    {
        var rng = new RandomStream(12);
        string[] links = ["A-B-road", "A-C-road", "C-B-road"];
        var speeds = new Dictionary<string, double> { ["A-B-road"] = 1, ["A-C-road"] = 2, ["C-B-road"] = 2 };
        for (int trial = 0; trial < 300; trial++)
        {
            var hazards = Enumerable.Range(0, 1 + rng.NextInt(5)).Select(_ =>
            {
                double start = rng.NextInt(20);
                return Closed(links[rng.NextInt(links.Length)], start, start + 1 + rng.NextInt(9));
            }).ToArray();
            var network = new ForeseenNetwork(Triangle.Network, hazards);
            var from = new[] { A, B, C }[rng.NextInt(3)];
            var to = new[] { A, B, C }[rng.NextInt(3)];
            double depart = rng.NextInt(15);
            var paths = network.From(Triangle.Fleet[0], from, SimTime.FromHours(depart));
            double t = depart;
            foreach (var link in paths.Links(to))
            {
                while (network.IsClosed(link, SimTime.FromHours(t))) t = hazards.Where(h => h.Links[0] == link && h.Covers(SimTime.FromHours(t))).Max(h => h.End.Hours);
                Assert.False(network.IsClosed(link, SimTime.FromHours(t)));
                t += speeds[link.Value];
            }
            Assert.Equal(t - depart, paths.Hours(to), 9);
        }
    }

    /// <summary>
    /// A search kept for a quiet interval between two changes of the network and reused for another departure
    /// gives what a fresh search would, under every rule, whatever the departures asked before.
    /// </summary>
    [Fact]
    public void ReusedSearches_EqualFreshOnes()
    {
        var rng = new RandomStream(34);
        var rules = new[] { ForeseenPathRule.WaitForReopening, ForeseenPathRule.NoWaiting, ForeseenPathRule.AsAtDeparture };
        var hazards = new[] { Closed("A-B-road", 10, 12), Closed("C-B-road", 30, 45) };
        var reused = new ForeseenNetwork(Triangle.Network, hazards);
        for (int trial = 0; trial < 500; trial++)
        {
            var from = new[] { A, B, C }[rng.NextInt(3)];
            var rule = rules[rng.NextInt(3)];
            var depart = SimTime.FromHours(rng.NextInt(200) / 4.0);
            var fresh = new ForeseenNetwork(Triangle.Network, hazards).From(Triangle.Fleet[0], from, depart, rule);
            var kept = reused.From(Triangle.Fleet[0], from, depart, rule);
            foreach (var to in new[] { A, B, C })
            {
                Assert.Equal(fresh.Hours(to), kept.Hours(to), 9);
                Assert.Equal(fresh.Path(to), kept.Path(to));
                Assert.Equal(fresh.Waits(to), kept.Waits(to));
            }
        }
    }
}

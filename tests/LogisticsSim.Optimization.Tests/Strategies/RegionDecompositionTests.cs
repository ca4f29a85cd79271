// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>A large epoch solved region by region: what each region holds, and that it plans as the regions would alone.</summary>
public class RegionDecompositionTests
{
    private static readonly Dictionary<string, (NodeId, SimTime)> NoneBusy = [];

    private static readonly NodeId[] Line = "ABCDEFGH".Select(c => new NodeId(c.ToString())).ToArray();

    private static VehicleType Based(string id, string at, double payload = 10) => LineSnapshot.Type(id, payload) with { Base = new NodeId(at) };

    /// <summary>
    /// Two regions 350 km apart on a line A..H: trucks based at A (one free, one busy for 2 h at C), trucks based at H;
    /// requests from A, from H, and one from G (no base there: H is the nearest).
    /// </summary>
    private static LineSnapshot TwoRegions()
    {
        var s = new LineSnapshot { Nodes = Line };
        var (a, h) = (Based("truckA", "A"), Based("truckH", "H"));
        return new LineSnapshot
        {
            Nodes = Line,
            Vehicles = [s.Vehicle("a1", a, 0, "A"), s.Vehicle("a2", a, 0, "C", freeInHours: 2), s.Vehicle("h1", h, 1, "H"), s.Vehicle("h2", h, 1, "H")],
            Requests =
            [
                s.Request("fromA1", "A", "B", 5, dueInHours: 3, sequence: 0), s.Request("fromH1", "H", "G", 6, dueInHours: 2, sequence: 1),
                s.Request("fromA2", "A", "C", 8, dueInHours: 5, sequence: 2), s.Request("fromH2", "H", "F", 4, dueInHours: 4, sequence: 3),
                s.Request("fromG", "G", "E", 3, dueInHours: 6, sequence: 4),
            ],
        };
    }

    [Fact]
    public void Regions_VehiclesByBase_RequestsByTheBaseNearestTheirOrigin()
    {
        var s = TwoRegions();
        var regions = new EpochRegions(s);
        Assert.Equal(2, regions.Count);
        Assert.Equal([0, 0, 1, 1], s.Vehicles.Select(regions.Of));
        Assert.Equal([0, 1, 0, 1, 1], s.Requests.Select(regions.Of));
    }

    [Theory]
    [InlineData(20, new[] { 0, 0, 1 })] // A and B 20 km apart: one region; E 60 km from B: another
    [InlineData(50, new[] { 0, 1, 2 })] // 50 km between neighbours: each base its own region
    public void Regions_BasesWithin30Km_AreOne(double kmPerStep, int[] expected)
    {
        var s = new LineSnapshot { Nodes = Line };
        s = new LineSnapshot
        {
            Nodes = Line,
            KmPerStep = kmPerStep,
            Vehicles = [s.Vehicle("a", Based("atA", "A"), 0, "A"), s.Vehicle("b", Based("atB", "B"), 1, "B"), s.Vehicle("e", Based("atE", "E"), 2, "E")],
        };
        var regions = new EpochRegions(s);
        Assert.Equal(expected.Max() + 1, regions.Count);
        Assert.Equal(expected, s.Vehicles.Select(regions.Of));
    }

    [Fact]
    public void RegionShare_HoldsOnlyItsOwnVehiclesAndRequests()
    {
        var s = TwoRegions();
        var regions = new EpochRegions(s);
        var expected = new[] { (Vehicles: new[] { "a1", "a2" }, Requests: new[] { "fromA1", "fromA2" }), (["h1", "h2"], ["fromG", "fromH1", "fromH2"]) };
        for (int r = 0; r < regions.Count; r++)
        {
            var p = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy, null, regions.Share(r))!.Problem;
            Assert.Equal(expected[r].Vehicles, p.Vehicles.Select(v => v.Id));
            Assert.Equal(expected[r].Requests, p.Requests.Select(q => q.SplitFrom!).Distinct().Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Decomposed_PlansWhatEachRegionSolvedAloneWouldPlan()
    {
        var s = TwoRegions();
        // Without the rule's fill, every dispatch is the plan's.
        var options = OrToolsStrategyOptions.Default with { RuleFills = false, Postpone = 0 };
        var decomposed = new OrToolsStrategy(options with { DecomposeAbove = 1 });
        var joint = Describe(decomposed.Decide(s));

        var regions = new EpochRegions(s);
        var byHand = new List<string>();
        for (int r = 0; r < regions.Count; r++)
        {
            var alone = new LineSnapshot
            {
                Nodes = Line,
                Vehicles = s.Vehicles.Where(v => regions.Of(v) == r).ToArray(),
                Requests = s.Requests.Where(q => regions.Of(q) == r).ToArray(),
            };
            var whole = new OrToolsStrategy(options with { DecomposeAbove = 0 });
            byHand.AddRange(Describe(whole.Decide(alone)));
            Assert.Equal(1, whole.Plans);
        }
        Assert.Equal(1, decomposed.Plans);
        // Both regions send their free trucks (a2 is busy): the comparison is not between two empty plans.
        Assert.Equal(["a1", "h1", "h2"], joint.Select(d => d.Split(':')[0]).Distinct());
        Assert.Equal(byHand.Order(StringComparer.Ordinal), joint.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decomposed_SameInputsSameDecisions()
    {
        var options = OrToolsStrategyOptions.Default with { DecomposeAbove = 1 };
        Assert.Equal(Describe(new OrToolsStrategy(options).Decide(TwoRegions())), Describe(new OrToolsStrategy(options).Decide(TwoRegions())));
    }

    [Fact]
    public void Decomposed_SameScenarioAndSeed_SameRun()
    {
        // Idai's bases: Beira's port and airport (one region, 7 km apart) and Chimoio's hub (another); five days.
        var loaded = ScenarioLoader.Load(RepoFiles.Scenario("idai-beira.yaml"));
        var scenario = loaded.Scenario! with { Horizon = SimTime.FromHours(5 * 24) };
        var options = OrToolsStrategyOptions.Default with { DecomposeAbove = 1 };
        var first = new OrToolsStrategy(options);
        var a = new ResponseModel(scenario, first, 1).Run();
        var b = new ResponseModel(scenario, new OrToolsStrategy(options), 1).Run();
        Assert.True(first.Plans > 5, $"{first.Plans} plans");
        Assert.Equal(KpiVector.Of(a.Kpis), KpiVector.Of(b.Kpis));
        Assert.Equal(a.Requests, b.Requests);
    }

    [Fact]
    public void Option_DecomposeAbove_ReadFromTheSettings()
    {
        var settings = StrategySettings.Read(OrToolsStrategyOptions.Descriptor, null, [new("decompose_above", "0")], out var problems)!;
        Assert.Empty(problems);
        Assert.Equal(0, OrToolsStrategyOptions.From(settings).DecomposeAbove);
        Assert.Equal($"{OrToolsStrategyOptions.DefaultDecomposeAbove}", OrToolsStrategyOptions.Descriptor.Option("decompose_above")!.Default);
    }

    /// <summary>Each dispatch as text (vehicle: node unloads / loads, ...), so that plans compare by content.</summary>
    private static string[] Describe(IEnumerable<Decision> decisions) => decisions.OfType<Dispatch>()
        .Select(d => $"{d.VehicleId}: " + string.Join(", ", d.Stops.Select(x =>
            $"{x.Node} -{string.Join("+", x.Unload.Select(p => $"{p.RequestId}={p.Tonnes:R}"))} +{string.Join("+", x.Load.Select(p => $"{p.RequestId}={p.Tonnes:R}"))}")))
        .ToArray();
}

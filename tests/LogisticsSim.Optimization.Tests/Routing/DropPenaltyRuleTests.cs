// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Tests.Routing;

public class DropPenaltyRuleTests
{
    private static readonly OrToolsRoutePlanner Planner = new();

    [Fact]
    public void For_MoreUrgentOrHeavier_CostsMore()
    {
        var rule = new DropPenaltyRule(BaseCostPerTonne: 2);

        Assert.Equal(2 * 3 * 1, rule.For(3, 5), 9);
        Assert.Equal(2 * 3 * 10, rule.For(3, 4), 9);
        Assert.Equal(2 * 3 * 10_000, rule.For(3, 1), 9);
        Assert.True(rule.For(4, 3) > rule.For(3, 3));
        Assert.Equal(rule.For(0.1, 2), rule.For(0, 2)); // a tiny request still has a price
    }

    [Fact]
    public void Plan_CapacityForcesADrop_DropsTheLessUrgentOfTwoEqualRequests()
    {
        // All pickups must happen before 2 h and deliveries open at 3 h, so the truck carries everything it
        // serves at once; it holds one of the two 8 t requests. The urgent one is also the farther one.
        var matrix = TestProblems.Euclidean([(0, 0), (20, 0), (2, 0), (0, 5)]);
        var locations = new List<Location>
        {
            new("depot", 0, new TimeWindow(0, 100), 0),
            new("urgent pickup", 1, new TimeWindow(0, 2), 0),
            new("routine pickup", 2, new TimeWindow(0, 2), 0),
            new("district", 3, new TimeWindow(3, 100), 0),
        };
        var rule = DropPenaltyRule.ForCosts([matrix], RoutingObjective.Distance);
        var requests = new List<TransportRequest>
        {
            new("routine", 2, 3, 8, 0, 4, rule.For(8, 4)),
            new("urgent", 1, 3, 8, 0, 1, rule.For(8, 1)),
        };
        var truck = new RoutingVehicle("truck", 0, 0, 10, 0);
        var problem = new RoutingProblem(locations, [matrix], [truck], requests, 100);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(200));

        Assert.Equal(["routine"], plan.DroppedRequestIds);
    }

    // Property: with n equal requests and room for k of them, the k most urgent are served, whatever the
    // geography. Requests are loaded at the vehicle start so that capacity alone binds.
    [Theory]
    [InlineData(21UL)]
    [InlineData(22UL)]
    [InlineData(23UL)]
    [InlineData(24UL)]
    [InlineData(25UL)]
    [InlineData(26UL)]
    public void Plan_RoomForSomeEqualRequests_ServesTheMostUrgent(ulong seed)
    {
        var rng = new SplitMix64(seed);
        var points = Enumerable.Range(0, 7).Select(_ => ((double)rng.Int(0, 100), (double)rng.Int(0, 100))).ToList();
        var matrix = TestProblems.Euclidean(points);
        var rule = DropPenaltyRule.ForCosts([matrix], RoutingObjective.Distance);
        var priorities = new[] { 1, 2, 3, 4, 5, 5 }.OrderBy(_ => rng.Next()).ToArray();
        var requests = Enumerable.Range(0, 6).Select(i => new TransportRequest(
            $"r{i}", null, i + 1, 4, 0, priorities[i], rule.For(4, priorities[i]))).ToList();
        var truck = new RoutingVehicle("truck", 0, 0, 12, 0);
        var problem = new RoutingProblem(TestProblems.OpenLocations(7), [matrix], [truck], requests, 1000);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(300));

        var served = requests.Where(r => !plan.DroppedRequestIds.Contains(r.Id)).ToList();
        var dropped = requests.Where(r => plan.DroppedRequestIds.Contains(r.Id)).ToList();
        Assert.Equal(3, served.Count);
        Assert.True(served.Max(r => r.Priority) <= dropped.Min(r => r.Priority),
            $"seed {seed}: served {string.Join(",", served.Select(r => r.Priority))}, dropped {string.Join(",", dropped.Select(r => r.Priority))}");
    }
}

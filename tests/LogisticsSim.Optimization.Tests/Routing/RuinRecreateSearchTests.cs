// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Benchmarks;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;
using LogisticsSim.Optimization.Tests.Benchmarks;

namespace LogisticsSim.Optimization.Tests.Routing;

public class RuinRecreateSearchTests
{
    private static readonly OrToolsRoutePlanner Planner = new();

    // Step limits, not time limits: the same steps give the same plan on any machine.
    private static PlanningBudget Steps(long steps) => PlanningBudget.Solutions(steps, SearchStrategy.RuinAndRecreate);

    [Fact]
    public void Plan_Lc101_ReachesTheBestKnownWithItsTenVehicles()
    {
        var result = new BenchmarkSolver(Planner).SolveFile(BenchmarkData.LiLim("lc101"), Steps(3000));

        Assert.True(result.AllServedValidly, $"{result.RequestsServed}/{result.Requests}, {result.Violations} violations");
        Assert.Equal(828.94, result.Distance, 0.01);
        Assert.Equal(10, result.VehiclesUsed);
    }

    [Theory]
    [InlineData("lr202")]
    [InlineData("lr207")]
    [InlineData("lr208")]
    public void Plan_Lr2WeakSpots_ReachTheBestKnownWithItsVehicles(string instance)
    {
        // Iterated local search ended 3%, 18% and 18% above the best known at 10 s, with one or two vehicles more;
        // without its fleet phase this search ends on lr202 with 4 vehicles instead of 3 (+4.4%).
        var result = new BenchmarkSolver(Planner).SolveFile(BenchmarkData.LiLim(instance), Steps(30000));

        Assert.True(result.AllServedValidly, $"{result.RequestsServed}/{result.Requests}, {result.Violations} violations");
        Assert.InRange(result.GapPercent!.Value, -0.01, 0.01);
        Assert.Equal(result.BestKnown!.Vehicles, result.VehiclesUsed);
    }

    [Fact]
    public void Plan_C101_VrptwDeliveriesLoadedAtStartReachTheBestKnown()
    {
        var result = new BenchmarkSolver(Planner).SolveFile(BenchmarkData.Solomon("C101"), Steps(3000));

        Assert.True(result.AllServedValidly, $"{result.RequestsServed}/{result.Requests}, {result.Violations} violations");
        Assert.Equal(828.94, result.Distance, 0.01);
    }

    [Theory]
    [MemberData(nameof(TestProblems.TinyInstances), MemberType = typeof(TestProblems))]
    public void Plan_TinyInstance_FindsTheBruteForceOptimum(ulong seed, int requests, int vehicles)
    {
        // Odd seeds have hard due times, even seeds priced lateness; drop penalties sometimes make leaving a
        // request out optimal, some vehicles have a fixed cost, vehicle 1 has an open route.
        var problem = TestProblems.RandomTiny(seed, requests, vehicles);

        var plan = Planner.Plan(problem, Steps(2000));

        Assert.True(plan.HasSolution, $"status {plan.Status}");
        Assert.Equal(BruteForce.Optimum(problem), ReferenceObjective.Of(problem, plan), 0.01);
        Assert.Equal(ReferenceObjective.Of(problem, plan), plan.ObjectiveValue, 1e-6);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    [InlineData(5UL)]
    [InlineData(6UL)]
    public void Plan_EpochLikeTinyInstance_FindsTheBruteForceOptimum(ulong seed)
    {
        // The strategy's epochs: each vehicle class with its own loading and unloading hours, lateness priced per
        // request at its delivery (even seeds; odd seeds hard due times), open and closed routes, volume.
        var problem = AcceptedStartTests.EpochLike(seed, requests: 3, vehicles: 3);

        var plan = Planner.Plan(problem, Steps(2000));

        Assert.True(plan.HasSolution, $"status {plan.Status}");
        Assert.Equal(BruteForce.Optimum(problem), ReferenceObjective.Of(problem, plan), 0.01);
        Assert.Equal(ReferenceObjective.Of(problem, plan), plan.ObjectiveValue, 1e-6);
    }

    [Fact]
    public void Plan_SameInputsTwice_SamePlan()
    {
        var problem = OrToolsRoutePlannerTests.RandomMedium(11);

        var first = new OrToolsRoutePlanner().Plan(problem, Steps(500));
        var second = new OrToolsRoutePlanner().Plan(problem, Steps(500));

        Assert.True(first.HasSolution);
        Assert.Equal(first.ObjectiveValue, second.ObjectiveValue);
        Assert.Equal(first.Routes.SelectMany(r => r.Stops), second.Routes.SelectMany(r => r.Stops));
    }

    [Fact]
    public void Plan_OnboardCargo_StaysOnItsVehicleAndFitsWithNewPickups()
    {
        // v0 carries 8 t for location 3; a 5 t request from 1 to 2 fits on v0 only after that delivery, although
        // picking it up on the way (0, 1, 3, 2, 0: 40 km) would be shorter than 0, 3, 1, 2, 0 (50 km).
        var matrix = TestProblems.Euclidean([(0, 0), (10, 0), (20, 0), (15, 0)]);
        var locations = TestProblems.OpenLocations(4, 0.1);
        var onboard = new OnboardCargo("held", 3, 8, 0);
        var vehicles = new List<RoutingVehicle>
        {
            new("v0", 0, 0, 10, 0, 0, 0, 0, [onboard]),
            new("v1", 0, 0, 10, 0, fixedCost: 100),
        };
        var requests = new List<TransportRequest> { new("r", 1, 2, 5, 0, 1, double.PositiveInfinity) };
        var problem = new RoutingProblem(locations, [matrix], vehicles, requests, 24);

        var plan = Planner.Plan(problem, Steps(200));

        Assert.Equal(["held", "r", "r"], plan.Routes[0].Stops.Select(s => s.RequestId));
        Assert.Empty(plan.Routes[1].Stops);
        Assert.Equal(50, plan.ObjectiveValue, 1e-9);
    }

    [Fact]
    public void Plan_WarmStart_IsNoWorseThanThePlanItStartsFrom()
    {
        var problem = OrToolsRoutePlannerTests.RandomMedium(12);
        var previous = Planner.Plan(problem, Steps(2000));

        var warm = Planner.Plan(problem, new PlanningBudget(null, 1, SearchStrategy.RuinAndRecreate, InitialRoutes: previous.Routes));

        Assert.True(warm.ObjectiveValue <= previous.ObjectiveValue + 1e-9, $"{warm.ObjectiveValue} > {previous.ObjectiveValue}");
    }
}

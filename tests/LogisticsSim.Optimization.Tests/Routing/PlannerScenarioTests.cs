// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>Features the simulator relies on: onboard cargo, open routes, vehicle classes, failure, fallback.</summary>
public class PlannerScenarioTests
{
    private static readonly OrToolsRoutePlanner Planner = new();

    private static readonly TravelMatrix Line = TestProblems.Euclidean([(0, 0), (10, 0), (20, 0), (30, 0)]);

    [Fact]
    public void Plan_OnboardCargo_DeliveredByItsOwnVehicle()
    {
        // The loaded truck is the farther one: the other would deliver more cheaply if it were allowed to.
        var loaded = new RoutingVehicle("loaded", 0, 0, 10, 0, 0, 0, 0, [new OnboardCargo("kits", 3, 4, 0)]);
        var empty = new RoutingVehicle("empty", 2, 2, 10, 0);
        var problem = new RoutingProblem(TestProblems.OpenLocations(4), [Line], [loaded, empty], [], 100);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(100));

        Assert.Equal([("kits", StopKind.Delivery, 3)], plan.Routes[0].Stops.Select(s => (s.RequestId, s.Kind, s.Location)));
        Assert.Empty(plan.Routes[1].Stops);
        Assert.Equal(60, plan.ObjectiveValue, 1e-3);
    }

    [Fact]
    public void Plan_OnboardCargoTooHeavy_NoSolutionWithoutThrowing()
    {
        var overloaded = new RoutingVehicle("t", 0, 0, 10, 0, 0, 0, 0, [new OnboardCargo("kits", 3, 12, 0)]);
        var problem = new RoutingProblem(TestProblems.OpenLocations(4), [Line], [overloaded], [], 100);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(10));

        Assert.False(plan.HasSolution);
        Assert.Empty(plan.Routes);
        Assert.True(double.IsNaN(plan.ObjectiveValue));
    }

    [Fact]
    public void Plan_OpenRoute_PaysNothingAfterTheLastStop()
    {
        var request = new TransportRequest("r", 1, 3, 1, 0, 1, 1000);
        var open = new RoutingVehicle("heli", 0, null, 5, 0);
        var problem = new RoutingProblem(TestProblems.OpenLocations(4), [Line], [open], [request], 100);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(50));

        Assert.Equal(30, plan.ObjectiveValue, 1e-3);
    }

    [Fact]
    public void Plan_TwoVehicleClasses_EachUsesItsOwnMatrixAndOnlyTheOneThatCanReach()
    {
        // Location 3 is cut off by road (infinite), reachable by air at 5x the cost per km; location 2 is off the
        // flight path, so the helicopter should not take both.
        (double, double)[] points = [(0, 0), (10, 0), (0, 20), (30, 0)];
        var road = TestProblems.Euclidean(points);
        for (int i = 0; i < 4; i++)
        {
            if (i != 3) road.Hours[i, 3] = road.Hours[3, i] = double.PositiveInfinity;
        }
        var air = TestProblems.Euclidean(points, speedKmPerHour: 100, costPerKm: 5, name: "air");
        var requests = new[]
        {
            new TransportRequest("cut-off", 0, 3, 1, 0, 1, 10_000),
            new TransportRequest("by-road", 0, 2, 1, 0, 1, 10_000),
        };
        var truck = new RoutingVehicle("truck", 0, null, 10, 0, matrixClass: 0);
        var heli = new RoutingVehicle("heli", 0, null, 2, 0, matrixClass: 1);
        var problem = new RoutingProblem(TestProblems.OpenLocations(4), [road, air], [truck, heli], requests, 100);

        var plan = Planner.Plan(problem, PlanningBudget.Solutions(200));

        Assert.Empty(plan.DroppedRequestIds);
        Assert.All(plan.Routes[1].Stops, s => Assert.Equal("cut-off", s.RequestId));
        Assert.All(plan.Routes[0].Stops, s => Assert.Equal("by-road", s.RequestId));
        Assert.Equal(20 + 5 * 30, plan.ObjectiveValue, 1e-3);
        Assert.Equal(0.3, plan.Routes[1].Stops[1].ArrivalHours, 1e-9); // air speed, not road speed
    }

    [Fact]
    public void Plan_PrimaryFindsNothing_FallbackPlanMarked()
    {
        var problem = new RoutingProblem(TestProblems.OpenLocations(4), [Line],
            [new RoutingVehicle("t", 0, 0, 10, 0, 0, 0, 0, [new OnboardCargo("kits", 3, 12, 0)])], [], 100);
        var fallback = new FixedPlanner(new RoutePlan([new VehicleRoute("t", [])], [], 0, PlanStatus.Solved));

        var plan = new FallbackRoutePlanner(Planner, fallback).Plan(problem, PlanningBudget.Solutions(10));

        Assert.True(plan.FromFallback);
        Assert.True(plan.HasSolution);
    }

    private sealed class FixedPlanner(RoutePlan plan) : IRoutePlanner
    {
        public RoutePlan Plan(RoutingProblem problem, PlanningBudget budget) => plan;
    }
}

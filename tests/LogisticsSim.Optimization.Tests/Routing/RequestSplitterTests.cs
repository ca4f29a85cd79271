// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Tests.Routing;

public class RequestSplitterTests
{
    [Fact]
    public void SplitOversized_HeavierThanEveryVehicle_FewestEqualPartsTheRoomiestCanCarry()
    {
        var vehicles = new[]
        {
            new RoutingVehicle("truck", 0, 0, 10, 100),
            new RoutingVehicle("heli", 0, 0, 5, 10),
        };
        var request = new TransportRequest("R", 1, 2, 25, 30, 2, 900);

        var parts = RequestSplitter.SplitOversized([request], vehicles);

        Assert.Equal(["R#1", "R#2", "R#3"], parts.Select(p => p.Id));
        Assert.All(parts, p =>
        {
            Assert.Equal(25.0 / 3, p.Tonnes, 9);
            Assert.Equal(10, p.CubicMeters, 9);
            Assert.Equal(300, p.DropPenalty, 9);
            Assert.Equal("R", p.SplitFrom);
        });
    }

    [Fact]
    public void SplitOversized_VolumeBinds_SplitsByVolume()
    {
        var vehicles = new[] { new RoutingVehicle("truck", 0, 0, 10, 20) };

        var parts = RequestSplitter.SplitOversized([new TransportRequest("R", 1, 2, 2, 50, 2, 1)], vehicles);

        Assert.Equal(3, parts.Count);
    }

    [Fact]
    public void SplitOversized_FitsSomeVehicle_Unchanged()
    {
        var vehicles = new[] { new RoutingVehicle("small", 0, 0, 3, 10), new RoutingVehicle("big", 0, 0, 10, 30) };
        var request = new TransportRequest("R", 1, 2, 10, 30, 2, 1);

        Assert.Equal([request], RequestSplitter.SplitOversized([request], vehicles));
    }

    [Fact]
    public void Plan_RequestLargerThanAnyVehicle_PartsServedAcrossTrips()
    {
        var matrix = TestProblems.Euclidean([(0, 0), (10, 0), (10, 10)]);
        var request = new TransportRequest("food", 1, 2, 25, 0, 1, 10_000);
        var trucks = new[] { new RoutingVehicle("t1", 0, 0, 10, 0), new RoutingVehicle("t2", 0, 0, 10, 0) };
        var problem = new RoutingProblem(TestProblems.OpenLocations(3), [matrix], trucks, [request], 100);

        var plan = new OrToolsRoutePlanner().Plan(problem, PlanningBudget.Solutions(200));

        Assert.Empty(plan.DroppedRequestIds);
        var delivered = plan.Routes.SelectMany(r => r.Stops).Where(s => s.Kind == StopKind.Delivery).Select(s => s.RequestId);
        Assert.Equal(["food#1", "food#2", "food#3"], delivered.Order());
    }
}

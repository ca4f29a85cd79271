// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Benchmarks;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Tests.Benchmarks;

public class BenchmarkSolverTests
{
    private static readonly BenchmarkSolver Solver = new(new OrToolsRoutePlanner());

    // A solution limit, not a time limit, so the result does not depend on the machine.
    private static readonly PlanningBudget SmallBudget =
        new(null, SolutionLimit, SearchStrategy.IteratedLocalSearch, FirstSolutionHeuristic.ParallelCheapestInsertion);

    private const long SolutionLimit = 50;

    [Fact]
    public void SolveFile_Lc101SmallBudget_ServesAllValidlyWithin5PercentOfBestKnown()
    {
        var result = Solver.SolveFile(BenchmarkData.LiLim("lc101"), SmallBudget);

        Assert.Equal(53, result.Requests);
        Assert.Equal(result.Requests, result.RequestsServed);
        Assert.Equal(0, result.Violations);
        Assert.Equal(828.94, result.BestKnown!.Cost);
        Assert.InRange(result.GapPercent!.Value, -0.01, 5);
        Assert.InRange(result.VehiclesUsed, 10, 12);
    }

    [Fact]
    public void SolveFile_C101SmallBudget_VrptwPathServesAllValidlyWithin5Percent()
    {
        var result = Solver.SolveFile(BenchmarkData.Solomon("C101"), SmallBudget);

        Assert.Equal(100, result.RequestsServed);
        Assert.Equal(0, result.Violations);
        Assert.InRange(result.GapPercent!.Value, -0.01, 5);
    }

    [Fact]
    public void ToProblem_Lc101_OneRequestPerPairOneVehiclePerFleetSlot()
    {
        var instance = LiLimReader.Read(BenchmarkData.LiLim("lc101"));

        var problem = BenchmarkSolver.ToProblem(instance);

        Assert.Equal(53, problem.Requests.Count);
        Assert.Equal(25, problem.Vehicles.Count);
        Assert.Equal(1236, problem.HorizonHours);
        Assert.Equal(instance.Distance(1, 2), problem.Matrices[0].Cost[1, 2]);
        Assert.Equal(new TransportRequest("r3", 3, 75, 10, 0, 1, double.PositiveInfinity), problem.Requests[0]);
    }

    [Fact]
    public void Solve_RoutesThatBreakAWindow_AreCountedAsViolations()
    {
        // A planner that serves every Li and Lim pair on one vehicle in file order: far too late for most windows.
        var instance = LiLimReader.Read(BenchmarkData.LiLim("lc101"));
        var naive = new BenchmarkSolver(new SingleRoutePlanner());

        var result = naive.Solve(instance, SmallBudget);

        Assert.True(result.Violations > 10, $"{result.Violations}");
        Assert.False(result.AllServedValidly);
    }

    private sealed class SingleRoutePlanner : IRoutePlanner
    {
        public RoutePlan Plan(RoutingProblem problem, PlanningBudget budget)
        {
            var stops = problem.Requests.SelectMany(r => new[]
            {
                new PlannedStop(r.Id, StopKind.Pickup, r.PickupLocation!.Value, 0, 0),
                new PlannedStop(r.Id, StopKind.Delivery, r.DeliveryLocation, 0, 0),
            }).ToList();
            var routes = problem.Vehicles.Select((v, i) => new VehicleRoute(v.Id, i == 0 ? stops : [])).ToList();
            return new RoutePlan(routes, [], 0, PlanStatus.Solved);
        }
    }
}

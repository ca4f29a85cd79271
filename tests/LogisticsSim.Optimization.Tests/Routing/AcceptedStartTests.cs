// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Routing;

/// <summary>One solution from given routes, read without the solver's model: the solver's own answer, or none.</summary>
public class AcceptedStartTests
{
    /// <summary>
    /// A small problem shaped like a strategy's epoch: a road class and an air class with their own stop hours,
    /// vehicles free at different times, open and closed routes, fixed costs, volume, windows; on even seeds lateness
    /// priced per request (the problem's own price 0, as in an epoch), on odd seeds hard due times.
    /// </summary>
    internal static RoutingProblem EpochLike(ulong seed, int requests, int vehicles = 4)
    {
        var rng = new SplitMix64(seed);
        var points = Enumerable.Range(0, 6).Select(_ => ((double)rng.Int(0, 40), (double)rng.Int(0, 40))).ToList();
        var road = TestProblems.Euclidean(points, 10, 1, "road") with { PickupStopHours = 0.5, DeliveryStopHours = 0.25 };
        var air = TestProblems.Euclidean(points, 40, 5, "air") with { PickupStopHours = 0.1, DeliveryStopHours = 0.2 };
        bool priced = seed % 2 == 0;
        var locations = new List<Location>();
        var fleet = new List<RoutingVehicle>();
        for (int v = 0; v < vehicles; v++)
        {
            locations.Add(new Location($"start{v}", rng.Int(0, 5), TimeWindow.Always, 0));
            bool heli = v == vehicles - 1;
            fleet.Add(new RoutingVehicle($"v{v}", locations.Count - 1, v % 2 == 0 ? null : locations.Count - 1, heli ? 3 : 8, heli ? 6 : 20,
                rng.Int(0, 1) * 5, heli ? 1 : 0, rng.Int(0, 3)));
        }
        var list = new List<TransportRequest>();
        for (int r = 0; r < requests; r++)
        {
            int from = rng.Int(0, 5), to = (from + rng.Int(1, 5)) % 6;
            double ready = rng.Int(0, 4), due = ready + rng.Int(3, 12);
            locations.Add(new Location($"r{r}p", from, new TimeWindow(ready, priced ? double.MaxValue : due + 4), 0.25 * rng.Int(0, 2)));
            locations.Add(new Location($"r{r}d", to, new TimeWindow(0, due), 0.25 * rng.Int(0, 2)));
            double tonnes = rng.Int(1, 3);
            list.Add(new TransportRequest($"r{r}", locations.Count - 2, locations.Count - 1, tonnes, 2 * tonnes, rng.Int(1, 3), rng.Int(50, 400),
                LatenessCostPerHour: priced ? tonnes * rng.Int(1, 20) : null));
        }
        return new RoutingProblem(locations, [road, air], fleet, list, 30, RoutingObjective.Distance, priced ? 0 : null);
    }

    /// <summary>Each request on a random vehicle or none, its stops in a random order: often breaking a window, a capacity or a pair.</summary>
    private static List<VehicleRoute> RandomRoutes(RoutingProblem p, SplitMix64 rng)
    {
        var stops = p.Vehicles.Select(_ => new List<PlannedStop>()).ToArray();
        foreach (var r in p.Requests)
        {
            int v = rng.Int(-1, p.Vehicles.Count - 1);
            if (v < 0) continue;
            stops[v].Add(new PlannedStop(r.Id, StopKind.Pickup, r.PickupLocation!.Value, 0, 0));
            stops[v].Add(new PlannedStop(r.Id, StopKind.Delivery, r.DeliveryLocation, 0, 0));
        }
        foreach (var list in stops)
        {
            for (int i = list.Count - 1; i > 0 && rng.Int(0, 2) > 0; i--)
            {
                int k = rng.Int(0, i);
                (list[i], list[k]) = (list[k], list[i]);
            }
        }
        return p.Vehicles.Select((v, i) => new VehicleRoute(v.Id, stops[i])).ToList();
    }

    [Fact]
    public void Plan_WhereItAnswers_IsTheSolversAnswer_AndItAnswersForPlansTheSolverAccepts()
    {
        var planner = new OrToolsRoutePlanner();
        var budget = new PlanningBudget(null, 1, SearchStrategy.GreedyDescent);
        int answered = 0, refused = 0;
        for (ulong seed = 1; seed <= 12; seed++)
        {
            var problem = EpochLike(seed, 10);
            var rng = new SplitMix64(seed + 100);
            var starts = new List<IReadOnlyList<VehicleRoute>> { planner.Plan(problem, PlanningBudget.Solutions(100, SearchStrategy.RuinAndRecreate)).Routes };
            for (int k = 0; k < 6; k++) starts.Add(RandomRoutes(problem, rng));
            foreach (var start in starts)
            {
                var accepted = AcceptedStart.Plan(problem, start);
                var solver = planner.SolveOnModel(problem, budget with { InitialRoutes = start });
                if (accepted is null)
                {
                    refused++;
                    continue;
                }
                answered++;
                Assert.Equal(solver.Status, accepted.Status);
                Assert.Equal(solver.ObjectiveValue, accepted.ObjectiveValue);
                Assert.Equal(solver.DroppedRequestIds, accepted.DroppedRequestIds);
                Assert.Equal(solver.Routes.Select(r => (r.VehicleId, string.Join(";", r.Stops))), accepted.Routes.Select(r => (r.VehicleId, string.Join(";", r.Stops))));
            }
        }
        // Both ways taken: the search's plans are answered, random routes often break the model.
        Assert.True(answered >= 24 && refused >= 12, $"answered {answered}, refused {refused}");
    }

    [Fact]
    public void Plan_OneSolutionFromAStart_IsTheStartItself_WhenTheModelAcceptsIt()
    {
        var problem = EpochLike(4, 10);
        var start = new OrToolsRoutePlanner().Plan(problem, PlanningBudget.Solutions(100, SearchStrategy.RuinAndRecreate)).Routes;

        var plan = new OrToolsRoutePlanner().Plan(problem, new PlanningBudget(null, 1, SearchStrategy.GreedyDescent, InitialRoutes: start));

        Assert.Equal(start.Select(r => r.Stops.Select(s => (s.RequestId, s.Kind))), plan.Routes.Select(r => r.Stops.Select(s => (s.RequestId, s.Kind))));
    }
}

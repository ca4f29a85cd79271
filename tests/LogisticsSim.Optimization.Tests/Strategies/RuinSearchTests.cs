// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>The ortools strategy with <c>search: ruin</c>: string removals in .NET from the priced greedy plan, no OR-Tools model.</summary>
public class RuinSearchTests
{
    private static readonly Dictionary<string, (NodeId, SimTime)> NoneBusy = [];

    private static OrToolsStrategyOptions Ruin(long steps) => OrToolsStrategyOptions.Default with
    {
        Budget = OrToolsStrategyOptions.Default.Budget with { Strategy = SearchStrategy.RuinAndRecreate, SolutionLimit = steps },
    };

    private static RoutePlan Solve(EpochProblem epoch, long steps) =>
        new OrToolsRoutePlanner().Plan(epoch.Problem, Ruin(steps).Budget with { InitialRoutes = GreedyStart.Routes(epoch.Problem) });

    [Fact]
    public void SearchObjective_IsTheObjectiveKpi_WithTheVehiclesOwnLoadingTimes()
    {
        // The search must count the truck's own stop times and the request's own price.
        var (s, kpi) = DynamicDispatchTests.OneLateRequest();
        var epoch = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy)!;
        var plan = Solve(epoch, 50);
        Assert.Empty(plan.DroppedRequestIds);
        Assert.Equal(kpi, plan.ObjectiveValue / epoch.ObjectiveScale, 2);
    }

    [Fact]
    public void TinyEpoch_PlanIsTheOptimumFoundByEnumeration()
    {
        var s = DynamicDispatchTests.TinyEpoch();
        var epoch = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy)!;
        var plan = Solve(epoch, 200);
        Assert.Empty(plan.DroppedRequestIds);
        Assert.Equal(DynamicDispatchTests.Enumerate(s), plan.ObjectiveValue / epoch.ObjectiveScale, 2);
    }

    /// <summary>Passes the strategy's decisions on, checking each trip against the snapshot it was decided on.</summary>
    private sealed class CheckedTrips(IStrategy inner) : IStrategy
    {
        public int Trips { get; private set; }

        public string Name => inner.Name;

        public SimTime? ReplanEvery => inner.ReplanEvery;

        public SimTime? NextEpoch => inner.NextEpoch;

        public int Fallbacks => inner.Fallbacks;

        public double PlannedTonnes => inner.PlannedTonnes;

        public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
        {
            var decisions = inner.Decide(snapshot);
            var open = snapshot.Requests.ToDictionary(r => r.Id, r => r.Tonnes, StringComparer.Ordinal);
            var taken = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var trip in decisions.OfType<Dispatch>())
            {
                Trips++;
                var vehicle = snapshot.Vehicles.Single(v => v.Id == trip.VehicleId);
                Assert.True(vehicle.IsAvailable, $"{trip.VehicleId} is busy");
                double onBoard = 0;
                foreach (var stop in trip.Stops)
                {
                    onBoard -= stop.Unload.Sum(p => p.Tonnes);
                    onBoard += stop.Load.Sum(p => p.Tonnes);
                    Assert.True(onBoard <= vehicle.Type.PayloadTonnes + 1e-6, $"{trip.VehicleId} carries {onBoard} t of {vehicle.Type.PayloadTonnes}");
                    foreach (var part in stop.Load) taken[part.RequestId] = taken.GetValueOrDefault(part.RequestId) + part.Tonnes;
                }
            }
            foreach (var (id, tonnes) in taken) Assert.True(tonnes <= open[id] + 1e-6, $"{tonnes} t of {id} dispatched, {open[id]} t open");
            return decisions;
        }
    }

    private static (ReplicationResult Result, int Trips) Run(long steps, int seed)
    {
        var scenario = ScenarioLoader.LoadFromText(File.ReadAllText(RepoFiles.Scenario("tutorial.yaml")), "tutorial.yaml").Scenario!;
        var strategy = new CheckedTrips(new OrToolsStrategy(Ruin(steps)));
        var result = new ResponseModel(scenario, strategy, seed).Run(SimTime.FromHours(1), b => Assert.True(Math.Abs(b.Residual) < 1e-6));
        return (result, strategy.Trips);
    }

    [Fact]
    public void Ruin_PlansValidTrips_AndTheSameStepsGiveTheSameRun()
    {
        var (first, trips) = Run(200, 3);
        var (second, _) = Run(200, 3);

        Assert.True(trips > 10 && first.Kpis.DispatchedByPlan > 0, $"{trips} trips, {first.Kpis.DispatchedByPlan} by the plan");
        Assert.Equal(0, first.Kpis.StrategyFallbacks);
        Assert.Equal(KpiVector.Of(first.Kpis), KpiVector.Of(second.Kpis));
        Assert.Equal(first.Requests, second.Requests);
    }
}

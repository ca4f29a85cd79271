// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Experiments;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;
using LogisticsSim.Optimization.Strategies;
using Xunit;

namespace LogisticsSim.Optimization.Tests.Strategies;

/// <summary>The ortools strategy's epoch: the whole fleet, parts for the fleet there is, the objective's prices.</summary>
public class DynamicDispatchTests
{
    private static readonly Dictionary<string, (NodeId, Kernel.SimTime)> NoneBusy = [];

    private static RoutePlan Solve(EpochProblem epoch, PlanningBudget? budget = null) =>
        new OrToolsRoutePlanner().Plan(epoch.Problem, (budget ?? OrToolsStrategyOptions.Default.Budget) with { InitialRoutes = GreedyStart.Routes(epoch.Problem) });

    [Fact]
    public void BusyVehicle_FreeSoonNearTheCargo_GetsTheWork_TheFreeOneFarAwayDoesNot()
    {
        var truck = LineSnapshot.Type("truck", 10);
        var s = new LineSnapshot();
        s = new LineSnapshot
        {
            Vehicles = [s.Vehicle("far", truck, 0, "D"), s.Vehicle("near", truck, 0, "A", freeInHours: 1)],
            Requests = [s.Request("r1", "A", "B", 5, dueInHours: 2)],
        };
        var epoch = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy)!;
        Assert.Equal(["far", "near"], epoch.Problem.Vehicles.Select(v => v.Id));
        var plan = Solve(epoch);
        Assert.Empty(plan.Routes.Single(r => r.VehicleId == "far").Stops);
        Assert.Equal(2, plan.Routes.Single(r => r.VehicleId == "near").Stops.Count);

        // Nothing is committed for the busy vehicle, and without the rule the free one waits.
        var strategy = new OrToolsStrategy(OrToolsStrategyOptions.Default with { RuleFills = false });
        Assert.Empty(strategy.Decide(s));
    }

    [Fact]
    public void Parts_FitEveryTypeThatReachesTheirDestination()
    {
        var truck = LineSnapshot.Type("truck20", 20);
        var boat = LineSnapshot.Type("boat8", 8, Core.Network.TransportMode.Water);
        var heli = LineSnapshot.Type("heli3", 3, Core.Network.TransportMode.Air);
        var s = new LineSnapshot { WaterTo = new HashSet<NodeId> { new("C"), new("A") } };
        foreach (var fleet in new[] { new[] { truck, boat }, [truck, boat, heli], [truck] })
        {
            var snapshot = new LineSnapshot
            {
                WaterTo = s.WaterTo,
                Vehicles = fleet.Select((t, i) => s.Vehicle($"{t.Id.Value}-1", t, i, "A")).ToArray(),
                Requests = [s.Request("toC", "A", "C", 50, 10), s.Request("toB", "A", "B", 50, 10, sequence: 1), s.Request("small", "A", "C", 2, 10, sequence: 2)],
            };
            var p = EpochProblem.Build(snapshot, OrToolsStrategyOptions.Default with { MaxParts = 100 }, new FleetTravel(), NoneBusy)!.Problem;
            foreach (var r in p.Requests)
            {
                int from = p.Locations[r.PickupLocation!.Value].Node, to = p.Locations[r.DeliveryLocation].Node;
                foreach (var v in p.Vehicles.Where(v => double.IsFinite(p.Matrices[v.MatrixClass].Hours[from, to])))
                {
                    Assert.True(r.Tonnes <= v.CapacityTonnes + 1e-9, $"{r.Id}: {r.Tonnes} t on {v.Id}");
                }
            }
            // Nothing is lost in the cutting: 50 t in parts, the small one whole.
            Assert.Equal(102, p.Requests.Sum(r => r.Tonnes), 6);
        }
    }

    /// <summary>
    /// One truck at A, 4 t of priority 2 to C (2 h away, 100 km) due in 1 h, half an hour to load and to unload:
    /// delivered (unloaded) at 3 h, 2 h late; the objective counts 10 per tonne-hour late and 0.01 per unit of cost.
    /// With that objective worked out by hand.
    /// </summary>
    internal static (LineSnapshot Snapshot, double Objective) OneLateRequest()
    {
        var truck = LineSnapshot.Type("truck", 10, loadHours: 0.5, costPerKm: 1);
        var s = new LineSnapshot();
        s = new LineSnapshot { Vehicles = [s.Vehicle("t", truck, 0, "A")], Requests = [s.Request("r", "A", "C", 4, dueInHours: 1, priority: 2)] };
        var w = ObjectiveWeights.Default;
        return (s, w.LatenessAt(2) * 4 * 2 + w.Operating * 100 * truck.CostPerKm);
    }

    /// <summary>Two 10 t trucks, three 6 t requests (no two fit together): a plan is an order of single trips per truck.</summary>
    internal static LineSnapshot TinyEpoch()
    {
        var truck = LineSnapshot.Type("truck", 10);
        var s = new LineSnapshot();
        return new LineSnapshot
        {
            Vehicles = [s.Vehicle("t1", truck, 0, "A"), s.Vehicle("t2", truck, 0, "D", freeInHours: 2)],
            Requests =
            [
                s.Request("a", "A", "C", 6, dueInHours: 2, priority: 1),
                s.Request("b", "D", "B", 6, dueInHours: 3, priority: 2, sequence: 1),
                s.Request("c", "B", "D", 6, dueInHours: 1, priority: 3, sequence: 2),
            ],
        };
    }

    [Fact]
    public void SolverObjective_IsTheObjectiveKpi_OfThePlan()
    {
        var (s, kpi) = OneLateRequest();
        var epoch = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy)!;
        var plan = Solve(epoch);
        Assert.Empty(plan.DroppedRequestIds);
        Assert.Equal(kpi, plan.ObjectiveValue / epoch.ObjectiveScale, 2);
    }

    [Fact]
    public void TinyEpoch_PlanIsTheOptimumFoundByEnumeration()
    {
        var s = TinyEpoch();
        var epoch = EpochProblem.Build(s, OrToolsStrategyOptions.Default, new FleetTravel(), NoneBusy)!;
        var plan = Solve(epoch, PlanningBudget.Solutions(200, SearchStrategy.GreedyDescent));
        Assert.Empty(plan.DroppedRequestIds);
        Assert.Equal(Enumerate(s), plan.ObjectiveValue / epoch.ObjectiveScale, 2);
    }

    /// <summary>The least objective over every split of the requests between the vehicles and every order of each one's trips.</summary>
    internal static double Enumerate(LineSnapshot s)
    {
        var w = s.Objective;
        var requests = s.Requests.ToArray();
        double best = double.PositiveInfinity;
        int n = requests.Length, m = s.Vehicles.Count;
        for (int code = 0; code < (int)Math.Pow(m, n); code++)
        {
            var owner = Enumerable.Range(0, n).Select(i => code / (int)Math.Pow(m, i) % m).ToArray();
            double total = 0;
            for (int v = 0; v < m; v++)
            {
                var mine = Enumerable.Range(0, n).Where(i => owner[i] == v).ToArray();
                total += Permutations(mine).Min(order =>
                {
                    var vehicle = s.Vehicles[v];
                    double t = (vehicle.AvailableAt - s.Now).Hours, cost = 0;
                    var at = vehicle.Location;
                    foreach (int i in order)
                    {
                        var r = requests[i];
                        double hours = s.TravelHours(vehicle.Type, at, r.From) + s.TravelHours(vehicle.Type, r.From, r.To);
                        t += hours;
                        cost += w.Operating * 50 * hours * vehicle.Type.CostPerKm;
                        cost += w.LatenessAt(r.Priority) * r.Tonnes * Math.Max(0, t - (r.Due - s.Now).Hours);
                        at = r.To;
                    }
                    return cost;
                });
            }
            best = Math.Min(best, total);
        }
        return best;
    }

    private static IEnumerable<int[]> Permutations(int[] items) => items.Length <= 1
        ? [items]
        : items.SelectMany(x => Permutations(items.Where(y => y != x).ToArray()).Select(rest => (int[])[x, .. rest]));

    [Fact]
    public void SameReplications_WhateverTheThreads()
    {
        var scenario = ScenarioLoader.LoadFromText(File.ReadAllText(RepoFiles.Scenario("tutorial.yaml")), "tutorial.yaml").Scenario!;
        var one = ReplicationRunner.Run(scenario, () => new OrToolsStrategy(OrToolsStrategyOptions.Default), 2, parallelism: 1);
        var two = ReplicationRunner.Run(scenario, () => new OrToolsStrategy(OrToolsStrategyOptions.Default), 2, parallelism: 2);
        Assert.Equal(one.Replications.Select(r => KpiVector.Of(r.Kpis)), two.Replications.Select(r => KpiVector.Of(r.Kpis)));
        Assert.All(one.Replications, r => Assert.True(r.Kpis.DispatchedByPlan > 0));
    }
}

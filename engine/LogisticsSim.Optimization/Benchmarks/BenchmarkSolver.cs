// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>
/// Solves benchmark instances through the routing port, so they exercise exactly the model the strategy uses.
/// Li and Lim pairs become pickup-and-delivery requests. Solomon customers become requests loaded at the
/// vehicle start (<see cref="TransportRequest.LoadedAtStart"/>): the planner's VRPTW path, one node per customer,
/// rather than a pickup at the depot paired with each delivery, which would double the nodes and let a
/// vehicle reload at the depot mid-route (which VRPTW forbids).
/// </summary>
/// <param name="planner">The planner under test.</param>
/// <param name="vehicleFixedCost">Fixed cost per used vehicle, in distance units. The published best known
/// solutions minimise vehicles first; a fixed cost pulls the search that way.</param>
public sealed class BenchmarkSolver(IRoutePlanner planner, double vehicleFixedCost = 0)
{
    /// <summary>Reads the instance at <paramref name="path"/> (format from its folder's family) and solves it,
    /// comparing with the BKS.json beside it when there is one.</summary>
    public BenchmarkResult SolveFile(string path, PlanningBudget budget)
    {
        var instance = ReadInstance(path);
        var (classic, distanceOnly) = BestKnown.Beside(path);
        return Solve(instance, budget, classic, distanceOnly);
    }

    /// <summary>Reads a Li and Lim file, or a Solomon file (recognised by its VEHICLE section).</summary>
    public static BenchmarkInstance ReadInstance(string path)
    {
        bool solomon = File.ReadLines(path).Take(10).Any(l => l.TrimStart().StartsWith("VEHICLE", StringComparison.OrdinalIgnoreCase));
        return solomon ? SolomonReader.Read(path) : LiLimReader.Read(path);
    }

    /// <summary>Solves <paramref name="instance"/> within <paramref name="budget"/>.</summary>
    public BenchmarkResult Solve(BenchmarkInstance instance, PlanningBudget budget,
        BestKnownSolution? bestKnown = null, BestKnownSolution? bestKnownDistanceOnly = null)
    {
        var problem = ToProblem(instance, vehicleFixedCost);
        var clock = Stopwatch.StartNew();
        var plan = planner.Plan(problem, budget);
        double seconds = clock.Elapsed.TotalSeconds;
        var check = new BenchmarkRouteCheck(instance, problem, plan);
        return new BenchmarkResult(instance.Name, instance.Family, plan.Status, check.Distance, check.VehiclesUsed,
            plan.HasSolution ? instance.RequestCount - plan.DroppedRequestIds.Count : 0,
            instance.RequestCount, check.Violations, bestKnown, bestKnownDistanceOnly, seconds);
    }

    /// <summary>
    /// The routing problem of an instance: one location per site, one Euclidean matrix (time = distance),
    /// the whole fleet at the depot, windows hard, every request mandatory.
    /// </summary>
    public static RoutingProblem ToProblem(BenchmarkInstance instance, double vehicleFixedCost = 0)
    {
        var sites = instance.Sites;
        var locations = sites.Select(s => new Location($"{s.Id}", s.Id, new TimeWindow(s.Ready, s.Due), s.Service)).ToList();
        var distance = new double[sites.Count, sites.Count];
        for (int a = 0; a < sites.Count; a++)
        {
            for (int b = 0; b < sites.Count; b++) distance[a, b] = instance.Distance(a, b);
        }
        var matrix = new TravelMatrix("euclidean", distance, distance);
        var vehicles = Enumerable.Range(0, instance.VehicleCount)
            .Select(v => new RoutingVehicle($"v{v}", 0, 0, instance.Capacity, 0, vehicleFixedCost))
            .ToList();
        var requests = instance.Family == BenchmarkFamily.LiLim
            ? instance.Pairs.Select(p => new TransportRequest(
                RequestId(p.Pickup), p.Pickup, p.Delivery, sites[p.Pickup].Demand, 0, 1, double.PositiveInfinity)).ToList()
            : sites.Skip(1).Select(s => new TransportRequest(
                RequestId(s.Id), null, s.Id, s.Demand, 0, 1, double.PositiveInfinity)).ToList();
        return new RoutingProblem(locations, [matrix], vehicles, requests, sites[0].Due);
    }

    /// <summary>Request id of the pair whose pickup (Li and Lim) or customer (Solomon) is site <paramref name="site"/>.</summary>
    public static string RequestId(int site) => $"r{site}";
}

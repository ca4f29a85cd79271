// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// Ruin and recreate with simulated annealing (<see cref="RuinRecreateSettings"/>). Each step costs a fraction of a millisecond on a 100-stop instance, so a 10 s budget buys tens of
/// thousands of steps where the solver's own iterated local search, with a full descent per step, makes about
/// twenty on long routes (benches/ROUTING.md).
/// </summary>
internal static class RuinRecreateSearch
{

    /// <summary>
    /// Searches within <paramref name="budget"/>: its solution limit counts ruin-and-recreate steps, its time limit
    /// (or <paramref name="safetyLimit"/> when it has none) bounds the wall time. Starts from the budget's initial
    /// routes when given, else from an insertion of every job; when that leaves a mandatory job out, from
    /// <paramref name="firstSolution"/>. Returns null when no start serves every mandatory job.
    /// </summary>
    public static RoutePlan? Run(RoutingProblem problem, PlanningBudget budget, RuinRecreateSettings settings,
        TimeSpan safetyLimit, Func<RoutePlan> firstSolution)
    {
        var clock = Stopwatch.StartNew();
        var instance = new SearchInstance(problem);
        var random = new RandomStream(StableHash.Combine(StableHash.Of("routing/ruin-and-recreate"), (ulong)settings.Seed));
        var current = Start(instance, budget.InitialRoutes, random);
        if (current.Score().MissingMandatory > 0)
        {
            var plan = firstSolution();
            if (!plan.HasSolution) return null;
            var other = Start(instance, plan.Routes, random);
            if (other.Score().MissingMandatory >= current.Score().MissingMandatory) return null;
            current = other;
        }
        if (current.Score().MissingMandatory > 0) return null;

        var best = new SearchSolution(instance);
        best.CopyFrom(current);
        var candidate = new SearchSolution(instance);
        var (_, currentCost) = current.Score();
        double bestCost = currentCost;
        double scale = Math.Max(currentCost, 1e-9) / Math.Max(1, instance.VisitCount);
        double t0 = settings.StartTemperature * scale, t1 = settings.EndTemperature * scale;
        long steps = budget.SolutionLimit ?? long.MaxValue;
        double seconds = (budget.TimeLimit ?? safetyLimit).TotalSeconds;
        var removed = new bool[instance.VisitCount];
        double fleetShare = FleetPhaseApplies(instance) ? Math.Clamp(settings.FleetPhase, 0, 1) : 0;
        long firstStep = 0;
        int cap = int.MaxValue;
        if (fleetShare > 0)
        {
            // A start on fewer routes, even a longer one: distance alone rarely leaves a basin with a route too many.
            var fewer = FleetMinimisation.Run(current, random, settings,
                step => step >= steps * fleetShare || clock.Elapsed.TotalSeconds >= seconds * fleetShare);
            firstStep = (long)Math.Min(steps, Math.Ceiling(steps * fleetShare));
            if (fewer is not null)
            {
                cap = fewer.RoutesUsed;
                current = fewer;
                currentCost = current.Score().Cost;
                if (currentCost < bestCost - SearchInstance.Epsilon)
                {
                    best.CopyFrom(current);
                    bestCost = currentCost;
                }
            }
        }
        for (long step = firstStep; step < steps; step++)
        {
            // Under a step limit alone the temperature follows the steps, so that the same steps give the same plan
            // whatever the machine's load; the safety limit then only stops a search that runs away.
            double elapsed = clock.Elapsed.TotalSeconds / seconds;
            double progress = budget.TimeLimit is null && budget.SolutionLimit is not null ? step / (double)steps : Math.Max(step / (double)steps, elapsed);
            if (progress >= 1 || elapsed >= 1) break;
            double local = fleetShare < 1 ? Math.Max(0, progress - fleetShare) / (1 - fleetShare) : 1;
            double temperature = t0 > 0 && t1 > 0 ? t0 * Math.Pow(t1 / t0, local) : 0; // 0: improvements only
            // After a fleet phase, the first half of the rest keeps its route count: opening a route is usually the
            // cheapest repair of a long fleet-minimal solution, and the search would fall back into the basin it left.
            int limit = local < 0.5 ? cap : int.MaxValue;
            candidate.CopyFrom(current);
            bool wholeRoute = random.NextDouble() < settings.RouteRemovalRate;
            if (wholeRoute) StringRemoval.RuinRoute(candidate, random, removed);
            else StringRemoval.Ruin(candidate, random, settings, removed);
            BlinkInsertion.Recreate(candidate, candidate.LeftOut(), random, settings.BlinkRate,
                newRoutes: !wholeRoute && candidate.RoutesUsed < limit);
            var (missing, cost) = candidate.Score();
            if (missing > 0 || candidate.RoutesUsed > limit) continue;
            // Annealing: accept anything better than the current cost plus a random slack that shrinks with time.
            if (cost < currentCost - temperature * Math.Log(random.NextDoubleNonZero()))
            {
                (current, candidate) = (candidate, current);
                currentCost = cost;
                if (cost < bestCost - SearchInstance.Epsilon)
                {
                    best.CopyFrom(current);
                    bestCost = cost;
                }
            }
        }
        return ToPlan(instance, best, bestCost);
    }

    /// <summary>
    /// The fleet phase runs on pickup-and-delivery problems where every job is mandatory. Where jobs may be left
    /// out, fewer routes would be bought with penalties. On Solomon's VRPTW it made C201, C204 and C206 13-19%
    /// longer at 10 s (the distance search did not recover from its start), while on Li and Lim it brought
    /// lr202, lr207 and lr211 to their best known vehicle counts (benches/ROUTING.md).
    /// </summary>
    private static bool FleetPhaseApplies(SearchInstance instance) =>
        instance.Penalty.All(double.IsPositiveInfinity) && instance.JobVisits.Any(j => j.Second >= 0);

    private static SearchSolution Start(SearchInstance instance, IReadOnlyList<VehicleRoute>? routes, RandomStream random)
    {
        var solution = new SearchSolution(instance);
        if (routes is { Count: > 0 }) InitialRoutes.Apply(solution, routes);
        BlinkInsertion.Recreate(solution, solution.LeftOut(), random, 0);
        return solution;
    }

    private static RoutePlan ToPlan(SearchInstance instance, SearchSolution solution, double cost)
    {
        var problem = instance.Problem;
        var routes = new List<VehicleRoute>(problem.Vehicles.Count);
        foreach (var route in solution.Routes)
        {
            var vehicle = problem.Vehicles[route.Vehicle];
            var visits = Enumerable.Range(1, route.Count).Select(p => instance.Stops[route.Points[p]]);
            routes.Add(new VehicleRoute(vehicle.Id, RouteSchedule.Timed(problem, vehicle, visits)));
        }
        var dropped = solution.LeftOut().Where(j => instance.RequestOfJob[j] >= 0)
            .Select(j => problem.Requests[instance.RequestOfJob[j]].Id).ToList();
        return new RoutePlan(routes, dropped, cost, PlanStatus.Solved);
    }
}

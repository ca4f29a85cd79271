// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>
/// Re-checks a plan against the instance in real numbers, independently of the solver's integer model:
/// distance, windows, return to the depot, capacity, pickup before delivery on the same route, each site once.
/// </summary>
internal sealed class BenchmarkRouteCheck
{
    private const double Tolerance = 1e-6;

    public double Distance { get; }

    public int VehiclesUsed { get; }

    public int Violations { get; }

    public BenchmarkRouteCheck(BenchmarkInstance instance, RoutingProblem problem, RoutePlan plan)
    {
        if (!plan.HasSolution)
        {
            Distance = double.NaN;
            return;
        }
        var visited = new HashSet<int>();
        int violations = 0;
        foreach (var route in plan.Routes.Where(r => r.Stops.Count > 0))
        {
            VehiclesUsed++;
            var sites = route.Stops.Select(s => problem.Locations[s.Location].Node).ToList();
            Distance += RouteLength(instance, sites);
            violations += TimeViolations(instance, sites) + LoadViolations(instance, sites);
            violations += sites.Count(s => !visited.Add(s));
        }
        violations += PairViolations(instance, plan);
        Violations = violations;
    }

    private static double RouteLength(BenchmarkInstance instance, List<int> sites)
    {
        double length = 0;
        int at = 0;
        foreach (int site in sites.Append(0))
        {
            length += instance.Distance(at, site);
            at = site;
        }
        return length;
    }

    private static int TimeViolations(BenchmarkInstance instance, List<int> sites)
    {
        int violations = 0, at = 0;
        double time = instance.Sites[0].Ready;
        foreach (int site in sites)
        {
            var s = instance.Sites[site];
            time = Math.Max(time + instance.Distance(at, site), s.Ready);
            if (time > s.Due + Tolerance) violations++;
            time += s.Service;
            at = site;
        }
        return time + instance.Distance(at, 0) > instance.Sites[0].Due + Tolerance ? violations + 1 : violations;
    }

    private static int LoadViolations(BenchmarkInstance instance, List<int> sites)
    {
        // Solomon loads everything at the depot; Li and Lim loads and unloads along the way.
        double load = instance.Family == BenchmarkFamily.Solomon ? sites.Sum(s => instance.Sites[s].Demand) : 0;
        int violations = load > instance.Capacity + Tolerance ? 1 : 0;
        if (instance.Family == BenchmarkFamily.Solomon) return violations;
        foreach (int site in sites)
        {
            load += instance.Sites[site].Demand;
            if (load > instance.Capacity + Tolerance || load < -Tolerance) violations++;
        }
        return violations;
    }

    private static int PairViolations(BenchmarkInstance instance, RoutePlan plan)
    {
        int violations = 0;
        var position = new Dictionary<int, (int Route, int Index)>();
        for (int r = 0; r < plan.Routes.Count; r++)
        {
            for (int i = 0; i < plan.Routes[r].Stops.Count; i++) position[plan.Routes[r].Stops[i].Location] = (r, i);
        }
        foreach (var (pickup, delivery) in instance.Pairs)
        {
            bool hasPickup = position.TryGetValue(pickup, out var p), hasDelivery = position.TryGetValue(delivery, out var d);
            if (hasPickup != hasDelivery || (hasPickup && (p.Route != d.Route || p.Index > d.Index))) violations++;
        }
        return violations;
    }
}

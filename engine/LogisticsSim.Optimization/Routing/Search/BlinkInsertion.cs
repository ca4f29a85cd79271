// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// The recreate of slack induction by string removals: jobs sorted one of four ways (random, largest first,
/// farthest from the first vehicle's start first, nearest first; weights 4, 4, 2, 1), each put at the cheapest
/// place over all routes, where every place is skipped with a small probability (a "blink") so that repeated
/// recreates differ. A job with a finite penalty is inserted when that costs less than its penalty, or, on
/// half of the recreates, whenever it fits, after which the jobs whose removal saves more than their penalty
/// are taken out again, worst first: two requests that pay for themselves only together are served that way.
/// </summary>
internal static class BlinkInsertion
{
    /// <summary>Inserts <paramref name="jobs"/>; with <paramref name="newRoutes"/> false, only into routes already used.</summary>
    public static void Recreate(SearchSolution s, List<int> jobs, RandomStream random, double blink, bool newRoutes = true)
    {
        bool anyOptional = false;
        foreach (int job in jobs) anyOptional |= double.IsFinite(s.Instance.Penalty[job]);
        bool insertAll = anyOptional && random.NextDouble() < 0.5;
        Insert(s, jobs, random, blink, insertAll, newRoutes);
        if (insertAll) DropUnprofitable(s);
    }

    private static void Insert(SearchSolution s, List<int> jobs, RandomStream random, double blink, bool insertAll, bool newRoutes)
    {
        var instance = s.Instance;
        Order(instance, jobs, random);
        var emptySeen = new bool[instance.VehicleCount];
        foreach (int job in jobs)
        {
            var (first, second) = instance.JobVisits[job];
            int bound = instance.BoundVehicle[job];
            double best = double.PositiveInfinity;
            int bestRoute = -1, at1 = -1, at2 = -1;
            Array.Clear(emptySeen);
            foreach (var route in s.Routes)
            {
                if (bound >= 0 && route.Vehicle != bound) continue;
                if (route.Count == 0)
                {
                    if (!newRoutes && bound < 0) continue;
                    int twin = instance.EmptyTwin[route.Vehicle];
                    if (emptySeen[twin]) continue; // an identical empty vehicle was tried already
                    emptySeen[twin] = true;
                }
                double cost;
                int a, b = -1;
                if (second < 0) (cost, a) = route.BestSingle(first, random, blink);
                else (cost, a, b) = route.BestPair(first, second, random, blink);
                if (cost < best) { best = cost; bestRoute = route.Vehicle; at1 = a; at2 = b; }
            }
            if (bestRoute < 0 || !(insertAll ? double.IsFinite(best) : best < instance.Penalty[job])) continue;
            if (second < 0) s.Routes[bestRoute].InsertSingle(first, at1);
            else s.Routes[bestRoute].InsertPair(first, second, at1, at2);
        }
    }

    private static void DropUnprofitable(SearchSolution s)
    {
        var instance = s.Instance;
        var removed = new bool[instance.VisitCount];
        while (true)
        {
            double worst = 0;
            int worstJob = -1, worstRoute = -1;
            foreach (var route in s.Routes)
            {
                for (int p = 1; p <= route.Count; p++)
                {
                    int job = instance.JobOfVisit[route.Points[p]];
                    var (first, second) = instance.JobVisits[job];
                    if (route.Points[p] != first || !double.IsFinite(instance.Penalty[job])) continue;
                    double saving = route.Cost - route.CostWithout(first, second) - instance.Penalty[job];
                    if (saving > worst + SearchInstance.Epsilon) { worst = saving; worstJob = job; worstRoute = route.Vehicle; }
                }
            }
            if (worstJob < 0) return;
            var (a, b) = instance.JobVisits[worstJob];
            removed[a] = true;
            if (b >= 0) removed[b] = true;
            s.Routes[worstRoute].RemoveWhere(removed);
            removed[a] = false;
            if (b >= 0) removed[b] = false;
        }
    }

    private static void Order(SearchInstance instance, List<int> jobs, RandomStream random)
    {
        // Shuffle first so that every sort below breaks ties at random (List.Sort is not stable, OrderBy is).
        for (int i = jobs.Count - 1; i > 0; i--)
        {
            int k = random.NextInt(i + 1);
            (jobs[i], jobs[k]) = (jobs[k], jobs[i]);
        }
        int draw = random.NextInt(11);
        if (draw < 4) return;
        var costs = instance.Cost[instance.VehicleClass[0]][instance.StartPoint(0)];
        IEnumerable<int> sorted = draw switch
        {
            < 8 => jobs.OrderByDescending(j => instance.JobTonnes[j]),
            < 10 => jobs.OrderByDescending(j => costs[instance.JobVisits[j].First]),
            _ => jobs.OrderBy(j => costs[instance.JobVisits[j].First]),
        };
        var list = sorted.ToList();
        jobs.Clear();
        jobs.AddRange(list);
    }
}

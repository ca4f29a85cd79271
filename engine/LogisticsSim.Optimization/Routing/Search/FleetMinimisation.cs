// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// The fleet minimisation of slack induction by string removals: empty a route, then ruin and recreate without
/// opening routes, accepting a step when it leaves fewer mandatory jobs out or when the jobs it leaves out have
/// been left out less often so far (their "absences"): hard jobs get placed first. Each time every job is placed,
/// that solution is kept and another route is emptied.
/// </summary>
internal static class FleetMinimisation
{
    /// <summary>A solution serving every mandatory job on fewer routes than <paramref name="start"/>, or null.</summary>
    public static SearchSolution? Run(SearchSolution start, RandomStream random, RuinRecreateSettings settings, Func<long, bool> stop)
    {
        var instance = start.Instance;
        var absences = new long[instance.JobCount];
        var current = new SearchSolution(instance);
        current.CopyFrom(start);
        var candidate = new SearchSolution(instance);
        var removed = new bool[instance.VisitCount];
        SearchSolution? best = null;
        var currentMissing = EmptyOne(current, random, settings, removed);
        for (long step = 0; !stop(step); step++)
        {
            if (currentMissing.Count == 0)
            {
                best ??= new SearchSolution(instance);
                best.CopyFrom(current);
                if (current.RoutesUsed < 2) break;
                currentMissing = EmptyOne(current, random, settings, removed);
                continue;
            }
            candidate.CopyFrom(current);
            StringRemoval.Ruin(candidate, random, settings, removed);
            BlinkInsertion.Recreate(candidate, candidate.LeftOut(), random, settings.BlinkRate, newRoutes: false);
            var missing = Missing(candidate);
            foreach (int job in missing) absences[job]++;
            if (missing.Count < currentMissing.Count || Sum(absences, missing) < Sum(absences, currentMissing))
            {
                (current, candidate) = (candidate, current);
                currentMissing = missing;
            }
        }
        return best;
    }

    private static List<int> EmptyOne(SearchSolution s, RandomStream random, RuinRecreateSettings settings, bool[] removed)
    {
        StringRemoval.RuinRoute(s, random, removed);
        BlinkInsertion.Recreate(s, s.LeftOut(), random, settings.BlinkRate, newRoutes: false);
        return Missing(s);
    }

    private static List<int> Missing(SearchSolution s) =>
        s.LeftOut().Where(j => double.IsPositiveInfinity(s.Instance.Penalty[j])).ToList();

    private static long Sum(long[] absences, List<int> jobs)
    {
        long sum = 0;
        foreach (int job in jobs) sum += absences[job];
        return sum;
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Optimization.Routing.Search;

/// <summary>
/// The ruin of slack induction by string removals: strings of consecutive visits cut from routes that pass
/// near a random seed visit, so that the recreate can rebuild a neighbourhood rather than isolated visits.
/// A removed visit takes its pair's other visit with it.
/// </summary>
internal static class StringRemoval
{
    /// <summary>Removes strings from <paramref name="s"/> and marks the removed visits in <paramref name="removed"/>.</summary>
    public static void Ruin(SearchSolution s, RandomStream random, RuinRecreateSettings settings, bool[] removed)
    {
        var instance = s.Instance;
        Array.Clear(removed);
        int used = 0, visits = 0;
        foreach (var r in s.Routes)
        {
            if (r.Count == 0) continue;
            used++;
            visits += r.Count;
        }
        if (used == 0) return;
        double stringMax = Math.Min(settings.MaxStringLength, visits / (double)used);
        double stringsMax = 4 * settings.AverageRemoved / (1 + stringMax) - 1;
        int strings = (int)(random.NextDouble() * stringsMax) + 1;
        var (routeOf, positionOf) = s.Where();
        int seed = RandomServed(random, routeOf);
        var ruined = new bool[s.Routes.Length];
        int count = 0;
        var neighbours = instance.Neighbours[seed];
        for (int k = -1; k < neighbours.Length && count < strings; k++)
        {
            int c = k < 0 ? seed : neighbours[k];
            int v = routeOf[c];
            if (v < 0 || ruined[v] || removed[c]) continue;
            var route = s.Routes[v];
            int lengthMax = Math.Max(1, (int)Math.Min(route.Count, stringMax));
            int length = 1 + random.NextInt(lengthMax);
            if (length < route.Count && random.NextDouble() < settings.SplitRate)
            {
                SplitString(route, positionOf[c], length, random, settings.SplitDepth, removed);
            }
            else
            {
                CutString(route, positionOf[c], length, random, removed);
            }
            ruined[v] = true;
            count++;
        }
        for (int visit = 0; visit < removed.Length; visit++)
        {
            if (!removed[visit]) continue;
            var (first, second) = instance.JobVisits[instance.JobOfVisit[visit]];
            removed[first] = true;
            if (second >= 0) removed[second] = true;
        }
        for (int v = 0; v < ruined.Length; v++)
        {
            if (ruined[v]) s.Routes[v].RemoveWhere(removed);
        }
    }

    /// <summary>
    /// Empties one route, the shorter of two drawn at random, and marks its visits in <paramref name="removed"/>:
    /// recreated without opening a route, the step tries the same work on one vehicle fewer, which string removals
    /// of at most <see cref="RuinRecreateSettings.MaxStringLength"/> visits cannot do to a long route.
    /// </summary>
    public static void RuinRoute(SearchSolution s, RandomStream random, bool[] removed)
    {
        Array.Clear(removed);
        var used = s.Routes.Where(r => r.Count > 0).ToList();
        if (used.Count < 2) return;
        var a = used[random.NextInt(used.Count)];
        var b = used[random.NextInt(used.Count)];
        var route = b.Count < a.Count ? b : a;
        for (int p = 1; p <= route.Count; p++) removed[route.Points[p]] = true;
        route.RemoveWhere(removed);
    }

    private static int RandomServed(RandomStream random, int[] routeOf)
    {
        var served = new List<int>();
        for (int i = 0; i < routeOf.Length; i++)
        {
            if (routeOf[i] >= 0) served.Add(i);
        }
        return served[random.NextInt(served.Count)];
    }

    /// <summary>Removes <paramref name="length"/> consecutive visits including position <paramref name="at"/>.</summary>
    private static void CutString(RouteState route, int at, int length, RandomStream random, bool[] removed)
    {
        int first = Start(route.Count, at, length, random);
        for (int p = first; p < first + length; p++) removed[route.Points[p]] = true;
    }

    /// <summary>
    /// Takes a string of <paramref name="length"/> + m visits including position <paramref name="at"/> and removes
    /// all but m consecutive ones inside it; m grows from 1 while a draw exceeds <paramref name="depth"/>.
    /// </summary>
    private static void SplitString(RouteState route, int at, int length, RandomStream random, double depth, bool[] removed)
    {
        int kept = 1;
        while (length + kept < route.Count && random.NextDouble() > depth) kept++;
        int span = length + kept;
        int first = Start(route.Count, at, span, random);
        int keptFrom = first + random.NextInt(length + 1);
        for (int p = first; p < first + span; p++)
        {
            if (p < keptFrom || p >= keptFrom + kept) removed[route.Points[p]] = true;
        }
    }

    /// <summary>A uniform first position of a string of <paramref name="span"/> visits in 1..count that covers <paramref name="at"/>.</summary>
    private static int Start(int count, int at, int span, RandomStream random)
    {
        int low = Math.Max(1, at - span + 1), high = Math.Min(at, count - span + 1);
        return low + random.NextInt(high - low + 1);
    }
}

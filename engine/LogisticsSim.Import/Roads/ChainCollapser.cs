// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import.Roads;

/// <summary>
/// Collapses the road graph into links: a cluster is kept as a node when its degree is not 2, when its two
/// segments differ in mode, surface or speed, or when a place snapped to it; every other cluster is a bend
/// inside a link. Walks go from kept clusters in file order, so the result does not depend on anything but
/// the inputs. A walk that would come back to where it started (a loop road) keeps its middle cluster, and a
/// ring with no kept cluster at all keeps its first, so no link joins a node to itself and no road is lost.
/// </summary>
internal static class ChainCollapser
{
    public static (IReadOnlyList<int> Kept, IReadOnlyList<Chain> Chains) Collapse(RoadGraph graph, IReadOnlySet<int> forced)
    {
        var kept = new SortedSet<int>(graph.Clusters().Where(c => forced.Contains(c) || MustKeep(graph, c)));
        while (true)
        {
            var (chains, loops, unused) = Walk(graph, kept);
            if (loops.Count == 0 && unused.Count == 0) return (kept.ToList(), chains);
            foreach (int middle in loops) kept.Add(middle);
            foreach (int ring in RingStarts(graph, unused)) kept.Add(ring);
        }
    }

    /// <summary>The first cluster of each ring of degree-2 clusters no walk reached; keeping it, the next round splits the loop.</summary>
    private static List<int> RingStarts(RoadGraph graph, List<int> unused)
    {
        var seen = new HashSet<int>();
        var starts = new List<int>();
        foreach (int first in unused)
        {
            if (seen.Contains(first)) continue;
            int at = graph.Segments[first].A, segment = first, lowest = at;
            while (seen.Add(segment))
            {
                at = graph.Segments[segment].Other(at);
                lowest = Math.Min(lowest, at);
                segment = graph.Incident(at).First(x => x != segment);
            }
            starts.Add(lowest);
        }
        return starts;
    }

    private static bool MustKeep(RoadGraph graph, int cluster)
    {
        var incident = graph.Incident(cluster);
        return incident.Count != 2 || graph.Segments[incident[0]].Attributes != graph.Segments[incident[1]].Attributes;
    }

    /// <summary>Every chain from the kept clusters; the middle cluster of each chain that returns to its start; segments no walk took.</summary>
    private static (List<Chain> Chains, List<int> Loops, List<int> Unused) Walk(RoadGraph graph, SortedSet<int> kept)
    {
        var used = new bool[graph.Segments.Count];
        var chains = new List<Chain>();
        var loops = new List<int>();
        foreach (int start in kept)
        {
            foreach (int first in graph.Incident(start))
            {
                if (used[first]) continue;
                var path = new List<int> { start };
                var features = new SortedSet<int>();
                double km = 0;
                int at = start, segment = first;
                while (true)
                {
                    used[segment] = true;
                    var s = graph.Segments[segment];
                    km += s.Km;
                    features.Add(s.Feature);
                    at = s.Other(at);
                    path.Add(at);
                    if (kept.Contains(at)) break;
                    segment = graph.Incident(at).Single(x => x != segment);
                }
                if (at == start) loops.Add(path[path.Count / 2]);
                else chains.Add(new Chain(start, at, graph.Segments[first].Attributes, km, features.ToList(), path.Count - 2));
            }
        }
        var unused = Enumerable.Range(0, used.Length).Where(i => !used[i]).ToList();
        return (chains, loops, unused);
    }
}

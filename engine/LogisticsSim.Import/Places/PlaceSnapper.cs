// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Import.Roads;

namespace LogisticsSim.Import.Places;

/// <summary>
/// Each place goes to the road vertex nearest to it on the sphere (any vertex, not only junctions, so that a
/// town on a long road is not moved to the road's end; that vertex then stays a node). Ties go to the vertex
/// first in file order. A place whose vertex an earlier place already took keeps its own position and is
/// joined to that vertex by a connector link.
/// </summary>
internal static class PlaceSnapper
{
    /// <summary>Per place: its cluster, whether it takes it over (else it needs a connector), and its distance to it in km.</summary>
    public static List<(int Cluster, bool Owner, double Km)> Snap(RoadGraph graph, IReadOnlyList<Place> places)
    {
        var clusters = graph.Clusters().ToArray();
        var owned = new HashSet<int>();
        var result = new List<(int, bool, double)>(places.Count);
        foreach (var place in places)
        {
            int best = -1;
            double bestKm = double.PositiveInfinity;
            foreach (int c in clusters)
            {
                double km = place.Location.GreatCircleKm(graph.Location(c));
                if (km < bestKm)
                {
                    (best, bestKm) = (c, km);
                }
            }
            result.Add((best, owned.Add(best), bestKm));
        }
        return result;
    }
}

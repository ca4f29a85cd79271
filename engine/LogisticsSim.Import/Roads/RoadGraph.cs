// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace LogisticsSim.Import.Roads;

/// <summary>
/// The roads' vertices snapped into clusters and the segments between them. Vertices at identical coordinates
/// are one; an endpoint (first or last point of a line) within the tolerance of any vertex joins it, distances
/// measured on the sphere (haversine, as the engine measures great circles), transitively. A cluster stands
/// where its first vertex in file order stands, and segments are measured between clusters, so lengths add up
/// along the snapped network. A segment whose ends fall into one cluster is shorter than the tolerance and vanishes.
/// </summary>
internal sealed class RoadGraph
{
    private readonly List<GeoPoint> _points = [];
    private readonly List<int>?[] _incident;

    private RoadGraph(IReadOnlyList<RoadFeature> roads, double toleranceMetres)
    {
        var endpoints = new List<bool>();
        var parts = new List<(int First, int Count, RoadFeature Road)>();
        foreach (var road in roads)
        {
            foreach (var part in road.Parts)
            {
                parts.Add((_points.Count, part.Length, road));
                for (int k = 0; k < part.Length; k++)
                {
                    _points.Add(part[k]);
                    endpoints.Add(k == 0 || k == part.Length - 1);
                }
            }
        }
        var root = Snap(endpoints, toleranceMetres);
        Cluster = root;
        for (int v = 0; v < _points.Count; v++) if (endpoints[v] && _points[root[v]] != _points[v]) MovedEndpoints++;
        _incident = new List<int>?[_points.Count];
        var segments = new List<Segment>();
        foreach (var (first, count, road) in parts)
        {
            for (int k = first; k < first + count - 1; k++)
            {
                int a = root[k], b = root[k + 1];
                if (a == b)
                {
                    VanishedSegments++;
                    continue;
                }
                (_incident[a] ??= []).Add(segments.Count);
                (_incident[b] ??= []).Add(segments.Count);
                segments.Add(new Segment(a, b, road.Index, road.Attributes, _points[a].GreatCircleKm(_points[b])));
            }
        }
        Segments = segments;
    }

    public static RoadGraph Build(IReadOnlyList<RoadFeature> roads, double toleranceMetres) => new(roads, toleranceMetres);

    /// <summary>Each vertex's cluster: the index of the cluster's first vertex.</summary>
    public IReadOnlyList<int> Cluster { get; }

    public IReadOnlyList<Segment> Segments { get; }

    public int VertexCount => _points.Count;

    /// <summary>Endpoints that snapped to a vertex at other coordinates.</summary>
    public int MovedEndpoints { get; }

    /// <summary>Segments shorter than the tolerance, whose ends snapped together.</summary>
    public int VanishedSegments { get; }

    public GeoPoint Location(int cluster) => _points[cluster];

    /// <summary>The segments at a cluster, in file order.</summary>
    public IReadOnlyList<int> Incident(int cluster) => _incident[cluster] ?? (IReadOnlyList<int>)[];

    /// <summary>The clusters some segment touches, in file order.</summary>
    public IEnumerable<int> Clusters() => Enumerable.Range(0, _points.Count).Where(c => _incident[c] is not null);

    /// <summary>Union-find over vertices; the root of a set is its smallest index, so clusters do not depend on the order of unions.</summary>
    private int[] Snap(List<bool> endpoints, double toleranceMetres)
    {
        var parent = Enumerable.Range(0, _points.Count).ToArray();
        int Find(int v)
        {
            while (parent[v] != v) v = parent[v] = parent[parent[v]];
            return v;
        }
        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra < rb) parent[rb] = ra;
            else if (rb < ra) parent[ra] = rb;
        }
        var first = new Dictionary<GeoPoint, int>();
        var lineEnds = new HashSet<GeoPoint>();
        for (int v = 0; v < _points.Count; v++)
        {
            if (first.TryGetValue(_points[v], out int same)) Union(same, v);
            else first[_points[v]] = v;
            if (endpoints[v]) lineEnds.Add(_points[v]);
        }
        if (toleranceMetres > 0)
        {
            var index = new STRtree<int>();
            foreach (var (point, v) in first) index.Insert(new Envelope(point.LongitudeDeg, point.LongitudeDeg, point.LatitudeDeg, point.LatitudeDeg), v);
            index.Build();
            foreach (var (point, v) in first.OrderBy(kv => kv.Value))
            {
                if (!lineEnds.Contains(point)) continue;
                foreach (int w in index.Query(Around(point, toleranceMetres)))
                {
                    if (w != v && point.GreatCircleKm(_points[w]) * 1000 <= toleranceMetres) Union(v, w);
                }
            }
        }
        var root = new int[_points.Count];
        for (int v = 0; v < root.Length; v++) root[v] = Find(v);
        return root;
    }

    /// <summary>A box in degrees that holds every point within the tolerance (1% margin; longitude widened at the box's pole-ward edge).</summary>
    private static Envelope Around(GeoPoint p, double metres)
    {
        const double metresPerDegree = GeoPoint.EarthRadiusKm * 1000 * Math.PI / 180;
        double dLat = metres / metresPerDegree * 1.01;
        double poleward = Math.Min(89.9, Math.Abs(p.LatitudeDeg) + dLat);
        double dLon = Math.Min(360, dLat / Math.Cos(poleward * Math.PI / 180));
        return new Envelope(p.LongitudeDeg - dLon, p.LongitudeDeg + dLon, p.LatitudeDeg - dLat, p.LatitudeDeg + dLat);
    }
}

using LogisticsSim.Core.Network;
using LogisticsSim.Import.Roads;
using static LogisticsSim.Import.Tests.Fixtures;

namespace LogisticsSim.Import.Tests.Roads;

public class SnappingAndCollapsingTests
{
    private static readonly RoadAttributes Road = new(TransportMode.Road, null, null);

    private static RoadFeature Feature(int index, params (double Lat, double Lon)[] points) =>
        new(index, [points.Select(p => new GeoPoint(p.Lat, p.Lon)).ToArray()], Road);

    /// <summary>0.0001 degree of latitude is 11.1195 m on the sphere: inside a 12 m tolerance, outside a 11 m one.</summary>
    [Theory]
    [InlineData(12, 1)]
    [InlineData(11, 2)]
    public void EndWithinTolerance_JoinsTheOtherLine_OutsideItDoesNot(double toleranceMetres, int components)
    {
        var graph = RoadGraph.Build([Feature(0, (0, 0), (0, 0.1)), Feature(1, (0.0001, 0.1), (0.1, 0.1))], toleranceMetres);
        var (kept, chains) = ChainCollapser.Collapse(graph, new HashSet<int>());
        Assert.Equal(components == 1 ? 1 : 0, graph.MovedEndpoints);
        // Joined: one chain from (0,0) to (0.1,0.1) through the snapped corner; apart: two chains, four ends.
        Assert.Equal(components == 1 ? 2 : 4, kept.Count);
        Assert.Equal(components == 1 ? 1 : 2, chains.Count);
    }

    [Fact]
    public void ChainOfDegreeTwoVertices_IsOneLink_WithTheSummedLength()
    {
        var points = new[] { (0.0, 0.0), (0.0, 0.05), (0.02, 0.08), (0.02, 0.1) };
        var graph = RoadGraph.Build([Feature(0, points[0], points[1]), Feature(1, points[1], points[2], points[3])], 10);
        var (kept, chains) = ChainCollapser.Collapse(graph, new HashSet<int>());
        var chain = Assert.Single(chains);
        Assert.Equal(2, kept.Count);
        Assert.Equal(2, chain.Collapsed);
        Assert.Equal([0, 1], chain.Features);
        double expected = Haversine(0, 0, 0, 0.05) + Haversine(0, 0.05, 0.02, 0.08) + Haversine(0.02, 0.08, 0.02, 0.1);
        Assert.Equal(expected, chain.Km, 9);
    }

    [Fact]
    public void VertexWhereSurfaceChanges_StaysANode()
    {
        var paved = new RoadFeature(0, [[new GeoPoint(0, 0), new GeoPoint(0, 0.1)]], Road with { Surface = "paved" });
        var unpaved = new RoadFeature(1, [[new GeoPoint(0, 0.1), new GeoPoint(0, 0.2)]], Road with { Surface = "unpaved" });
        var (kept, chains) = ChainCollapser.Collapse(RoadGraph.Build([paved, unpaved], 10), new HashSet<int>());
        Assert.Equal(3, kept.Count);
        Assert.Equal(["paved", "unpaved"], chains.Select(c => c.Attributes.Surface));
    }

    [Fact]
    public void InteriorVerticesAtTheSameSpot_CrossAsAJunction_WithoutTolerance()
    {
        // Two lines crossing at a shared interior vertex (0, 0.1): four arms meet there, so five nodes and four links.
        var graph = RoadGraph.Build([Feature(0, (0, 0), (0, 0.1), (0, 0.2)), Feature(1, (-0.1, 0.1), (0, 0.1), (0.1, 0.1))], 0);
        var (kept, chains) = ChainCollapser.Collapse(graph, new HashSet<int>());
        Assert.Equal(5, kept.Count);
        Assert.Equal(4, chains.Count);
        Assert.All(chains, c => Assert.NotEqual(c.From, c.To));
    }

    [Fact]
    public void RingWithoutJunctions_IsSplitIntoTwoLinks_NotDropped()
    {
        var ring = Feature(0, (0, 0), (0, 0.1), (0.1, 0.1), (0.1, 0), (0, 0));
        var graph = RoadGraph.Build([ring], 10);
        var (kept, chains) = ChainCollapser.Collapse(graph, new HashSet<int>());
        Assert.Equal(2, kept.Count);
        Assert.Equal(2, chains.Count);
        double perimeter = Haversine(0, 0, 0, 0.1) + Haversine(0, 0.1, 0.1, 0.1) + Haversine(0.1, 0.1, 0.1, 0) + Haversine(0.1, 0, 0, 0);
        Assert.Equal(perimeter, chains.Sum(c => c.Km), 9);
    }

    [Fact]
    public void ForcedVertex_SplitsTheChain()
    {
        var graph = RoadGraph.Build([Feature(0, (0, 0), (0, 0.1), (0, 0.2))], 10);
        int middle = graph.Cluster[1];
        var (kept, chains) = ChainCollapser.Collapse(graph, new HashSet<int> { middle });
        Assert.Contains(middle, kept);
        Assert.Equal(2, chains.Count);
    }
}

using LogisticsSim.Core.Network;
using Xunit;

namespace LogisticsSim.Core.Tests.Network;

public class GeoPointTests
{
    [Fact]
    public void GreatCircleKm_NashvilleToLosAngeles_MatchesThePublishedValue()
    {
        // The classic haversine example (Rosetta Code): BNA (36.12, -86.67) to LAX (33.94, -118.40) is 2887.26 km
        // with R = 6372.8 km; our mean radius (6371.0088 km) is 0.03% smaller.
        double km = new GeoPoint(36.12, -86.67).GreatCircleKm(new GeoPoint(33.94, -118.40));
        Assert.InRange(km, 2887.26 * 0.99, 2887.26 * 1.01);
    }

    [Fact]
    public void GreatCircleKm_BeiraToChimoio_IsAbout163Km()
    {
        // As the crow flies; the EN6 road between them is about 200 km. Checked against the spherical law of
        // cosines, an independent formula that agrees with haversine at this distance.
        var beira = new GeoPoint(-19.83, 34.84);
        var chimoio = new GeoPoint(-19.116, 33.483);
        double km = beira.GreatCircleKm(chimoio);
        double r(double d) => d * Math.PI / 180;
        double cosines = GeoPoint.EarthRadiusKm * Math.Acos(
            Math.Sin(r(beira.LatitudeDeg)) * Math.Sin(r(chimoio.LatitudeDeg))
            + Math.Cos(r(beira.LatitudeDeg)) * Math.Cos(r(chimoio.LatitudeDeg)) * Math.Cos(r(chimoio.LongitudeDeg - beira.LongitudeDeg)));
        Assert.InRange(km, cosines * 0.999, cosines * 1.001);
        Assert.InRange(km, 160, 166);
    }

    [Fact]
    public void GreatCircleKm_SamePoint_IsZero() =>
        Assert.Equal(0, new GeoPoint(-19.83, 34.84).GreatCircleKm(new GeoPoint(-19.83, 34.84)));

    [Fact]
    public void GreatCircleKm_Antipodes_IsHalfTheCircumference() =>
        Assert.Equal(Math.PI * GeoPoint.EarthRadiusKm, new GeoPoint(0, 0).GreatCircleKm(new GeoPoint(0, 180)), 6);
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>A position on the Earth in decimal degrees (WGS 84, north and east positive).</summary>
public readonly record struct GeoPoint(double LatitudeDeg, double LongitudeDeg)
{
    /// <summary>Mean Earth radius (IUGG), the usual choice for great-circle distances.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// Great-circle distance by the haversine formula, which stays accurate for short distances
    /// (unlike the spherical law of cosines). Error against the ellipsoid is below 0.5%.
    /// </summary>
    public double GreatCircleKm(GeoPoint other)
    {
        double lat1 = ToRadians(LatitudeDeg), lat2 = ToRadians(other.LatitudeDeg);
        double dLat = lat2 - lat1, dLon = ToRadians(other.LongitudeDeg - LongitudeDeg);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                   + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        // Clamp: rounding can push h a hair above 1 for antipodal points, and Asin would return NaN.
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1.0, h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}

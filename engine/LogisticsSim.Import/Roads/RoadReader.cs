// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Import.Geodata;
using NetTopologySuite.Geometries;

namespace LogisticsSim.Import.Roads;

/// <summary>
/// Checks road features and reads their lines and properties: <c>mode</c> (road, water or air; default road),
/// <c>surface</c> (free text) and a speed in km/h (<c>speed_kmh</c>, <c>speed</c> or <c>maxspeed</c>, the first given).
/// Every problem is reported at its feature and property; nothing is guessed.
/// </summary>
internal static class RoadReader
{
    private static readonly string[] SpeedNames = ["speed_kmh", "speed", "maxspeed"];

    public static IReadOnlyList<RoadFeature> Read(string file, IReadOnlyList<GeoFeature> features, ImportErrors errors)
    {
        var roads = new List<RoadFeature>(features.Count);
        foreach (var feature in features)
        {
            string at = $"{file}: features[{feature.Index}]";
            var parts = Lines(at, feature.Geometry, errors);
            var attributes = Attributes(at, feature, errors);
            if (parts is not null && attributes is { } a) roads.Add(new RoadFeature(feature.Index, parts, a));
        }
        if (features.Count == 0) errors.Add(file, "no features", "at least one LineString or MultiLineString");
        return roads;
    }

    private static List<GeoPoint[]>? Lines(string at, Geometry? geometry, ImportErrors errors)
    {
        LineString[]? lines = geometry switch
        {
            LineString line => [line],
            MultiLineString multi => multi.Geometries.Cast<LineString>().ToArray(),
            _ => null,
        };
        if (lines is null)
        {
            errors.Add($"{at}.geometry", geometry is null ? "no geometry" : $"a {geometry.GeometryType}", "a LineString or MultiLineString");
            return null;
        }
        var parts = new List<GeoPoint[]>(lines.Length);
        for (int p = 0; p < lines.Length; p++)
        {
            // Paths as in the GeoJSON text: a LineString's points are coordinates[k], a MultiLineString's coordinates[p][k].
            string where = geometry is LineString ? $"{at}.geometry.coordinates" : $"{at}.geometry.coordinates[{p}]";
            if (Points(where, lines[p].Coordinates, errors) is { } points) parts.Add(points);
        }
        return parts.Count == lines.Length ? parts : null;
    }

    /// <summary>The line's points as latitude and longitude, consecutive repeats dropped; null (and an error) if out of range or shorter than two points.</summary>
    private static GeoPoint[]? Points(string where, Coordinate[] coordinates, ImportErrors errors)
    {
        var points = new List<GeoPoint>(coordinates.Length);
        for (int k = 0; k < coordinates.Length; k++)
        {
            var c = coordinates[k];
            if (!(c.X is >= -180 and <= 180) || !(c.Y is >= -90 and <= 90))
            {
                errors.Add($"{where}[{k}]", $"({c.X}, {c.Y})", "longitude and latitude in degrees (WGS 84): reproject the file first");
                return null;
            }
            var point = new GeoPoint(c.Y, c.X);
            if (points.Count == 0 || points[^1] != point) points.Add(point);
        }
        if (points.Count >= 2) return points.ToArray();
        errors.Add(where, $"{points.Count} distinct point{(points.Count == 1 ? "" : "s")}", "a line of at least two distinct points");
        return null;
    }

    private static RoadAttributes? Attributes(string at, GeoFeature feature, ImportErrors errors)
    {
        bool ok = true;
        var mode = TransportMode.Road;
        if (feature.First("mode") is { } m)
        {
            switch (PropertyValues.Text(m.Value).ToLowerInvariant())
            {
                case "road": mode = TransportMode.Road; break;
                case "water": mode = TransportMode.Water; break;
                case "air": mode = TransportMode.Air; break;
                default:
                    errors.Add($"{at}.properties.{m.Name}", PropertyValues.Show(m.Value), "road, water or air");
                    ok = false;
                    break;
            }
        }
        string? surface = feature.First("surface") is { } s ? PropertyValues.Text(s.Value).ToLowerInvariant() : null;
        double? speed = null;
        if (feature.First(SpeedNames) is { } v)
        {
            speed = PropertyValues.Number(v.Value, "km/h");
            if (speed is not > 0)
            {
                errors.Add($"{at}.properties.{v.Name}", PropertyValues.Show(v.Value), "a speed in km/h > 0");
                ok = false;
            }
        }
        return ok ? new RoadAttributes(mode, surface, speed) : null;
    }
}

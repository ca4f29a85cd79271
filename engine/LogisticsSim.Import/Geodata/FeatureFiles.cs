// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;

namespace LogisticsSim.Import.Geodata;

/// <summary>
/// Reads the features of a GeoJSON FeatureCollection or an Esri shapefile with NetTopologySuite's readers.
/// Coordinates must be longitude and latitude in degrees (WGS 84, as GeoJSON requires): a shapefile whose
/// .prj names a projected system is refused rather than read as degrees.
/// </summary>
internal static class FeatureFiles
{
    public static IReadOnlyList<GeoFeature>? Read(string path, ImportErrors errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(path, "no such file", "a GeoJSON (.geojson, .json) or shapefile (.shp)");
            return null;
        }
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => ReadGeoJson(path, errors),
            ".shp" => ReadShapefile(path, errors),
            var other => Refuse(path, errors, $"a file ending '{other}'", "a GeoJSON (.geojson, .json) or shapefile (.shp)"),
        };
    }

    private static IReadOnlyList<GeoFeature>? ReadGeoJson(string path, ImportErrors errors)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        FeatureCollection? collection;
        try
        {
            using var stream = File.OpenRead(path);
            collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options);
        }
        catch (JsonException e)
        {
            string at = e.LineNumber is { } line ? $"{path}:{line + 1}" : path;
            return Refuse(at, errors, $"invalid GeoJSON ({FirstSentence(e.Message)})", "a GeoJSON FeatureCollection");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return Refuse(path, errors, $"an unreadable file ({FirstSentence(e.Message)})", "a GeoJSON FeatureCollection");
        }
        if (collection is null) return Refuse(path, errors, "null", "a GeoJSON FeatureCollection");
        return collection.Select((f, i) => new GeoFeature(i, f.Geometry, Properties(f.Attributes))).ToList();
    }

    private static IReadOnlyList<GeoFeature>? ReadShapefile(string path, ImportErrors errors)
    {
        string prj = Path.ChangeExtension(path, ".prj");
        if (File.Exists(prj) && File.ReadAllText(prj).TrimStart().StartsWith("PROJCS", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(prj, errors, "a projected coordinate system (PROJCS)",
                "longitude and latitude in degrees (WGS 84, GEOGCS): reproject the shapefile first");
        }
        try
        {
            return Shapefile.ReadAllFeatures(path).Select((f, i) => new GeoFeature(i, f.Geometry, Properties(f.Attributes))).ToList();
        }
        catch (Exception e) when (e is ShapefileException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return Refuse(path, errors, $"an unreadable shapefile ({FirstSentence(e.Message)})", "a shapefile with its .shx and .dbf beside it");
        }
    }

    private static Dictionary<string, object?> Properties(IAttributesTable? table)
    {
        var properties = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (table is null) return properties;
        foreach (string name in table.GetNames()) properties.TryAdd(name.Trim(), table[name]);
        return properties;
    }

    private static IReadOnlyList<GeoFeature>? Refuse(string where, ImportErrors errors, string found, string expected)
    {
        errors.Add(where, found, expected);
        return null;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}

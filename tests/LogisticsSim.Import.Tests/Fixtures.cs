using System.Globalization;

namespace LogisticsSim.Import.Tests;

/// <summary>Small hand-made inputs, and the haversine worked out here independently of the engine's.</summary>
internal static class Fixtures
{
    /// <summary>Great-circle km on the sphere of radius 6371.0088 km (IUGG mean), the formula written out again.</summary>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        double a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(a));
    }

    /// <summary>A FeatureCollection of the given features (each a JSON object text).</summary>
    public static string Collection(params string[] features) => "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",\n", features) + "]}";

    /// <summary>A LineString feature through (lon, lat) points, with properties as JSON.</summary>
    public static string Line(string properties, params (double Lon, double Lat)[] points) =>
        "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[" +
        string.Join(",", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon},{p.Lat}]"))) + "]}}";

    public static string Write(string folder, string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static ImportResult Run(string roads, string? places = null, string? population = null, double tolerance = 10) =>
        ScenarioImporter.Import(new ImportOptions(roads, places, population, tolerance, "test"));

    /// <summary>The scenario's lines listing nodes or links (flow mappings under network), comments cut off.</summary>
    public static List<string> Entries(string yaml, string key) => yaml.Split('\n')
        .Where(l => l.StartsWith("    - {", StringComparison.Ordinal) && l.Contains(key, StringComparison.Ordinal))
        .Select(l => l.Split("   #")[0].Trim()).ToList();
}

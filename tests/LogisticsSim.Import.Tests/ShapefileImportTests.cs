using LogisticsSim.Core.Scenarios;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using static LogisticsSim.Import.Tests.Fixtures;

namespace LogisticsSim.Import.Tests;

public class ShapefileImportTests
{
    private static readonly GeometryFactory Factory = new();

    private static Feature Road(string surface, params (double Lon, double Lat)[] points) =>
        new(Factory.CreateLineString(points.Select(p => new Coordinate(p.Lon, p.Lat)).ToArray()), new AttributesTable { { "surface", surface }, { "speed_kmh", 40.0 } });

    [Fact]
    public void Shapefile_WrittenWithTheNtsWriter_ImportsLikeGeoJson()
    {
        using var dir = new TestFolder();
        string shp = Path.Combine(dir, "roads.shp");
        var features = new[]
        {
            new Feature(Factory.CreateLineString([new(34.80, -19.80), new(34.85, -19.80), new(34.90, -19.80)]), new AttributesTable { { "surface", "paved" }, { "speed_kmh", 60.0 } }),
            new Feature(Factory.CreateLineString([new(34.90, -19.80), new(34.90, -19.90)]), new AttributesTable { { "surface", "paved" }, { "speed_kmh", 60.0 } }),
            new Feature(Factory.CreateLineString([new(34.90, -19.80), new(34.95, -19.80)]), new AttributesTable { { "surface", "unpaved" }, { "speed_kmh", 25.0 } }),
        };
        Shapefile.WriteAllFeatures(features, shp);
        var result = Run(shp);
        Assert.Empty(result.Errors);
        var links = Entries(result.ScenarioText!, "from:");
        double west = Haversine(-19.80, 34.80, -19.80, 34.85) + Haversine(-19.80, 34.85, -19.80, 34.90);
        Assert.Equal(3, links.Count);
        Assert.StartsWith($"- {{from: J0001, to: J0002, mode: road, km: {Math.Round(west, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)}, time: ", links[0], StringComparison.Ordinal);
        // The shapefile reader gives polylines as MultiLineStrings, whatever their parts.
        Assert.Contains("roads.shp, 3 features (0 LineString, 3 MultiLineString), 7 vertices", result.ScenarioText, StringComparison.Ordinal);
        Assert.NotNull(ScenarioLoader.LoadFromText(result.ScenarioText!, "shp.yaml").Scenario);
    }

    [Fact]
    public void ProjectedShapefile_IsRefused_NotReadAsDegrees()
    {
        using var dir = new TestFolder();
        string shp = Path.Combine(dir, "utm.shp");
        Shapefile.WriteAllFeatures([Road("paved", (500000, 7800000), (510000, 7800000))], shp,
            "PROJCS[\"WGS_1984_UTM_Zone_36S\",GEOGCS[\"GCS_WGS_1984\"]]");
        var error = Assert.Single(Run(shp).Errors);
        Assert.Equal(Path.ChangeExtension(shp, ".prj"), error.Where);
        Assert.Equal("a projected coordinate system (PROJCS)", error.Found);
    }
}

using static LogisticsSim.Import.Tests.Fixtures;

namespace LogisticsSim.Import.Tests;

public class ImportErrorTests
{
    private static string[] Errors(ImportResult result)
    {
        Assert.Null(result.ScenarioText);
        return result.Errors.Select(e => e.ToString()).ToArray();
    }

    [Fact]
    public void BadFeatures_AreLocatedByIndexAndProperty_EveryOneReported()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Collection(
            Line("{}", (34.8, -19.8), (34.9, -19.8)),
            Line("{\"mode\":\"rail\"}", (34.8, -19.8), (34.9, -19.9)),
            "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.8,-19.8]}}",
            Line("{\"speed\":\"fast\"}", (34.8, -19.8), (34.9, -19.9)),
            Line("{}", (500000, 7800000), (510000, 7800000))));
        string r = roads;
        Assert.Equal(
        [
            $"{r}: features[1].properties.mode: found 'rail', expected road, water or air",
            $"{r}: features[2].geometry: found a Point, expected a LineString or MultiLineString",
            $"{r}: features[3].properties.speed: found 'fast', expected a speed in km/h > 0",
            $"{r}: features[4].geometry.coordinates[0]: found (500000, 7800000), expected longitude and latitude in degrees (WGS 84): reproject the file first",
        ], Errors(Run(roads)));
    }

    [Fact]
    public void BadHxlCells_AreLocatedByRowAndColumn()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Collection(Line("{}", (34.8, -19.8), (34.9, -19.8))));
        string pop = Write(dir, "pop.csv", "Name,People\n#adm2+name,#population\nBuzi,many\nNowhere,10\n");
        Assert.Equal(
        [
            $"{pop}:3: #adm2+name 'Name' (column A)".Replace("#adm2+name 'Name' (column A)", "#population 'People' (column B)", StringComparison.Ordinal) + ": found 'many', expected a number of people >= 0",
        ], Errors(Run(roads, population: pop)));
        string pop2 = Write(dir, "pop2.csv", "Name,People\n#adm2+name,#population\nNowhere,10\n");
        Assert.Equal(
        [
            $"{pop2}:3: found district 'Nowhere', which no places file lists, without coordinates, expected a district the places list (by #adm2+code or #adm2+name), or #geo+lat and #geo+lon to place it",
        ], Errors(Run(roads, population: pop2)));
    }

    [Fact]
    public void CsvWithoutHashtagRow_OrWithoutNeededTags_IsRefused()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Collection(Line("{}", (34.8, -19.8), (34.9, -19.8))));
        string plain = Write(dir, "plain.csv", "name,population\nBuzi,10\n");
        Assert.Contains("no row of HXL hashtags in the first 25 rows", Assert.Single(Errors(Run(roads, population: plain))), StringComparison.Ordinal);
        string noPeople = Write(dir, "nopeople.csv", "name,area\n#adm2+name,#geo+area\nBuzi,10\n");
        Assert.Equal([$"{noPeople}:2: found tags #adm2+name, #geo+area, expected #population, #inneed or #affected"], Errors(Run(roads, population: noPeople)));
    }

    [Fact]
    public void BadPlaces_AreLocatedByRowAndColumn_AndDuplicatesNamed()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Collection(Line("{}", (34.8, -19.8), (34.9, -19.8))));
        string places = Write(dir, "places.csv", "id,kind,lat,lon\nHUB,hub,-19.8,34.8\nX,warehouse,-19.8,34.9\nHUB,port,-95,34.9\n");
        Assert.Equal(
        [
            $"{places}:3: kind (column B): found 'warehouse', expected hub, port, airport, border or district",
            $"{places}:4: lat (column C): found '-95', expected a latitude in degrees, -90 to 90",
        ], Errors(Run(roads, places)));
        string spelled = Write(dir, "spelled.csv", "id,kind,latitude,longitude\nHUB,hub,south,34.8\n");
        Assert.Equal([$"{spelled}:2: latitude (column C): found 'south', expected a latitude in degrees, -90 to 90"], Errors(Run(roads, spelled)));
        string twice = Write(dir, "twice.csv", "id,kind,lat,lon\nHUB,hub,-19.8,34.8\nHUB,port,-19.8,34.9\n");
        Assert.Equal([$"{twice}:3: found id 'HUB' again, expected a unique id (first at {twice}:2)"], Errors(Run(roads, twice)));
    }

    [Fact]
    public void MissingFileAndBrokenJson_AreReported()
    {
        using var dir = new TestFolder();
        string broken = Write(dir, "broken.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{]}");
        Assert.StartsWith($"{broken}:2: found invalid GeoJSON", Assert.Single(Errors(Run(broken))), StringComparison.Ordinal);
        string missing = Path.Combine(dir, "none.geojson");
        Assert.Equal([$"{missing}: found no such file, expected a GeoJSON (.geojson, .json) or shapefile (.shp)"], Errors(Run(missing)));
    }
}

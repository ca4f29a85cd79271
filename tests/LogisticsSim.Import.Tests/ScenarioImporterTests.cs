using System.Globalization;
using LogisticsSim.Core.Scenarios;
using static LogisticsSim.Import.Tests.Fixtures;

namespace LogisticsSim.Import.Tests;

public class ScenarioImporterTests
{
    /// <summary>
    /// A T of roads: feature 0 runs west to east through a bend, feature 1 leaves its middle vertex southwards and
    /// ends 5 m short of feature 2 (which carries on south, unpaved at 30 km/h); feature 3 lies apart.
    /// </summary>
    private static string Roads(string folder) => Write(folder, "roads.geojson", Collection(
        Line("{\"surface\":\"paved\"}", (34.80, -19.80), (34.85, -19.81), (34.90, -19.80), (34.95, -19.80)),
        Line("{\"surface\":\"paved\"}", (34.90, -19.80), (34.90, -19.85)),
        Line("{\"surface\":\"unpaved\",\"maxspeed\":\"30 km/h\"}", (34.90, -19.85004), (34.90, -19.90)),
        Line("{\"mode\":\"water\"}", (35.50, -19.50), (35.60, -19.50))));

    private static string Places(string folder) => Write(folder, "places.geojson", Collection(
        "{\"type\":\"Feature\",\"properties\":{\"id\":\"HUB\",\"name\":\"Beira hub\",\"kind\":\"hub\",\"storage_t\":500},\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.801,-19.801]}}",
        "{\"type\":\"Feature\",\"properties\":{\"name\":\"Búzi\",\"kind\":\"district\",\"pcode\":\"MZ0701\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.90,-19.90]}}",
        "{\"type\":\"Feature\",\"properties\":{\"name\":\"Dondo\",\"kind\":\"district\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.95,-19.80]}}"));

    /// <summary>HXL: header row, hashtags below it with attributes in another order and case; a district by code, one by name, one new.</summary>
    private static string Population(string folder) => Write(folder, "pop.csv",
        "District,Code,Total population,In need,Latitude,Longitude\n" +
        "#adm2 +name,#ADM2+code,#population+total,#inneed,#geo+lat,#geo+lon\n" +
        "Buzi (by code),MZ0701,20000,8000,,\n" +
        "dondo,,15000,,,\n" +
        "Lake,MZ0799,900,300,-19.5,35.6\n");

    [Fact]
    public void Import_GivesTheExpectedNodesLinksLengthsAndPopulations()
    {
        using var dir = new TestFolder();
        var result = Run(Roads(dir), Places(dir), Population(dir));
        Assert.Empty(result.Errors);
        string yaml = result.ScenarioText!;
        Assert.Equal(
        [
            "- {id: HUB, kind: hub, name: \"Beira hub\", lat: -19.8, lon: 34.8, storage_t: 500}",
            "- {id: BUZI, kind: district, name: \"Búzi\", lat: -19.9, lon: 34.9, population: 20000}",
            "- {id: DONDO, kind: district, name: Dondo, lat: -19.8, lon: 34.95, population: 15000}",
            "- {id: LAKE, kind: district, name: Lake, lat: -19.5, lon: 35.6, population: 900}",
            "- {id: J0001, kind: junction, lat: -19.8, lon: 34.9}",
            "- {id: J0002, kind: junction, lat: -19.85, lon: 34.9}",
            "- {id: J0003, kind: junction, lat: -19.5, lon: 35.5}",
        ], Entries(yaml, "kind:"));
        string Km(double km) => Math.Round(km, 3).ToString("0.###", CultureInfo.InvariantCulture);
        double west = Haversine(-19.80, 34.80, -19.81, 34.85) + Haversine(-19.81, 34.85, -19.80, 34.90);
        double south = Haversine(-19.85, 34.90, -19.90, 34.90); // from the snapped end (feature 1's), not feature 2's own first point
        Assert.Equal(
        [
            $"- {{from: HUB, to: J0001, mode: road, km: {Km(west)}}}",
            $"- {{from: J0001, to: DONDO, mode: road, km: {Km(Haversine(-19.80, 34.90, -19.80, 34.95))}}}",
            $"- {{from: J0001, to: J0002, mode: road, km: {Km(Haversine(-19.80, 34.90, -19.85, 34.90))}}}",
            $"- {{from: J0002, to: BUZI, mode: road, km: {Km(south)}, time: {Math.Round(south / 30, 4).ToString(CultureInfo.InvariantCulture)}h}}",
            $"- {{from: J0003, to: LAKE, mode: water, km: {Km(Haversine(-19.5, 35.5, -19.5, 35.6))}}}",
        ], Entries(yaml, "from:").Where(l => l.Contains("mode:", StringComparison.Ordinal)).Take(5));
        Assert.Contains("population: 8000", yaml, StringComparison.Ordinal);   // Buzi's people in need feed its need
        Assert.Contains("# - {at: LAKE", yaml, StringComparison.Ordinal);     // another component: commented out, with the reason
        Assert.Contains("component 2: 2 nodes: LAKE, J0003", yaml, StringComparison.Ordinal);
        Assert.Contains("1 end moved", yaml, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("component 2: 2 nodes: LAKE, J0003", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportedScenario_Validates()
    {
        using var dir = new TestFolder();
        var result = Run(Roads(dir), Places(dir), Population(dir));
        var loaded = ScenarioLoader.LoadFromText(result.ScenarioText!, "imported.yaml");
        Assert.True(loaded.Scenario is not null, loaded.ErrorReport + "\n" + result.ScenarioText);
        Assert.Equal(7, loaded.Scenario!.Network.Nodes.Count);
        Assert.Equal(20000, loaded.Scenario.Network.Nodes.Single(n => n.Id.Value == "BUZI").Population);
        Assert.Equal(2, loaded.Scenario.Fleet.Count);   // a placeholder per mode: road and water
    }

    [Fact]
    public void PlaceholderStock_FitsTheSourcesStorage()
    {
        using var dir = new TestFolder();
        string places = Write(dir, "places.csv", "id,kind,lat,lon,storage_t\nHUB,hub,-19.80,34.80,50\nBUZI,district,-19.90,34.90,\n");
        string pop = Write(dir, "pop.csv", "n,p,i\n#adm2+name,#population,#inneed\nBUZI,90000,80000\n");
        var result = Run(Roads(dir), places, pop);
        Assert.Contains("  - {at: HUB, item: food, t: 50}", result.ScenarioText, StringComparison.Ordinal);
        Assert.NotNull(ScenarioLoader.LoadFromText(result.ScenarioText!, "imported.yaml").Scenario);
    }

    [Fact]
    public void SameInputs_SameBytes()
    {
        using var dir = new TestFolder();
        Assert.Equal(Run(Roads(dir), Places(dir), Population(dir)).ScenarioText, Run(Roads(dir), Places(dir), Population(dir)).ScenarioText);
    }

    [Fact]
    public void TwoPlacesOnOneVertex_TheSecondGetsAConnector()
    {
        using var dir = new TestFolder();
        string places = Write(dir, "places.csv", "id,kind,lat,lon\nHUB,hub,-19.80,34.80\nWAREHOUSE,hub,-19.8001,34.80\n");
        var result = Run(Roads(dir), places);
        Assert.Empty(result.Errors);
        Assert.Contains(Entries(result.ScenarioText!, "from:"), l => l.StartsWith("- {from: WAREHOUSE, to: HUB, mode: road, km: 0.011}", StringComparison.Ordinal));
    }
}

using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>`logisticssim import` end to end: the file it writes validates and runs; bad input writes nothing.</summary>
public class ImportCommandTests
{
    private const string Roads = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"surface":"paved"},"geometry":{"type":"LineString","coordinates":[[34.80,-19.80],[34.85,-19.81],[34.90,-19.80]]}},
        {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[34.90,-19.80],[34.90,-19.90]]}},
        {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[35.50,-19.50],[35.60,-19.50]]}}]}
        """;

    private const string Places = "id,name,kind,lat,lon,code\nHUB,Beira hub,hub,-19.80,34.80,\n,Buzi,district,-19.90,34.90,MZ0701\n";
    private const string Population = "District,Code,People,In need\n#adm2+name,#adm2+code,#population,#inneed\nBuzi,MZ0701,20000,8000\n";

    [Fact]
    public void Import_WritesAScenarioThatValidatesAndRuns_AndWarnsOfComponents()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Roads), places = Write(dir, "places.csv", Places), pop = Write(dir, "pop.csv", Population);
        string scenario = Path.Combine(dir, "imported.yaml");
        var (exit, output, error) = Cli.Run("import", "--roads", roads, "--places", places, "--population", pop, "--snap-tolerance", "25", "--out", scenario);
        Assert.Equal(0, exit);
        Assert.Contains("5 nodes (2 places, 3 junctions), 3 links", output, StringComparison.Ordinal);
        Assert.Contains("warning: Components: 2", error, StringComparison.Ordinal);
        string text = File.ReadAllText(scenario);
        Assert.Contains("within 25 m of another vertex", text, StringComparison.Ordinal);
        Assert.Contains("component 2: 2 nodes: J0002, J0003", text, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("validate", scenario).Exit);
        var run = Cli.Run("run", scenario, "-r", "1", "--out", dir.NewFolder());
        Assert.True(run.Exit == 0, run.Error);
    }

    [Fact]
    public void BadInput_ExitsWith2_AndWritesNothing()
    {
        using var dir = new TestFolder();
        string roads = Write(dir, "roads.geojson", Roads.Replace("\"properties\":{}", "\"properties\":{\"mode\":\"rail\"}", StringComparison.Ordinal));
        string scenario = Path.Combine(dir, "imported.yaml");
        var (exit, _, error) = Cli.Run("import", "--roads", roads, "--out", scenario);
        Assert.Equal(2, exit);
        Assert.Contains($"{roads}: features[1].properties.mode: found 'rail', expected road, water or air", error, StringComparison.Ordinal);
        Assert.Contains($"{roads}: features[2].properties.mode", error, StringComparison.Ordinal);
        Assert.Contains("2 errors in the inputs; nothing was written.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(scenario));
        Assert.Equal(2, Cli.Run("import", "--roads", roads, "--snap-tolerance", "-1", "--out", scenario).Exit);
    }

    private static string Write(string folder, string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

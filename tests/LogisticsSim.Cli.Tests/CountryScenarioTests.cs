using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>scenarios/country: the country-scale scenario validates at the size issue 16 asks, and its network is what `import` makes of the committed inputs.</summary>
public class CountryScenarioTests
{
    private static string Country(string name) => Path.Combine(Cli.Repo, "scenarios", "country", name);

    [Fact]
    public void CountryScenario_Validates_AtCountryScale()
    {
        var scenario = ScenarioFiles.Load(Country("mozambique-country.yaml"));
        Assert.True(scenario.Network.Nodes.Count >= 1500);
        Assert.Equal(150, scenario.Network.Nodes.Count(n => n.Kind == NodeKind.District));
        Assert.Equal(300, scenario.Fleet.Sum(f => f.Count));
        Assert.Equal(3, scenario.Fleet.Select(f => f.Mode).Distinct().Count());
        Assert.Equal(SimTime.FromHours(90 * 24), scenario.Horizon);
        Assert.True(scenario.Hazards.Count > 0);
    }

    [Fact]
    public void CountryNetwork_IsWhatImportMakesOfTheCommittedInputs()
    {
        using var dir = new TestFolder();
        string inputs = Country("inputs"), output = Path.Combine(dir, "network.yaml");
        var (exit, _, error) = Cli.Run("import", "--roads", Path.Combine(inputs, "roads.geojson"), "--places", Path.Combine(inputs, "places.csv"),
            "--population", Path.Combine(inputs, "population.csv"), "--snap-tolerance", "10", "--name", "Mozambique, country scale", "--out", output);
        Assert.True(exit == 0, error);
        Assert.Contains("component 2: 2 nodes", error, StringComparison.Ordinal); // the two stray tracks, listed, not dropped
        string made = File.ReadAllText(output).Replace(Cli.Repo + "/", "", StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Country("network.yaml")), made);
    }
}

using System.Text.RegularExpressions;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Kernel;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files() => new(RepoFiles.ShippedScenarios().Select(Path.GetFileName)!);

    private static Scenario Load(string file)
    {
        var result = ScenarioLoader.Load(RepoFiles.Scenario(file));
        Assert.True(result.Succeeded, result.ErrorReport);
        return result.Scenario;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_ShippedScenario_HasNoError(string file) => Assert.Empty(ScenarioLoader.Load(RepoFiles.Scenario(file)).Errors);

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedScenario_OpensWithCoversOrScenario(string file) =>
        Assert.Matches("^# (Covers|Scenario):", File.ReadAllText(RepoFiles.Scenario(file)));

    [Fact]
    public void Tutorial_OpensWithCoversAndCommentsEveryKeyWhereFirstUsed()
    {
        string[] lines = File.ReadAllLines(RepoFiles.Scenario("tutorial.yaml"));
        Assert.StartsWith("# Covers:", lines[0]);
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join("\n", lines)));
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(YamlNode n)
        {
            if (n is YamlMappingNode m)
            {
                foreach (var (k, v) in m.Children) { keys.Add(((YamlScalarNode)k).Value!); Walk(v); }
            }
            else if (n is YamlSequenceNode s)
            {
                foreach (var c in s.Children) Walk(c);
            }
        }
        Walk(stream.Documents[0].RootNode);
        var uncommented = keys.Where(key =>
        {
            var first = lines.First(l => !l.TrimStart().StartsWith('#') && Regex.IsMatch(l, $@"(^|[\s{{,]){Regex.Escape(key)}:"));
            return !first.Contains('#');
        });
        Assert.Empty(uncommented);
    }

    [Fact]
    public void Tutorial_ClosesTheRoadToBuziAndServesItByAir()
    {
        var s = Load("tutorial.yaml");
        var closure = Assert.Single(s.Hazards, h => h.Effect is HazardEffect.Closed);
        Assert.Equal(new LinkId("PORT-BUZI-road"), closure.Link);
        Assert.Contains(s.Fleet, v => v.Mode == TransportMode.Air);
        Assert.Contains(s.Network.Links, l => l.Mode == TransportMode.Air && l.To == new NodeId("BUZI"));
        Assert.NotEmpty(s.Demand.Requests);
        Assert.NotEmpty(s.Demand.Arrivals);
        Assert.NotEmpty(s.Demand.Needs);
    }

    [Fact]
    public void IdaiBeira_IsThirtyDaysOnTheBeiraCorridor()
    {
        var s = Load("idai-beira.yaml");
        Assert.Equal(SimTime.FromDays(30), s.Horizon);
        string[] nodes = ["BEIRA_PORT", "BEIRA_AIRPORT", "CHIMOIO_HUB", "BEIRA", "DONDO", "NHAMATANDA", "BUZI", "MUANZA", "CHIMOIO"];
        Assert.All(nodes, id => Assert.True(s.Network.TryGetNode(new NodeId(id), out _), id));
        // Buzi by road is closed from landfall; air and water still reach it.
        Assert.Contains(s.Hazards, h => h.Link == new LinkId("ROAD-BUZI") && h.Effect is HazardEffect.Closed);
        Assert.Contains(s.Network.ArcsFrom(new NodeId("BEIRA_AIRPORT")), a => a.To == new NodeId("BUZI"));
        Assert.Contains(s.Network.ArcsFrom(new NodeId("BEIRA_PORT")), a => a.To == new NodeId("BUZI") && a.Mode == TransportMode.Water);
        Assert.All(s.Demand.Needs, n => Assert.Equal(0.555, n.KgPerPersonDay));
        // Beira to Chimoio along the EN6 is about 200 km.
        double en6 = new[] { "EN6-BEIRA-DONDO", "EN6-DONDO-NHAMATANDA", "EN6-NHAMATANDA-CHIMOIO" }.Sum(id => s.Network.GetLink(new LinkId(id)).LengthKm);
        Assert.InRange(en6, 180, 220);
    }

    [Fact]
    public void IdaiBeira_TrucksAirCargoToTheAirport_WithNoStockThere_AndShipsFoodIntoThePort()
    {
        var s = Load("idai-beira.yaml");
        var airport = new NodeId("BEIRA_AIRPORT");
        Assert.NotNull(s.Network.GetNode(airport).TransferHours);
        Assert.DoesNotContain(s.Stock, e => e.At == airport);
        Assert.DoesNotContain(s.Demand.Requests, r => r.From == airport);
        Assert.DoesNotContain(s.Demand.Arrivals, a => a.From == airport);
        Assert.DoesNotContain(s.Demand.Needs, n => n.From == airport);
        var ships = Assert.Single(s.Supply);
        Assert.Equal((new NodeId("BEIRA_PORT"), "food"), (ships.At, ships.Item.Value));
        Assert.NotNull(ships.Every);
        Assert.DoesNotContain("do not transship", File.ReadAllText(RepoFiles.Scenario("idai-beira.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void IdaiBeira_StaysCheapToRun()
    {
        // Expected number of requests over the horizon: written, arrivals (window / mean gap), needs (window / interval).
        var s = Load("idai-beira.yaml");
        double arrivals = s.Demand.Arrivals.Sum(a => (a.End - a.Start).Hours / a.InterarrivalHours.Mean);
        double needs = s.Demand.Needs.Sum(n => Math.Ceiling((n.End - n.Start).Ticks / (double)n.Every.Ticks));
        double total = s.Demand.Requests.Count + arrivals + needs;
        Assert.InRange(total, 200, 3000);
        // Serious but not absurd: food needs of a few hundred tonnes a day.
        double foodPerDay = s.Demand.Needs.Sum(n => n.TonnesPerRequest / n.Every.Days);
        Assert.InRange(foodPerDay, 200, 600);
    }
}

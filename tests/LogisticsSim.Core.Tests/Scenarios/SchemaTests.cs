using System.Text.Json;
using LogisticsSim.Core.Scenarios;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Tests.Scenarios;

/// <summary>
/// scenarios/scenario.schema.json and the loader accept exactly the same keys: the loader's lists live in
/// <see cref="ScenarioKeys"/>, and these tests hold the schema to them, both ways.
/// </summary>
public class SchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(RepoFiles.Scenario("scenario.schema.json"))).RootElement;

    private static JsonElement Def(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static string[] Keys(JsonElement objectSchema) =>
        objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string, string[]> Definitions() => new()
    {
        { "scenarioInfo", ScenarioKeys.Info },
        { "network", ScenarioKeys.Network },
        { "node", ScenarioKeys.Node },
        { "link", ScenarioKeys.Link },
        { "vehicle", ScenarioKeys.Vehicle },
        { "item", ScenarioKeys.Item },
        { "stock", ScenarioKeys.Stock },
        { "supply", ScenarioKeys.Supply },
        { "storageRequest", ScenarioKeys.StorageRequest },
        { "demand", ScenarioKeys.Demand },
        { "request", ScenarioKeys.Request },
        { "arrival", ScenarioKeys.Arrival },
        { "need", ScenarioKeys.Need },
        { "hazard", ScenarioKeys.Hazard },
        { "breakdown", ScenarioKeys.Breakdown },
        { "strategy", ScenarioKeys.Strategy },
        { "distribution", ScenarioKeys.Distributions },
        { "meanSd", ScenarioKeys.MeanSd },
        { "mean", ScenarioKeys.Mean },
        { "shapeScale", ScenarioKeys.ShapeScale },
        { "planning", ScenarioKeys.Planning },
        { "planningItem", ScenarioKeys.PlanningItem },
        { "hubSize", ScenarioKeys.HubSize },
        { "hub", ScenarioKeys.Hub },
        { "planningVehicle", ScenarioKeys.PlanningVehicle },
        { "hazardScenario", ScenarioKeys.HazardScenario },
        { "objective", ScenarioKeys.Objective },
    };

    [Fact]
    public void Schema_IsDraft202012() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());

    [Fact]
    public void Schema_RootKeys_AreTheLoadersKeys() => Assert.Equal(Sorted(ScenarioKeys.Root), Keys(Schema));

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Schema_DefinitionKeys_AreTheLoadersKeys(string definition, string[] keys) =>
        Assert.Equal(Sorted(keys), Keys(Def(definition)));

    [Fact]
    public void Schema_Enums_AreTheLoadersWords()
    {
        static string[] Enum(JsonElement e) => e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        Assert.Equal(ScenarioKeys.NodeKinds, Enum(Def("node").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(ScenarioKeys.Modes, Enum(Def("link").GetProperty("properties").GetProperty("mode")));
        Assert.Equal(ScenarioKeys.Modes, Enum(Def("vehicle").GetProperty("properties").GetProperty("mode")));
        Assert.Equal(ScenarioKeys.Effects, Enum(Def("hazard").GetProperty("properties").GetProperty("effect")));
    }

    [Fact]
    public void Schema_EveryPropertyHasADescription()
    {
        var missing = new List<string>();
        void Walk(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object) return;
            if (e.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    if (!p.Value.TryGetProperty("description", out _)) missing.Add($"{path}.{p.Name}");
                }
            }
        }
        Walk(Schema, "$");
        foreach (var d in Schema.GetProperty("$defs").EnumerateObject()) Walk(d.Value, d.Name);
        Assert.Empty(missing);
    }

    public static TheoryData<string> Files() => new(RepoFiles.ShippedScenarios().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedScenario_TopFleetAndNodeKeys_AppearInTheSchema(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoFiles.Scenario(file))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        static IEnumerable<string> KeysOf(YamlNode n) => ((YamlMappingNode)n).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
        Assert.Subset(Keys(Schema).ToHashSet(), KeysOf(root).ToHashSet());
        var fleet = (YamlSequenceNode)root.Children[new YamlScalarNode("fleet")];
        Assert.Subset(Keys(Def("vehicle")).ToHashSet(), fleet.SelectMany(KeysOf).ToHashSet());
        var nodes = (YamlSequenceNode)((YamlMappingNode)root.Children[new YamlScalarNode("network")]).Children[new YamlScalarNode("nodes")];
        Assert.Subset(Keys(Def("node")).ToHashSet(), nodes.SelectMany(KeysOf).ToHashSet());
    }
}

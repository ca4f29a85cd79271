// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// scenario.schema.json, run by a JSON Schema validator, accepts the shipped scenarios and the strategy
/// sections the loader accepts, and refuses the ones it refuses: an editor's squiggles and `validate` agree.
/// </summary>
public sealed class StrategySchemaTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Cli.Repo, "scenarios", "scenario.schema.json")));

    /// <summary>YAML as an editor's language server sees it: plain scalars that read as numbers or booleans are those, the rest text.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException("no aliases in these files"),
    };

    private static bool Valid(string yaml, out string report)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var instance = JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));
        var result = Schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        report = string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
        return result.IsValid;
    }

    private static string Tutorial(string strategy)
    {
        string text = File.ReadAllText(Cli.Scenario("tutorial.yaml"));
        return text[..text.IndexOf("\nstrategy:", StringComparison.Ordinal)] + "\n" + strategy + "\n";
    }

    public static TheoryData<string> Shipped() => new(Directory.GetFiles(Path.Combine(Cli.Repo, "scenarios"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Shipped))]
    public void ShippedScenario_MeetsTheSchema(string file) =>
        Assert.True(Valid(File.ReadAllText(Cli.Scenario(file)), out string report), report);

    [Theory]
    [InlineData("strategy: priority")]
    [InlineData("strategy: ortools[replan_every=2h,solution_limit=50]")]
    [InlineData("strategy: {name: fcfs}")]
    [InlineData("strategy: {name: ortools, replan_every: 500ms, solution_limit: 50, search: iterated, horizon_hours: 48, min_interval: 1h, first_solution: local, max_parts: 2, rule_fills: false}")]
    [InlineData("strategy: {name: 'exec[on-error=fail]:python3 p.py', timeout: 2s}")]
    [InlineData("strategy: {name: policies/Deep.dll, depth: 3, greedy: true}")]
    public void Strategy_TheLoaderAccepts_TheSchemaAccepts(string section)
    {
        Assert.True(Valid(Tutorial(section), out string report), report);
        Assert.Equal(0, Cli.Run("validate", Write(section)).Exit);
    }

    [Theory]
    [InlineData("strategy: nosuch")]
    [InlineData("strategy: {name: nosuch}")]
    [InlineData("strategy: {name: priority, replan_every: 6h}")]
    [InlineData("strategy: {name: ortools, replan_evry: 6h}")]
    [InlineData("strategy: {name: ortools, solution_limit: abc}")]
    [InlineData("strategy: {name: ortools, solution_limit: 0}")]
    [InlineData("strategy: {name: ortools, search: guidd}")]
    [InlineData("strategy: {name: ortools, time_limit: 10}")]
    [InlineData("strategy: {name: ortools, horizon_hours: 0}")]
    [InlineData("strategy: {name: 'exec:python3 p.py', retries: 3}")]
    [InlineData("strategy: {name: exec}")]
    public void Strategy_TheLoaderRefuses_TheSchemaRefuses(string section)
    {
        Assert.False(Valid(Tutorial(section), out _));
        Assert.Equal(2, Cli.Run("validate", Write(section)).Exit);
    }

    private string Write(string section)
    {
        string file = Path.Combine(_folder, "tutorial.yaml");
        File.WriteAllText(file, Tutorial(section));
        return file;
    }
}

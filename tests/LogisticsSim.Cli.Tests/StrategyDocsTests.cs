// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LogisticsSim.Core.Strategies;
using Xunit;

namespace LogisticsSim.Cli.Tests;

/// <summary>
/// The strategies' options are declared once (their descriptors); scenarios/README.md's table and the JSON
/// Schema's strategy section are held to those declarations here, so the docs cannot drift from the check.
/// On a failure the message holds the text to paste.
/// </summary>
public class StrategyDocsTests
{
    /// <summary>Names that stand alone first, then the forms with an argument, as the error messages list them.</summary>
    private static IEnumerable<StrategyDescriptor> Descriptors =>
        StrategyCatalog.Descriptors.All.OrderBy(d => d.Argument is not null).ThenBy(d => d.Name, StringComparer.Ordinal);

    private static string Code(string text) => $"`{text}`";

    /// <summary>One row per option (one for a strategy that takes none): strategy, option, type, default, what it does.</summary>
    public static string MarkdownTable()
    {
        var md = new StringBuilder("| strategy | option | type | default | what it does |\n| --- | --- | --- | --- | --- |\n");
        void Row(params string[] cells) => md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        foreach (var d in Descriptors)
        {
            if (d.Options.Count == 0)
            {
                Row(Code(d.Usage), d.OpenOptions ? "any" : "none", d.OpenOptions ? "text" : "", "", d.Summary + (d.OpenOptions ? " Its options are its own, passed on as text." : ""));
            }
            for (int i = 0; i < d.Options.Count; i++)
            {
                var o = d.Options[i];
                Row(i == 0 ? Code(d.Usage) : "", Code(o.Name), o.TypeText, o.Default is null ? "none" : Code(o.Default), o.Doc);
            }
        }
        return md.ToString();
    }

    /// <summary>The names a strategy is written with (options in brackets allowed), as a regular expression.</summary>
    private static string NamePattern(StrategyDescriptor d)
    {
        string options = @"(\[[^\]]*\])?";
        string own = d.Argument is null ? $"^{d.Name}{options}$" : $"^{d.Name}{options}:.";
        return d.Name == StrategyReference.AssemblyName ? own + @"|\.dll$" : own;
    }

    private static JsonObject OptionSchema(StrategyOption o)
    {
        var s = new JsonObject { ["description"] = o.Doc };
        switch (o.Kind)
        {
            case StrategyOptionKind.Duration:
                s["$ref"] = "#/$defs/duration";
                break;
            case StrategyOptionKind.WholeNumber or StrategyOptionKind.Number:
                s["type"] = o.Kind == StrategyOptionKind.WholeNumber ? "integer" : "number";
                s[o.MinExclusive ? "exclusiveMinimum" : "minimum"] = o.Min;
                if (o.Max < int.MaxValue) s["maximum"] = o.Max;
                break;
            case StrategyOptionKind.Choice:
                s["enum"] = new JsonArray(o.Choices.Select(c => (JsonNode)c).ToArray());
                break;
            case StrategyOptionKind.Bool:
                s["type"] = "boolean";
                break;
            default:
                s["type"] = new JsonArray("string", "number", "boolean");
                break;
        }
        if (o.Default is { } d)
        {
            s["default"] = o.Kind switch
            {
                StrategyOptionKind.WholeNumber or StrategyOptionKind.Number => double.Parse(d, CultureInfo.InvariantCulture),
                StrategyOptionKind.Bool => d == "true",
                _ => d,
            };
        }
        return s;
    }

    /// <summary>$defs.strategyName and $defs.strategy as the descriptors make them.</summary>
    public static JsonObject SchemaDefinitions()
    {
        var names = new JsonArray(Descriptors.Select(d => (JsonNode)new JsonObject { ["pattern"] = NamePattern(d), ["description"] = $"{d.Usage}: {d.Summary}" }).ToArray());
        var cases = new JsonArray(Descriptors.Select(d =>
        {
            var then = new JsonObject();
            if (d.OpenOptions) then["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean"), ["description"] = "An option of the strategy's own, passed on as text." };
            else then["properties"] = new JsonObject(d.Options.Select(o => KeyValuePair.Create(o.Name, (JsonNode?)OptionSchema(o))));
            return (JsonNode)new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = new JsonArray("name"), ["properties"] = new JsonObject { ["name"] = new JsonObject { ["pattern"] = NamePattern(d) } } },
                ["then"] = then,
            };
        }).ToArray());
        return new JsonObject
        {
            ["strategyName"] = new JsonObject
            {
                ["type"] = "string",
                ["minLength"] = 1,
                ["description"] = "A strategy as written: a name, options in brackets allowed (ortools[replan_every=2h]), and for some an argument after a colon.",
                ["anyOf"] = names,
            },
            ["strategy"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "The allocation strategy: its name, and as other keys the options it takes (scenarios/README.md lists them).",
                ["properties"] = new JsonObject { ["name"] = new JsonObject { ["$ref"] = "#/$defs/strategyName", ["description"] = "The strategy's name. Default fcfs when strategy is absent." } },
                ["required"] = new JsonArray("name"),
                ["allOf"] = cases,
                ["unevaluatedProperties"] = false,
            },
        };
    }

    [Fact]
    public void ScenariosReadme_ListsEveryStrategysOptions()
    {
        string readme = File.ReadAllText(Path.Combine(Cli.Repo, "scenarios", "README.md")).Replace("\r\n", "\n");
        string table = MarkdownTable();
        Assert.True(readme.Contains(table, StringComparison.Ordinal), $"scenarios/README.md should hold this table:\n{table}");
    }

    [Fact]
    public void Schema_StrategySection_IsTheDescriptors()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Cli.Repo, "scenarios", "scenario.schema.json")))!;
        var wrong = SchemaDefinitions().Where(d => !JsonNode.DeepEquals(d.Value, schema["$defs"]![d.Key]))
            .Select(d => $"scenario.schema.json $defs.{d.Key} should be:\n{d.Value!.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}").ToArray();
        Assert.True(wrong.Length == 0, string.Join("\n", wrong));
    }
}

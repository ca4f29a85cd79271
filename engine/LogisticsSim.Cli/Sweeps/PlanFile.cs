// SPDX-License-Identifier: Apache-2.0
using System.Text.Json;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Experiments.Sweeps;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// <c>DIR/units.json</c>: the expanded experiment (not `plan.json`, which is a capacity plan). Every sweep process writes the same bytes (atomically),
/// so shards and array tasks may write it at once; <c>merge</c> reads it to know which units to expect.
/// </summary>
public static class PlanFile
{
    public const string Name = "units.json";

    public static void Write(string outDir, SweepSetup setup)
    {
        var plan = setup.Plan;
        new OutputDirectory(outDir).Write(Name, writer =>
        {
            JsonFile.Write(writer, json =>
            {
                json.WriteStartObject();
                json.WriteString("experiment", plan.Experiment.Name);
                Strings(json, "scenarios", plan.ScenarioLabels);
                Strings(json, "strategies", plan.Experiment.Strategies.Select(s => s.Label));
                Strings(json, "axes", plan.Experiment.Grid.Select(a => a.Path));
                json.WriteStartArray("points");
                foreach (var p in plan.Points) Strings(json, null, p.Overrides.Select(o => o.Text));
                json.WriteEndArray();
                json.WriteStartArray("units");
                foreach (var u in setup.Units)
                {
                    json.WriteStartObject();
                    json.WriteString("id", u.Id);
                    json.WriteString("key", u.Key);
                    json.WriteNumber("scenario", u.Unit.Scenario);
                    json.WriteNumber("point", u.Unit.Point);
                    json.WriteNumber("strategy", u.Unit.Strategy);
                    json.WriteNumber("replication", u.Unit.Replication);
                    json.WriteNumber("seed", u.Unit.Seed);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
        });
    }

    /// <summary>Reads DIR/units.json, or throws a <see cref="UserInputException"/> saying what is wrong.</summary>
    public static SavedPlan Read(string outDir)
    {
        string path = Path.Combine(outDir, Name);
        if (!File.Exists(path)) throw new UserInputException($"{path}: no such file; expected a folder written by 'logisticssim sweep'");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var scenarios = List(root.GetProperty("scenarios"));
            var strategies = List(root.GetProperty("strategies"));
            var units = root.GetProperty("units").EnumerateArray().Select((u, i) =>
            {
                var unit = new WorkUnit(i, u.GetProperty("id").GetString()!, u.GetProperty("scenario").GetInt32(), u.GetProperty("point").GetInt32(),
                    u.GetProperty("strategy").GetInt32(), u.GetProperty("replication").GetInt32(), u.GetProperty("seed").GetInt64());
                return new PlannedUnit(unit, u.GetProperty("key").GetString()!, scenarios[unit.Scenario], strategies[unit.Strategy]);
            }).ToArray();
            return new SavedPlan(root.GetProperty("experiment").GetString()!, scenarios, strategies, List(root.GetProperty("axes")),
                root.GetProperty("points").EnumerateArray().Select(p => (IReadOnlyList<string>)List(p)).ToArray(), units);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            throw new UserInputException($"{path}: found an unreadable plan ({e.Message}), expected the units.json written by 'logisticssim sweep'");
        }
    }

    private static string[] List(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static void Strings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null) json.WriteStartArray();
        else json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}

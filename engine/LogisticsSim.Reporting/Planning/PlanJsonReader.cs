// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Reporting.Files;

namespace LogisticsSim.Reporting.Planning;

/// <summary>Reads plan.json, as `plan` writes it, into what the report shows; a file it cannot use is a located error.</summary>
public static class PlanJsonReader
{
    public const string FileName = "plan.json";

    public static PlanResults Read(string text, string file)
    {
        using var document = ResultsJson.Parse(text, file);
        var root = document.RootElement;
        if (!root.TryGetProperty("decisions", out var decisions) || decisions.ValueKind != JsonValueKind.Object) throw ResultsJson.Missing(file, "decisions", "an object of hubs, stock and vehicles");
        if (!root.TryGetProperty("scenarios", out var scenarios) || scenarios.ValueKind != JsonValueKind.Array) throw ResultsJson.Missing(file, "scenarios", "a list of hazard scenarios");
        var stock = Rows(decisions, "stock").ToLookup(s => Text(s, "hub"), s => string.Create(CultureInfo.InvariantCulture, $"{Text(s, "item")} {ResultsJson.Number(s, "t"):N1} t"));
        var vehicles = Rows(decisions, "vehicles").ToLookup(v => Text(v, "hub"), v => string.Create(CultureInfo.InvariantCulture, $"{ResultsJson.Number(v, "count"):0} {Text(v, "fleet")}"));
        var costs = Rows(decisions, "stock").Concat(Rows(decisions, "vehicles")).ToLookup(r => Text(r, "hub"), r => ResultsJson.Number(r, "cost"));
        var hubs = Rows(decisions, "hubs").Select(h =>
        {
            string node = Text(h, "node");
            return new HubPlan(node, Text(h, "size"), string.Join(", ", stock[node]), string.Join(", ", vehicles[node]), ResultsJson.Number(h, "cost") + costs[node].Sum());
        }).ToArray();
        var fills = scenarios.EnumerateArray().Select(s =>
        {
            var promised = s.TryGetProperty("promised", out var p) ? p : default;
            bool checkedBySimulation = s.TryGetProperty("simulated", out var sim);
            return new ScenarioFill(Text(s, "id"), ResultsJson.Number(s, "probability"), ResultsJson.Number(s, "demand_t"),
                promised.ValueKind == JsonValueKind.Object ? ResultsJson.Number(promised, "fill_rate") : double.NaN,
                checkedBySimulation ? ResultsJson.Number(sim, "fill_rate") : double.NaN,
                checkedBySimulation ? ResultsJson.Bound(sim, 0) : double.NaN,
                checkedBySimulation ? ResultsJson.Bound(sim, 1) : double.NaN);
        }).ToArray();
        return new PlanResults(ResultsJson.Text(root, "scenario", file), ResultsJson.Text(root, "solver", file), ResultsJson.Text(root, "status", file),
            ResultsJson.Number(root, "objective"), ResultsJson.Number(root, "bound"), ResultsJson.Number(root, "gap"), ResultsJson.Number(root, "lp_relaxation"),
            ResultsJson.Number(root, "budget"), ResultsJson.Number(root, "first_stage_cost"), hubs, fills);
    }

    private static IEnumerable<JsonElement> Rows(JsonElement decisions, string name) =>
        decisions.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}

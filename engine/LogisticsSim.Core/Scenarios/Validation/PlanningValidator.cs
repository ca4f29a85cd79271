// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Planning;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// The <c>planning</c> section refers to what exists (nodes, items, fleet entries, links), names each hub,
/// item, vehicle and scenario once, prices every item a scenario demands, and gives scenario probabilities
/// (link references are checked by the reader, which has the written keys at hand)
/// that sum to 1: a plan weighs scenarios by them, so an ensemble that does not add up is a mistake.
/// </summary>
internal sealed class PlanningValidator : IScenarioValidator
{
    /// <summary>Probabilities are written with a few decimals; this much rounding in their sum is accepted.</summary>
    public const double ProbabilityTolerance = 1e-4;

    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        if (scenario.Planning is not { } planning || source.HasErrorAt("planning")) return [];
        var errors = new List<ScenarioError>();
        var nodes = scenario.Network.Nodes.Select(n => n.Id.Value).ToHashSet(StringComparer.Ordinal);
        var items = scenario.Items.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        var fleet = scenario.Fleet.Select(v => v.Id.Value).ToHashSet(StringComparer.Ordinal);
        var priced = planning.Items.Select(i => i.Item.Value).ToHashSet(StringComparer.Ordinal);

        void Check(string path, string id, HashSet<string> known, string what)
        {
            if (id.Length == 0 || known.Contains(id) || source.HasErrorAt(path)) return;
            errors.Add(Words.Unknown(source, path, id, what, known.Order(StringComparer.Ordinal).ToArray()));
        }

        for (int i = 0; i < planning.Items.Count; i++) Check($"planning.items[{i}].item", planning.Items[i].Item.Value, items, "item id");
        for (int i = 0; i < planning.Hubs.Count; i++) Check($"planning.hubs[{i}].node", planning.Hubs[i].Node.Value, nodes, "node id");
        for (int i = 0; i < planning.Vehicles.Count; i++) Check($"planning.vehicles[{i}].fleet", planning.Vehicles[i].Fleet.Value, fleet, "fleet id");
        errors.AddRange(UniqueIdValidator.Distinct(source, "planning.items", "one entry per item", planning.Items.Select(i => i.Item.Value), "item"));
        errors.AddRange(UniqueIdValidator.Distinct(source, "planning.hubs", "one entry per candidate hub", planning.Hubs.Select(h => h.Node.Value), "node"));
        errors.AddRange(UniqueIdValidator.Distinct(source, "planning.vehicles", "one entry per fleet id", planning.Vehicles.Select(v => v.Fleet.Value), "fleet"));
        errors.AddRange(UniqueIdValidator.Distinct(source, "planning.scenarios", "a unique scenario id", planning.Scenarios.Select(s => s.Id)));

        for (int i = 0; i < planning.Scenarios.Count; i++)
        {
            var hazard = planning.Scenarios[i];
            string path = $"planning.scenarios[{i}]";
            foreach (var need in hazard.Demand)
            {
                string at = $"{path}.demand.{need.At}";
                Check(at, need.At.Value, nodes, "node id");
                string itemPath = $"{at}.{need.Item}";
                if (!items.Contains(need.Item.Value)) Check(itemPath, need.Item.Value, items, "item id");
                else if (!priced.Contains(need.Item.Value) && !source.HasErrorAt("planning.items"))
                {
                    errors.Add(source.Error(itemPath, $"item '{need.Item}', which planning.items does not price",
                        $"an entry for '{need.Item}' in planning.items (its cost and unmet penalty)"));
                }
            }
            foreach (var at in hazard.StockSurvives.Keys) Check($"{path}.stock_survives.{at}", at.Value, nodes, "node id");
        }

        bool probabilitiesRead = planning.Scenarios.Count > 0
            && Enumerable.Range(0, planning.Scenarios.Count).All(i => !source.HasErrorAt($"planning.scenarios[{i}].probability"));
        double sum = planning.Scenarios.Sum(s => s.Probability);
        if (probabilitiesRead && Math.Abs(sum - 1) > ProbabilityTolerance)
        {
            errors.Add(source.Error("planning.scenarios",
                $"{planning.Scenarios.Count} scenario probabilities summing to {sum.ToString("0.######", CultureInfo.InvariantCulture)}",
                "probabilities summing to 1 (within 0.0001): add the missing scenarios, or a no-hazard scenario with the rest"));
        }
        return errors;
    }
}

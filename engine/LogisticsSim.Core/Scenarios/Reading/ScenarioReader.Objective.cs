// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using YamlDotNet.RepresentationModel;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>
/// The <c>objective</c> section: the weights of the objective KPI. Every key is optional and takes its
/// default from <see cref="ObjectiveWeights.Default"/>; the per-priority weights are one number for every
/// priority or a list, priority 1 first.
/// </summary>
internal sealed partial class ScenarioReader
{
    private const string PerPriorityExpected = "a number >= 0, or a list of numbers >= 0 for priority 1, 2, ... (the last for every later priority)";

    private ObjectiveWeights ReadObjective(MappingReader root)
    {
        const string expected = "a mapping {lateness: [...], unmet: [...], deprivation: ..., operating: ..., deprivation_cap: ...}";
        var d = ObjectiveWeights.Default;
        if (root.Optional("objective") is not { } node) return d;
        if (Section(node, "objective", expected, ScenarioKeys.Objective) is not { } m) return d;
        return new ObjectiveWeights(
            PerPriority(m, "lateness", "weight per tonne-hour late") ?? d.Lateness,
            PerPriority(m, "unmet", "weight per unmet tonne") ?? d.Unmet,
            m.OptionalNumber("deprivation", NumberRange.NonNegative, "weight per unit of deprivation cost") ?? d.Deprivation,
            m.OptionalNumber("operating", NumberRange.NonNegative, "weight per currency unit") ?? d.Operating,
            m.OptionalDuration("deprivation_cap", positive: true)?.Hours ?? d.DeprivationCapHours);
    }

    /// <summary>A weight for every priority: one number, or a non-empty list; null (after reporting) when any is wrong.</summary>
    private static IReadOnlyList<double>? PerPriority(MappingReader m, string key, string unit)
    {
        if (m.Optional(key) is not { } node) return null;
        string path = m.PathOf(key);
        if (node is YamlScalarNode)
        {
            return ValueReader.Number(m.Context, node, path, NumberRange.NonNegative, unit) is { } one ? [one] : null;
        }
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            m.Context.Report(path, node, node is YamlSequenceNode ? "an empty list" : ReadContext.Describe(node), PerPriorityExpected);
            return null;
        }
        var weights = new List<double>(list.Children.Count);
        for (int i = 0; i < list.Children.Count; i++)
        {
            string itemPath = $"{path}[{i}]";
            m.Context.Note(itemPath, list.Children[i]);
            if (ValueReader.Number(m.Context, list.Children[i], itemPath, NumberRange.NonNegative, unit) is { } w) weights.Add(w);
        }
        return weights.Count == list.Children.Count ? weights.AsReadOnly() : null;
    }
}

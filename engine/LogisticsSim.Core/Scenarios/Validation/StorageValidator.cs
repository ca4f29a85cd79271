// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>Stock at time zero must fit the node's storage: a warehouse cannot start overfull.</summary>
internal sealed class StorageValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < scenario.Stock.Count; i++)
        {
            var entry = scenario.Stock[i];
            if (source.HasErrorAt($"stock[{i}]")) continue;
            double sum = total[entry.At.Value] = total.GetValueOrDefault(entry.At.Value) + entry.Tonnes;
            if (!scenario.Network.TryGetNode(entry.At, out var node) || node.StorageTonnes is not { } capacity) continue;
            // Report once per node, at the entry that tips it over.
            if (sum > capacity && sum - entry.Tonnes <= capacity)
            {
                yield return source.Error($"stock[{i}].t", $"{Scalars.Format(sum)} t of stock at '{entry.At}' in all",
                    $"at most its storage_t, {Scalars.Format(capacity)} t");
            }
        }
    }
}

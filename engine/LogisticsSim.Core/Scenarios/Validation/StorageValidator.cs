// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios.Reading;
using LogisticsSim.Core.Text;

namespace LogisticsSim.Core.Scenarios.Validation;

/// <summary>
/// Storage limits that the file itself breaks: stock at time zero must fit the node's storage (a
/// warehouse cannot start overfull), and a storage request larger than its node's whole storage could
/// never be served.
/// </summary>
internal sealed class StorageValidator : IScenarioValidator
{
    public IEnumerable<ScenarioError> Validate(Scenario scenario, SourceMap source)
    {
        var tonnes = new Dictionary<string, double>(StringComparer.Ordinal);
        var cubicMetres = new Dictionary<string, double>(StringComparer.Ordinal);
        var density = scenario.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First().TonnesPerM3);
        for (int i = 0; i < scenario.Stock.Count; i++)
        {
            var entry = scenario.Stock[i];
            if (source.HasErrorAt($"stock[{i}]")) continue;
            if (!scenario.Network.TryGetNode(entry.At, out var node)) continue;
            double sum = tonnes[entry.At.Value] = tonnes.GetValueOrDefault(entry.At.Value) + entry.Tonnes;
            // Report once per node and unit, at the entry that tips it over.
            if (node.StorageTonnes is { } capacity && sum > capacity && sum - entry.Tonnes <= capacity)
            {
                yield return source.Error($"stock[{i}].t", $"{Scalars.Format(sum)} t of stock at '{entry.At}' in all",
                    $"at most its storage_t, {Scalars.Format(capacity)} t");
            }
            if (node.StorageCubicMetres is not { } volume || !density.TryGetValue(entry.Item, out double perM3) || !(perM3 > 0)) continue;
            double m3 = entry.Tonnes / perM3;
            double sumM3 = cubicMetres[entry.At.Value] = cubicMetres.GetValueOrDefault(entry.At.Value) + m3;
            if (sumM3 > volume && sumM3 - m3 <= volume)
            {
                yield return source.Error($"stock[{i}].t", $"{Scalars.Format(sumM3)} m3 of stock at '{entry.At}' in all",
                    $"at most its storage_m3, {Scalars.Format(volume)} m3");
            }
        }
        var storage = scenario.Demand.Storage;
        for (int i = 0; i < storage.Count; i++)
        {
            var r = storage[i];
            string p = $"demand.storage[{i}]";
            if (source.HasErrorAt(p) || !scenario.Network.TryGetNode(r.At, out Node? node)) continue;
            if (node.StorageTonnes is { } capacity && r.Tonnes > capacity)
            {
                yield return source.Error($"{p}.t", $"{Scalars.Format(r.Tonnes)} t", $"at most the storage_t of '{r.At}', {Scalars.Format(capacity)} t");
            }
            else if (node.StorageCubicMetres is { } volume && r.CubicMetres > volume)
            {
                string path = source.Contains($"{p}.m3") ? $"{p}.m3" : $"{p}.t";
                yield return source.Error(path, $"{Scalars.Format(r.CubicMetres)} m3", $"at most the storage_m3 of '{r.At}', {Scalars.Format(volume)} m3");
            }
        }
    }
}

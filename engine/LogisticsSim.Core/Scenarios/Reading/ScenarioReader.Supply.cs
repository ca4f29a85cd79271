// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Scenarios.Reading;

/// <summary>The <c>supply</c> section (cargo arriving into the region) and <c>demand.storage</c> (storage as a service).</summary>
internal sealed partial class ScenarioReader
{
    private List<SupplySpec> ReadSupply(MappingReader root)
    {
        var supply = Entries(root, "supply", required: false, ScenarioKeys.Supply, ReadSupplyEntry);
        // Default ids are at-item; number repeats so that each supply keys its own random stream.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < supply.Count; i++)
        {
            if (supply[i].Id.Length > 0) continue;
            string id = $"{supply[i].At}-{supply[i].Item}";
            int n = seen[id] = seen.GetValueOrDefault(id) + 1;
            supply[i] = supply[i] with { Id = n == 1 ? id : $"{id}-{n}" };
        }
        return supply;
    }

    private SupplySpec ReadSupplyEntry(MappingReader m)
    {
        string id = m.OptionalText("id", "a supply id") ?? "";
        var at = new NodeId(m.RequiredText("at", "a node id (the port, airport or border crossing where it lands)") ?? "");
        var item = new ItemId(m.RequiredText("item", "an item id") ?? "");
        double? tonnes = m.RequiredNumber("t", NumberRange.Positive, "tonnes");
        var arrival = m.Required("arrival", DistributionReader.Expected(QuantityKind.Hours)) is { } a
            ? DistributionReader.Read(m.Context, a, m.PathOf("arrival"), QuantityKind.Hours, positive: false)
            : null;
        var every = m.OptionalDuration("every", positive: true);
        var until = m.OptionalDuration("until", positive: true);
        int? times = m.Optional("times") is { } t ? ValueReader.WholeNumber(m.Context, t, m.PathOf("times"), 1) : null;
        // A repeat bound without a repeat is a mistake worth saying, not a value to ignore quietly.
        foreach (string key in new[] { "until", "times" })
        {
            if (m.Optional(key) is { } bound && m.Optional("every") is null)
            {
                m.Context.Report(m.PathOf(key), bound, $"{key} without every", $"every (the time between shipments) with {key}, or no {key} for a single shipment");
            }
        }
        return new SupplySpec(id, at, item, tonnes ?? 1, arrival ?? new Constant(0), every, until ?? _horizon, times);
    }

    private StorageRequestSpec ReadStorageRequest(MappingReader m)
    {
        string id = m.RequiredText("id", "a storage request id") ?? "";
        string? partner = m.OptionalText("partner", "a partner name");
        var item = new ItemId(m.RequiredText("item", "an item id") ?? "");
        double? tonnes = m.RequiredNumber("t", NumberRange.Positive, "tonnes");
        double? m3 = m.OptionalNumber("m3", NumberRange.Positive, "m3");
        var at = new NodeId(m.RequiredText("at", "a node id (the warehouse)") ?? "");
        var from = m.OptionalDuration("from", positive: false) ?? SimTime.Zero;
        var until = m.RequiredDuration("until", positive: true) ?? SimTime.MaxValue;
        return new StorageRequestSpec(id, partner, item, tonnes ?? 0, m3 ?? Volume(item, tonnes ?? 0), at, from, until);
    }
}

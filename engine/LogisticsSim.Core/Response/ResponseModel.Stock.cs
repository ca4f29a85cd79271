// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel.Monitoring;

namespace LogisticsSim.Core.Response;

/// <summary>
/// Stock: the scenario's stock entries and supplies, drawn down by loading and topped up by deliveries
/// to storage nodes and by supply. A node and item with neither hold no stock the model tracks: cargo
/// from there is the partner's own and is always available.
/// </summary>
public sealed partial class ResponseModel
{
    private readonly Dictionary<(NodeId Node, ItemId Item), StockLevel> _stock = [];
    private readonly SortedDictionary<string, TimeWeightedMonitor> _stored = new(StringComparer.Ordinal);
    private double _initialTonnes, _receivedTonnes, _takenTonnes, _lostTonnes;

    /// <summary>Where every tonne of tracked stock came from and went: stock at the start, deliveries and supply in; loading and losses out.</summary>
    internal StockBalance StockBalance() => new(_initialTonnes, _receivedTonnes, _suppliedTonnes, _takenTonnes, _lostTonnes, _stock.Values.Sum(l => l.Tonnes));

    private void InitStock()
    {
        foreach (var entry in _scenario.Stock)
        {
            Level(entry.At, entry.Item).Tonnes += entry.Tonnes;
            StoredMonitor(entry.At).Add(entry.Tonnes);
            StockSpace(entry.At, entry.Item, entry.Tonnes);
            _initialTonnes += entry.Tonnes;
        }
    }

    private StockLevel Level(NodeId node, ItemId item)
    {
        if (!_stock.TryGetValue((node, item), out var level)) _stock[(node, item)] = level = new StockLevel(0);
        return level;
    }

    private TimeWeightedMonitor StoredMonitor(NodeId node)
    {
        if (!_stored.TryGetValue(node.Value, out var monitor)) _stored[node.Value] = monitor = new TimeWeightedMonitor(_sim, keepSeries: RecordsTimeline);
        return monitor;
    }

    private double AvailableStock(NodeId node, ItemId item) =>
        _stock.TryGetValue((node, item), out var level) ? level.Available : double.PositiveInfinity;

    private void ClaimStock(NodeId node, ItemId item, double tonnes)
    {
        if (_stock.TryGetValue((node, item), out var level)) level.Claimed += tonnes;
    }

    /// <summary>Withdraws up to the claimed tonnes; returns what was there.</summary>
    private double TakeClaimedStock(int node, ItemId item, double claimed)
    {
        var id = _network.Nodes[node];
        if (!_stock.TryGetValue((id, item), out var level)) return claimed;
        double taken = Math.Min(claimed, level.Tonnes);
        level.Claimed = Math.Max(0, level.Claimed - claimed);
        level.Tonnes -= taken;
        StoredMonitor(id).Add(-taken);
        StockSpace(id, item, -taken);
        _takenTonnes += taken;
        return taken;
    }

    /// <summary>Whether cargo of this item unloaded at this node joins stock (and so takes storage space).</summary>
    private bool Stores(int node, ItemId item) => _stock.ContainsKey((_network.Nodes[node], item));

    /// <summary>
    /// Cargo unloaded where the scenario keeps stock of that item (a hub being filled) joins the stock,
    /// in space taken for it at the gate; anywhere else it is handed over to the partner (districts consume it).
    /// </summary>
    private void Receive(int node, ItemId item, double tonnes)
    {
        var id = _network.Nodes[node];
        if (!_stock.TryGetValue((id, item), out var level)) return;
        level.Tonnes += tonnes;
        _receivedTonnes += tonnes;
        StoredMonitor(id).Add(tonnes);
        RequestEpoch(); // stock that requests waited for may be here now
    }

    private void LoseStock(NodeId node, double share)
    {
        foreach (var ((at, item), level) in _stock.Where(s => s.Key.Node == node).OrderBy(s => s.Key.Item.Value, StringComparer.Ordinal))
        {
            double lost = level.Tonnes * share;
            level.Tonnes -= lost;
            StoredMonitor(at).Add(-lost);
            StockSpace(at, item, -lost);
            _lostTonnes += lost;
        }
        TrackStockout();
    }
}

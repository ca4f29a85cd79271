// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Hazards;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>
/// Supply: shipments arriving into entry nodes on a schedule that may slip, unloaded through the node's
/// handling under its hazards, into its stock within its storage; and <c>stockout_h</c>, the hours an
/// item was out of stock at a node while requests waited for it.
/// </summary>
public sealed partial class ResponseModel
{
    private readonly List<SupplyArrival> _supplied = [];
    private int[] _nodeClosures = [];
    private bool _tracksStockout;
    private double _suppliedTonnes;

    /// <summary>Every shipment scheduled before the horizon, in supply then slot order, with its drawn arrival time.</summary>
    internal IReadOnlyList<SupplyArrival> Supplied => _supplied;

    /// <summary>
    /// A supplied item becomes stock the model tracks at its node (from zero if the file gives no stock
    /// there): requests from it then wait for the cargo to land instead of finding it there from the start.
    /// </summary>
    private void InitSupply()
    {
        _nodeClosures = new int[_network.Nodes.Count];
        _tracksStockout = _scenario.Supply.Count > 0;
        foreach (var supply in _scenario.Supply)
        {
            Level(supply.At, supply.Item);
            StoredMonitor(supply.At);
        }
    }

    /// <summary>
    /// Each supply draws the arrival time of every shipment up front from its own stream ("supply", id), in
    /// slot order, so the draws depend on nothing else in the run and no other stream changes.
    /// </summary>
    private void StartSupply()
    {
        foreach (var supply in _scenario.Supply)
        {
            var rng = _sim.Streams.For("supply", supply.Id);
            int n = 0;
            foreach (var slot in supply.Slots())
            {
                if (slot >= _scenario.Horizon) break;
                var arrives = slot + SimTime.FromHours(Math.Max(0, supply.Arrival.Sample(rng)));
                var shipment = new SupplyArrival(supply, ++n, arrives);
                _supplied.Add(shipment);
                if (arrives < _scenario.Horizon) _sim.Process(Shipment(shipment), $"{supply.Id}-{n}");
            }
        }
    }

    /// <summary>
    /// Arrives, then unloads piece by piece: as much as the node's storage has room for (the rest waits at
    /// the gate), each piece through the node's handling at its rate times any capacity cut, never while a
    /// closure of the node lasts. Each piece becomes stock when handled.
    /// </summary>
    private IEnumerable<Event> Shipment(SupplyArrival shipment)
    {
        if (shipment.Arrives > _sim.Now) yield return _sim.Timeout(shipment.Arrives - _sim.Now);
        shipment.Arrived = true;
        int node = _network.IndexOf(shipment.At);
        double perTonne = CubicMetresPerTonne(shipment.Item);
        while (shipment.Tonnes - shipment.Stored > Tonnage.Epsilon)
        {
            while (_nodeClosures[node] > 0) yield return _networkChanged;
            double piece = shipment.Tonnes - shipment.Stored;
            if (_space[node] is { } space)
            {
                piece = Math.Min(piece, Math.Min(space.FreeTonnes, perTonne > 0 ? space.FreeCubicMetres / perTonne : double.PositiveInfinity));
                if (piece <= Tonnage.Epsilon)
                {
                    AtGate(+1);
                    yield return SpaceFreedEvent();
                    AtGate(-1);
                    continue;
                }
                space.Change(piece, piece * perTonne);
            }
            foreach (var e in NodeHandling(node, piece)) yield return e;
            Level(shipment.At, shipment.Item).Tonnes += piece;
            StoredMonitor(shipment.At).Add(piece);
            shipment.Stored += piece;
            _suppliedTonnes += piece;
            RequestEpoch(); // requests may have waited for this stock
        }
        shipment.StoredAt = _sim.Now;
    }

    /// <summary>A closure of the node itself (not of one of its links) stops unloading there until it ends.</summary>
    private void CountNodeClosure(Hazard hazard, bool begin)
    {
        if (hazard.Node is { } node) _nodeClosures[_network.IndexOf(node)] += begin ? 1 : -1;
    }

    /// <summary>
    /// Brings each tracked stock's out-of-stock clock up to date: an item is out of stock at a node while
    /// nothing of it is free there and some open request waits to leave from there with it. Called where
    /// either can change: around every decision epoch (which every arrival of cargo or requests asks for)
    /// and after stock is lost.
    /// </summary>
    private void TrackStockout()
    {
        if (!_tracksStockout) return;
        foreach (var (key, level) in _stock)
        {
            bool isOut = level.Available <= Tonnage.Epsilon && _open.AnyWaitingFor(key.Item1, key.Item2);
            if (isOut && level.OutSince is null) level.OutSince = _sim.Now;
            else if (!isOut && level.OutSince is { } since)
            {
                level.OutHours += (_sim.Now - since).Hours;
                level.OutSince = null;
            }
        }
    }

    /// <summary>Hours out of stock per "node.item", up to now; null when the scenario has no supply (the KPI is then not reported).</summary>
    private SortedDictionary<string, double>? StockoutHours()
    {
        if (!_tracksStockout) return null;
        TrackStockout();
        var hours = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var ((node, item), level) in _stock)
        {
            hours[$"{node}.{item}"] = level.OutHours + (level.OutSince is { } since ? (_sim.Now - since).Hours : 0);
        }
        return hours;
    }
}

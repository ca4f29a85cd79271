// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>
/// Warehouses that fill up: a node with <c>storage_t</c> or <c>storage_m3</c> holds no more than that.
/// Stock takes space, and so do storage requests while they are held and cargo let in at the gate until
/// it is stored. Cargo that would join the stock of a full node waits at the gate (counted in
/// <c>storage_blocked_h</c>), what fits going in piece by piece, until loading or a hazard frees the space; cargo handed over to a partner
/// (anything unloaded where the node keeps no stock of its item) takes none.
/// </summary>
public sealed partial class ResponseModel
{
    private NodeSpace?[] _space = [];
    private readonly Dictionary<ItemId, double> _cubicMetresPerTonne = [];

    /// <summary>Succeeds when space is freed anywhere; created only while something waits for space, so a run with none adds no event.</summary>
    private Event? _spaceFreed;

    private int _atGate;
    private SimTime _gateChanged;
    private double _blockedHours;
    private int _storageRefused;
    private int _storageDelayed;
    private readonly HashSet<string> _storageWaiting = new(StringComparer.Ordinal);

    private void InitStorage()
    {
        _space = _network.Nodes.Select(id => _scenario.Network.GetNode(id) is { HasStorageLimit: true } node
            ? new NodeSpace(node.StorageTonnes, node.StorageCubicMetres)
            : null).ToArray();
        foreach (var item in _scenario.Items) _cubicMetresPerTonne.TryAdd(item.Id, item.TonnesPerM3 > 0 ? 1 / item.TonnesPerM3 : 0);
        foreach (var request in _scenario.Demand.Storage) StoredMonitor(request.At); // storage_peak names every node that may store
    }

    /// <summary>Hours at gates, or null when no gate can ever close in this scenario (the KPI is then not reported).</summary>
    private double? StorageBlockedHours() =>
        _space.Any(s => s is not null) && (_scenario.Supply.Count > 0 || _scenario.Demand.Storage.Count > 0 || DeliversIntoLimitedStock() || HoldsChainsInLimitedStorage())
            ? BlockedHours()
            : null;

    /// <summary>
    /// Whether some demand may unload into the stock of a node with a storage limit (a hub being filled):
    /// only then can a vehicle meet a full gate. Decided from the file alone, so that every replication
    /// reports the same KPIs, and a scenario where no gate can close reports none of the new ones.
    /// </summary>
    private bool DeliversIntoLimitedStock()
    {
        bool Limited(NodeId node, ItemId item) => _space[_network.IndexOf(node)] is not null && _stock.ContainsKey((node, item));
        var d = _scenario.Demand;
        return d.Requests.Any(r => Limited(r.To, r.Item))
            || d.Arrivals.Any(a => a.To.Any(to => Limited(to, a.Item)))
            || d.Needs.Any(n => Limited(n.At, n.Item));
    }

    /// <summary>Whether cargo between the legs of a chain may wait at a transfer node with a storage limit (its gate can then close).</summary>
    private bool HoldsChainsInLimitedStorage() =>
        _router is not null && Enumerable.Range(0, _space.Length).Any(i => _space[i] is not null && _network.NodeAt(i).TransferHours is not null);

    /// <summary>The space of a node with a storage limit, or null (for tests of the limit).</summary>
    internal NodeSpace? SpaceOf(NodeId node) => _space[_network.IndexOf(node)];

    private double CubicMetresPerTonne(ItemId item) => _cubicMetresPerTonne.GetValueOrDefault(item);

    /// <summary>Stock added to (positive) or taken from (negative) a node, in its space; taking frees space for whoever waits.</summary>
    private void StockSpace(NodeId node, ItemId item, double tonnes)
    {
        if (_space[_network.IndexOf(node)] is not { } space) return;
        space.Change(tonnes, tonnes * CubicMetresPerTonne(item));
        if (tonnes < 0) SpaceFreed();
    }

    private void SpaceFreed()
    {
        if (_spaceFreed is not { } freed) return;
        _spaceFreed = null;
        freed.Succeed();
    }

    /// <summary>The event to wait on for space to be freed.</summary>
    private Event SpaceFreedEvent() => _spaceFreed ??= _sim.Event();

    /// <summary>
    /// Gives back space taken at the gate for cargo that leaves without joining the stock (cargo
    /// held between legs, a storage request ending), and lets whoever waits for space try again.
    /// </summary>
    private void FreeSpace(int node, double tonnes, double cubicMetres)
    {
        if (_space[node] is not { } space) return;
        space.Change(-tonnes, -cubicMetres);
        SpaceFreed();
    }

    /// <summary>Counts vehicles and shipments at gates, integrating their number over time into blocked hours.</summary>
    private void AtGate(int delta)
    {
        _blockedHours += _atGate * (_sim.Now - _gateChanged).Hours;
        _gateChanged = _sim.Now;
        _atGate += delta;
    }

    private double BlockedHours() => _blockedHours + _atGate * (_sim.Now - _gateChanged).Hours;

    private void StartStorageRequests()
    {
        foreach (var request in _scenario.Demand.Storage.OrderBy(r => r.From).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            if (request.From < _scenario.Horizon) _sim.Process(StorageService(request), request.Id);
        }
    }

    /// <summary>Takes the space at <c>from</c>, or as soon as it is free before <c>until</c> (delayed), else refuses; holds it until <c>until</c>.</summary>
    private IEnumerable<Event> StorageService(StorageRequestSpec request)
    {
        if (request.From > _sim.Now) yield return _sim.Timeout(request.From - _sim.Now);
        var space = _space[_network.IndexOf(request.At)];
        bool late = false;
        _storageWaiting.Add(request.Id);
        while (space is not null && !space.Fits(request.Tonnes, request.CubicMetres))
        {
            if (_sim.Now >= request.Until)
            {
                _storageWaiting.Remove(request.Id);
                _storageRefused++;
                yield break;
            }
            late = true;
            yield return _sim.AnyOf(SpaceFreedEvent(), _sim.Timeout(request.Until - _sim.Now));
        }
        _storageWaiting.Remove(request.Id);
        if (late) _storageDelayed++;
        space?.Change(request.Tonnes, request.CubicMetres);
        StoredMonitor(request.At).Add(request.Tonnes);
        yield return _sim.Timeout(request.Until - _sim.Now);
        StoredMonitor(request.At).Add(-request.Tonnes);
        FreeSpace(_network.IndexOf(request.At), request.Tonnes, request.CubicMetres);
    }
}

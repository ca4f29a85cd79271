// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>
/// Chains: a request whose fastest route changes mode at transfer nodes is carried leg by leg. Each leg is
/// an open request of its own (id "request#n") from where the cargo is to where the route changes mode next,
/// with the request's priority and due time; strategies serve it like any request. Cargo unloaded at a
/// transfer node waits there (in the node's stock if it keeps stock of the item, else apart, in space taken
/// at its gate) for the node's transfer time, then becomes the next leg, whose route is chosen afresh, and
/// chosen again while none of it is claimed whenever the network changes. A scenario without transfer nodes
/// has no chains and runs exactly as before.
/// </summary>
public sealed partial class ResponseModel
{
    /// <summary>Null when no request can become a chain (no transfer node, or one mode only).</summary>
    private ChainRouter? _router;

    private readonly List<RequestState> _legs = [];
    private readonly SortedDictionary<string, double> _tonnesByMode = new(StringComparer.Ordinal);
    private int _transfers;
    private int _rechosen;

    /// <summary>Legs re-routed because the network changed before they left (for tests).</summary>
    internal int Rechosen => _rechosen;

    /// <summary>Every leg created so far (for tests).</summary>
    internal IReadOnlyList<RequestState> Legs => _legs;

    private void InitChains()
    {
        var router = new ChainRouter(_network, _scenario.Network, _scenario.Fleet);
        if (!router.HasTransfers) return;
        _router = router;
        foreach (var type in _scenario.Fleet) _tonnesByMode.TryAdd(LinkId.ModeName(type.Mode), 0);
    }

    /// <summary>Opens the request's first leg instead of the request when its fastest route is a chain.</summary>
    private bool StartChain(RequestState request)
    {
        if (_router?.FirstLeg(_network.IndexOf(request.From), _network.IndexOf(request.To)) is not { IsChain: true } first) return false;
        request.Legs = [];
        request.Open();
        OpenLeg(request, request.From, request.Tonnes, request.Ready, first, heldApart: false, leg: 1);
        return true;
    }

    private void OpenLeg(RequestState parent, NodeId from, double tonnes, SimTime ready, ChainLeg route, bool heldApart, int leg)
    {
        var piece = new RequestState
        {
            Id = $"{parent.Id}#{(parent.Legs!.Count + 1).ToString(CultureInfo.InvariantCulture)}", Partner = parent.Partner, Item = parent.Item,
            From = from, To = _network.Nodes[route.To], Tonnes = tonnes, CubicMetresPerTonne = parent.CubicMetresPerTonne,
            Ready = ready, Due = parent.Due, Priority = parent.Priority, Sequence = NextSequence(),
            People = parent.Tonnes > 0 ? parent.People * tonnes / parent.Tonnes : 0, IsNeed = parent.IsNeed,
            Parent = parent, Leg = leg, HeldApart = heldApart,
        };
        piece.Expect(route.Mode);
        parent.Legs.Add(piece);
        _legs.Add(piece);
        if (!_requestsById.TryAdd(piece.Id, piece)) throw new InvalidOperationException($"two requests share the id '{piece.Id}'");
        piece.Open();
        _open.Add(piece);
        RequestEpoch();
    }

    /// <summary>Counts tonnes unloaded by mode (every unload, chained or not), where the scenario can have chains.</summary>
    private void CountByMode(VehicleUnit v, double tonnes)
    {
        if (_router is null) return;
        string mode = LinkId.ModeName(v.Type.Mode);
        _tonnesByMode[mode] = _tonnesByMode.GetValueOrDefault(mode) + tonnes;
    }

    /// <summary>Whether cargo of this request unloaded at its destination stays for a next leg apart from stock.</summary>
    private bool HeldApartAt(RequestState request, int node) =>
        request.Parent is { } parent && request.To != parent.To && !Stores(node, request.Item);

    /// <summary>
    /// A leg's cargo unloaded: at the request's destination it is delivered; at a transfer node it joins the
    /// node's stock (or waits apart in the space its gate gave) and becomes the next leg after the transfer time.
    /// </summary>
    private void LegArrived(RequestState piece, int node, double tonnes)
    {
        var parent = piece.Parent!;
        if (piece.To == parent.To)
        {
            parent.Deliver(tonnes, _sim.Now);
            Receive(node, piece.Item, tonnes);
            return;
        }
        _transfers++;
        parent.Transfer(tonnes);
        bool apart = !Stores(node, piece.Item);
        if (apart) StoredMonitor(_network.Nodes[node]).Add(tonnes);
        else Receive(node, piece.Item, tonnes);
        _sim.Process(Transfer(piece, node, tonnes, apart), $"{piece.Id}>");
    }

    private IEnumerable<Event> Transfer(RequestState piece, int node, double tonnes, bool apart)
    {
        var hours = _network.NodeAt(node).TransferHours ?? 0;
        if (hours > 0) yield return _sim.Timeout(SimTime.FromHours(hours));
        var parent = piece.Parent!;
        // With no route now, the leg goes straight for the destination and waits like any request for the network to change.
        var route = _router!.FirstLeg(node, _network.IndexOf(parent.To)) ?? new ChainLeg(_network.IndexOf(parent.To), piece.Mode!.Value, IsChain: false);
        OpenLeg(parent, _network.Nodes[node], tonnes, _sim.Now, route, apart, piece.Leg + 1);
    }

    /// <summary>After a leg's cargo left a transfer node: the space it held apart is free again.</summary>
    private void LegLeft(RequestState piece, int node, double tonnes)
    {
        if (!piece.HeldApart) return;
        StoredMonitor(_network.Nodes[node]).Add(-tonnes);
        FreeSpace(node, tonnes, tonnes * piece.CubicMetresPerTonne);
    }

    /// <summary>A dropped leg's cargo waiting apart at a transfer node is given up there, and its space freed.</summary>
    private void LegDropped(RequestState piece, double tonnes)
    {
        if (piece.Leg > 1) LegLeft(piece, _network.IndexOf(piece.From), tonnes);
    }

    /// <summary>The network changed: every open leg none of which is claimed yet takes the fastest route from where it is now.</summary>
    private void Rechoose()
    {
        if (_router is null) return;
        foreach (var piece in _open.ByReady.ToArray()) // a leg sent elsewhere moves to another route
        {
            if (piece.Parent is not { } parent || piece.Unassigned < piece.Tonnes - Demand.Tonnage.Epsilon) continue;
            if (_router.FirstLeg(_network.IndexOf(piece.From), _network.IndexOf(parent.To)) is not { } route) continue;
            var to = _network.Nodes[route.To];
            if (to == piece.To && route.Mode == piece.Mode) continue;
            _open.Retarget(piece, to, route.Mode);
            _rechosen++;
        }
    }

    /// <summary>One row of legs.csv per leg created before the horizon.</summary>
    private IReadOnlyList<LegRecord> LegRecords() => _legs.Select(l => new LegRecord(
        Replication, l.Parent!.Id, l.Leg, l.Id, l.From.Value, l.To.Value, l.Mode is { } m ? LinkId.ModeName(m) : "", l.Tonnes, l.Delivered,
        l.Ready.Hours, l.Dispatched?.Hours, l.IsFullyDelivered ? l.LastDelivered?.Hours : null, string.Join(' ', l.Vehicles ?? []))).ToArray();
}

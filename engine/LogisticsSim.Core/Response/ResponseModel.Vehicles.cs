// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using System.Globalization;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Monitoring;

namespace LogisticsSim.Core.Response;

/// <summary>Vehicles: their process of travelling leg by leg, loading, unloading and returning to base.</summary>
public sealed partial class ResponseModel
{
    private readonly SortedDictionary<string, TimeWeightedMonitor> _busyByMode = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _unitsByMode = new(StringComparer.Ordinal);

    private void InitFleet()
    {
        for (int t = 0; t < _scenario.Fleet.Count; t++)
        {
            var type = _scenario.Fleet[t];
            string mode = LinkId.ModeName(type.Mode);
            if (!_busyByMode.ContainsKey(mode)) _busyByMode[mode] = new TimeWeightedMonitor(_sim, keepSeries: RecordsTimeline);
            _unitsByMode[mode] = _unitsByMode.GetValueOrDefault(mode) + type.Count;
            for (int k = 1; k <= type.Count; k++)
            {
                string id = $"{type.Id}-{k.ToString(CultureInfo.InvariantCulture)}";
                var unit = new VehicleUnit(id, type, t, _network.IndexOf(type.Base), _sim.Streams.For("travel", id)) { Position = _vehicles.Count };
                _vehicles.Add(unit);
                _idle.Add(unit);
                _vehiclesById[id] = unit;
                unit.Process = _sim.Process(Drive(unit), id);
            }
        }
    }

    private IEnumerable<Event> Drive(VehicleUnit v)
    {
        while (true)
        {
            if (!v.HasWork)
            {
                if (v.Location == v.Base)
                {
                    v.Wake = _sim.Event();
                    yield return v.Wake;
                    v.Wake = null;
                }
                else
                {
                    foreach (var e in Travel(v, v.Base, stopForWork: true)) yield return e;
                }
                continue;
            }
            var stop = v.Plan.Peek();
            foreach (var e in Travel(v, stop.Node, stopForWork: false)) yield return e;
            foreach (var e in Unload(v, stop)) yield return e;
            foreach (var e in Load(v, stop)) yield return e;
            v.Plan.Dequeue();
            if (!v.HasWork)
            {
                _idle.Add(v);
                _busyByMode[LinkId.ModeName(v.Type.Mode)].Add(-1);
                RequestEpoch(); // free again
            }
        }
    }

    /// <summary>
    /// Leg by leg along the fastest open path, re-planned at every node, so a road that closes ahead
    /// is avoided; with no open path it waits for the network to change. A return to base stops at
    /// the next node when new work comes.
    /// </summary>
    private IEnumerable<Event> Travel(VehicleUnit v, int target, bool stopForWork)
    {
        while (v.Location != target)
        {
            if (stopForWork && v.HasWork) yield break;
            if (v.BrokenUntil > _sim.Now)
            {
                yield return _sim.Timeout(v.BrokenUntil - _sim.Now);
                continue;
            }
            int arc = _network.NextArc(v.Location, target, v.Type.Mode, v.Type.SpeedKmh);
            if (arc < 0)
            {
                yield return _networkChanged;
                continue;
            }
            double hours = _network.SampleHours(arc, v.Type.SpeedKmh, v.TravelRng);
            var legEnd = _sim.Now + SimTime.FromHours(hours);
            if (_linkTonnes is not null) CountFlow(_network.Arc(arc).Arc.Link.Id, v);
            v.OnLeg = true;
            int from = v.Location;
            v.Location = _network.Arc(arc).To;
            _idle.Moved(v, from);
            v.LegEnd = legEnd;
            while (_sim.Now < legEnd)
            {
                yield return _sim.Timeout(legEnd - _sim.Now);
                if (v.Process!.Interrupted) legEnd += v.BrokenUntil - _sim.Now; // stopped on the road for the repair
                v.LegEnd = legEnd;
            }
            v.OnLeg = false;
            v.KmTravelled += _network.Arc(arc).Arc.Link.LengthKm;
            v.HoursMoving += hours;
        }
    }

    /// <summary>
    /// Unloads what the stop plans. Where the node's storage is limited, cargo that takes space there (stock
    /// of its item, or cargo held between legs) goes in as far as there is room, the first piece with any
    /// cargo that takes none, and the rest waits at the gate for space, piece by piece as supply does: a load
    /// larger than the whole store is then delivered as the store empties rather than held outside for ever.
    /// The vehicle's own unload time is spent once, with the last piece.
    /// </summary>
    private IEnumerable<Event> Unload(VehicleUnit v, RoutedStop stop)
    {
        double tonnes = 0;
        foreach (var (request, planned) in stop.Unload) tonnes += Math.Min(planned, v.Cargo.GetValueOrDefault(request));
        if (tonnes <= 0) yield break;
        if (_space[stop.Node] is not { } space)
        {
            foreach (var e in Handle(v, stop.Node, tonnes, v.Type.UnloadTime)) yield return e;
            foreach (var (request, planned) in stop.Unload) Deliver(v, request, stop.Node, Math.Min(planned, v.Cargo.GetValueOrDefault(request)));
            yield break;
        }
        // What is left to unload per request, and the m3 a tonne of it takes here (null: it takes no space).
        var left = new List<(RequestState Request, double Tonnes, double? PerTonne)>(stop.Unload.Count);
        foreach (var (request, planned) in stop.Unload)
        {
            double t = Math.Min(planned, v.Cargo.GetValueOrDefault(request));
            if (t <= 0) continue;
            // Cargo held apart between legs takes (and gives back, when its next leg loads) its own volume; stock takes the item's.
            double? perTonne = HeldApartAt(request, stop.Node) ? request.CubicMetresPerTonne
                : Stores(stop.Node, request.Item) ? CubicMetresPerTonne(request.Item) : null;
            left.Add((request, t, perTonne));
        }
        var piece = new double[left.Count];
        while (left.Any(l => l.Tonnes > Tonnage.Epsilon))
        {
            double freeTonnes = space.FreeTonnes, freeCubicMetres = space.FreeCubicMetres, pieceTonnes = 0, stored = 0, cubicMetres = 0;
            for (int k = 0; k < left.Count; k++)
            {
                var (_, t, perTonne) = left[k];
                if (perTonne is { } m3)
                {
                    t = Math.Min(t, Math.Min(freeTonnes - stored, m3 > 0 ? (freeCubicMetres - cubicMetres) / m3 : double.PositiveInfinity));
                    // What fits up to rounding goes in whole, so no sliver is left behind for a piece of its own.
                    if (left[k].Tonnes - t <= Tonnage.Epsilon) t = left[k].Tonnes;
                    t = Math.Max(0, t);
                    stored += t;
                    cubicMetres += t * m3;
                }
                piece[k] = t;
                pieceTonnes += t;
            }
            if (pieceTonnes <= Tonnage.Epsilon)
            {
                AtGate(+1); // a full warehouse keeps the rest waiting outside
                yield return SpaceFreedEvent();
                AtGate(-1);
                continue;
            }
            space.Change(stored, cubicMetres);
            bool last = true;
            for (int k = 0; k < left.Count; k++) last &= left[k].Tonnes - piece[k] <= Tonnage.Epsilon;
            foreach (var e in Handle(v, stop.Node, pieceTonnes, last ? v.Type.UnloadTime : SimTime.Zero)) yield return e;
            for (int k = 0; k < left.Count; k++)
            {
                if (piece[k] <= 0) continue;
                Deliver(v, left[k].Request, stop.Node, piece[k]);
                left[k] = left[k] with { Tonnes = last ? 0 : left[k].Tonnes - piece[k] };
            }
        }
    }

    /// <summary>Hands over this much of a request's cargo from the vehicle at a node: to its leg's next step, or to the node.</summary>
    private void Deliver(VehicleUnit v, RequestState request, int node, double t)
    {
        double onBoard = v.Cargo.GetValueOrDefault(request);
        t = Math.Min(t, onBoard);
        if (t <= 0) return;
        v.Cargo[request] = onBoard - t;
        if (v.Cargo[request] <= Tonnage.Epsilon) v.Cargo.Remove(request);
        request.Deliver(t, _sim.Now);
        CountByMode(v, t);
        if (request.Parent is not null) LegArrived(request, node, t);
        else Receive(node, request.Item, t);
    }

    /// <summary>Loads what was claimed, or what stock is left if a hazard destroyed some; the shortfall reopens the request.</summary>
    private IEnumerable<Event> Load(VehicleUnit v, RoutedStop stop)
    {
        if (stop.Load.Count == 0) yield break;
        if (v.BrokenUntil > _sim.Now) yield return _sim.Timeout(v.BrokenUntil - _sim.Now);
        var loaded = new List<(RequestState Request, double Tonnes)>(stop.Load.Count);
        double tonnes = 0;
        foreach (var (request, claimed) in stop.Load)
        {
            double t = TakeClaimedStock(stop.Node, request.Item, claimed);
            if (t < claimed)
            {
                request.Unclaim(claimed - t);
                if (request.IsOpen) _open.Add(request);
                RequestEpoch();
            }
            if (t > 0) loaded.Add((request, t));
            tonnes += t;
        }
        if (tonnes <= 0) yield break;
        foreach (var e in Handle(v, stop.Node, tonnes, v.Type.LoadTime)) yield return e;
        foreach (var (request, t) in loaded)
        {
            if ((request.Parent ?? request).Dispatched is null) Undispatched.Add(-1);
            request.Load(t, _sim.Now);
            if (request.Parent is not null)
            {
                request.LoadedBy(v.Id);
                LegLeft(request, stop.Node, t);
            }
            v.Cargo[request] = v.Cargo.GetValueOrDefault(request) + t;
        }
    }

    /// <summary>The node's handling (one vehicle at a time, at its rate times any hazard factor), then the vehicle's own fixed time.</summary>
    private IEnumerable<Event> Handle(VehicleUnit v, int node, double tonnes, SimTime fixedTime)
    {
        foreach (var e in NodeHandling(node, tonnes)) yield return e;
        if (fixedTime > SimTime.Zero) yield return _sim.Timeout(fixedTime);
    }

    /// <summary>The node's handling of this much cargo (vehicles and supply alike), one at a time at its rate times any hazard factor; none without a rate.</summary>
    private IEnumerable<Event> NodeHandling(int node, double tonnes)
    {
        if (_handling[node] is { } handling)
        {
            var turn = handling.Request();
            yield return turn;
            double rate;
            while (!((rate = _network.NodeAt(node).HandlingTonnesPerHour!.Value * _network.CapacityFactor(node)) > 0))
            {
                yield return _networkChanged; // a node at zero capacity handles nothing until a hazard ends
            }
            yield return _sim.Timeout(SimTime.FromHours(tonnes / rate));
            handling.Release(turn);
        }
    }
}

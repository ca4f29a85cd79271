// SPDX-License-Identifier: Apache-2.0
using System.Globalization;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>Decision epochs: the strategy sees a snapshot, and the model checks and carries out its decisions.</summary>
public sealed partial class ResponseModel
{
    /// <summary>Tonnes claimed by dispatches so far, for dispatched_by_plan and dispatched_by_rule.</summary>
    private double _dispatchedTonnes;

    /// <summary>
    /// The vehicles without work, by fleet position: an epoch looks at these for free vehicles rather than at the
    /// whole fleet, most of which is busy when requests pile up. Kept per mode and piece of the network
    /// (<see cref="IdleVehicles"/>): updated where work is given (<see cref="Carry"/>), where the last stop is done
    /// (<c>Drive</c>) and wherever an idle vehicle moves.
    /// </summary>
    private readonly IdleVehicles _idle;

    /// <summary>Which nodes the vehicles of each mode might get to: an epoch reads only the routes and vehicles within reach of each other.</summary>
    private readonly Reach _reach;

    private int[][] _marks = [];    // per mode, per piece: the epoch stamp when a free vehicle of that mode is in it
    private int _marksVersion = -1; // the pieces' version (Reach) the marks are sized for
    private int _stamp;

    /// <summary>
    /// The routes with open requests whose origin some free vehicle might reach, in the order of their most urgent request:
    /// every route a free vehicle can serve is among them. Costs the free vehicles and the origins with open requests, read
    /// as numbers, and then only the routes read.
    /// </summary>
    private IEnumerable<(NodeId From, NodeId To)> RoutesWithinReach()
    {
        if (_marksVersion != _reach.Version)
        {
            _marks = Enumerable.Range(0, _reach.Modes.Count).Select(m => new int[_reach.Pieces(m)]).ToArray();
            _marksVersion = _reach.Version;
        }
        int stamp = ++_stamp;
        foreach (int i in _idle.All)
        {
            var v = _vehicles[i];
            if (v.BrokenUntil > _sim.Now) continue;
            int mode = _reach.ModeIndex(v.Type.Mode);
            _marks[mode][_reach.Piece(mode, v.Location)] = stamp;
        }
        return _open.RoutesFrom(origin =>
        {
            for (int m = 0; m < _marks.Length; m++)
            {
                if (_marks[m][_reach.Piece(m, origin)] == stamp) return true;
            }
            return false;
        });
    }

    private bool IsAvailable(VehicleUnit v) => !v.HasWork && v.BrokenUntil <= _sim.Now;

    private bool AnyAvailable()
    {
        foreach (int i in _idle.All)
        {
            if (_vehicles[i].BrokenUntil <= _sim.Now) return true;
        }
        return false;
    }

    private void RunEpoch()
    {
        TrackStockout();
        // Nothing to decide: skip the call, which keeps event-driven rules linear in the number of events.
        if (_open.Count == 0 || !AnyAvailable()) return;
        var decisions = _strategy.Decide(new Snapshot(this));
        foreach (var decision in decisions)
        {
            switch (decision)
            {
                case Dispatch dispatch:
                    Carry(dispatch);
                    break;
                case Drop drop:
                    if (!_requestsById.TryGetValue(drop.RequestId, out var request)) throw Reject(decision, "no such request");
                    if (request.Legs is not null) throw Reject(decision, $"{request.Id} is carried in legs: drop those");
                    _open.Remove(request);
                    double dropped = request.Unassigned;
                    request.Drop();
                    if (request.Parent is not null) LegDropped(request, dropped);
                    break;
                default:
                    throw Reject(decision, "unknown decision");
            }
        }
        TrackStockout(); // claims and drops may have left requests waiting for stock no longer free
        if (_strategy.NextEpoch is { } next) WakeAt(next);
    }

    /// <summary>
    /// Asks for an epoch at a time the strategy named, unless one is already due between now and then:
    /// that epoch asks the strategy again, which names its time again. A wake-up made redundant by an
    /// earlier one still fires, and costs only an extra look.
    /// </summary>
    private void WakeAt(SimTime at)
    {
        if (at <= _sim.Now || (_wakeAt is { } pending && pending > _sim.Now && pending <= at)) return;
        _wakeAt = at;
        _sim.Timeout(at - _sim.Now).AddListener(_wakeListener ??= new WakeListener(this));
    }

    private SimTime? _wakeAt;
    private WakeListener? _wakeListener;

    private sealed class WakeListener(ResponseModel model) : IEventListener
    {
        public void OnEvent(Event ev) => model.RequestEpoch();
    }

    /// <summary>Checks a route completely before changing anything, then claims its cargo and sets the vehicle off.</summary>
    private void Carry(Dispatch dispatch)
    {
        if (!_vehiclesById.TryGetValue(dispatch.VehicleId, out var v)) throw Reject(dispatch, "no such vehicle");
        if (!IsAvailable(v)) throw Reject(dispatch, $"vehicle {v.Id} is not available");
        if (dispatch.Stops.Count == 0) throw Reject(dispatch, "a route needs at least one stop");
        var stops = new List<RoutedStop>(dispatch.Stops.Count);
        var onBoard = new Dictionary<RequestState, double>();
        var claims = new Dictionary<RequestState, double>();
        double tonnes = 0, cubicMetres = 0;
        foreach (var stop in dispatch.Stops)
        {
            if (!_network.Nodes.Contains(stop.Node)) throw Reject(dispatch, $"no node {stop.Node}");
            var unload = Parts(dispatch, stop.Unload);
            foreach (var (request, t) in unload)
            {
                if (request.To != stop.Node) throw Reject(dispatch, $"{request.Id} goes to {request.To}, not {stop.Node}");
                if (onBoard.GetValueOrDefault(request) < t - Tonnage.Epsilon) throw Reject(dispatch, $"unloads more of {request.Id} than it carries");
                onBoard[request] = onBoard.GetValueOrDefault(request) - t;
                tonnes -= t;
                cubicMetres -= t * request.CubicMetresPerTonne;
            }
            var load = Parts(dispatch, stop.Load);
            foreach (var (request, t) in load)
            {
                if (request.From != stop.Node) throw Reject(dispatch, $"{request.Id} leaves from {request.From}, not {stop.Node}");
                double claimed = claims.GetValueOrDefault(request) + t;
                if (claimed > request.Unassigned + Tonnage.Epsilon) throw Reject(dispatch, $"claims {claimed:0.###} t of {request.Id}, which has {request.Unassigned:0.###} t open");
                claims[request] = claimed;
                onBoard[request] = onBoard.GetValueOrDefault(request) + t;
                tonnes += t;
                cubicMetres += t * request.CubicMetresPerTonne;
                if (tonnes > v.Type.PayloadTonnes + Tonnage.Epsilon) throw Reject(dispatch, $"loads {tonnes:0.###} t on a {v.Type.PayloadTonnes:0.###} t vehicle");
                if (v.Type.VolumeM3 is { } volume && cubicMetres > volume + Tonnage.Epsilon) throw Reject(dispatch, $"loads {cubicMetres:0.###} m3 on a {volume:0.###} m3 vehicle");
            }
            stops.Add(new RoutedStop(_network.IndexOf(stop.Node), unload, load));
        }
        if (onBoard.FirstOrDefault(kv => kv.Value > Tonnage.Epsilon) is { Key: { } left }) throw Reject(dispatch, $"never unloads {left.Id}");
        foreach (var group in claims.GroupBy(c => (c.Key.From, c.Key.Item)))
        {
            double wanted = group.Sum(c => c.Value);
            if (wanted > AvailableStock(group.Key.From, group.Key.Item) + Tonnage.Epsilon)
            {
                throw Reject(dispatch, $"claims {wanted:0.###} t of {group.Key.Item} at {group.Key.From}, where {AvailableStock(group.Key.From, group.Key.Item):0.###} t are free");
            }
        }
        foreach (var (request, t) in claims)
        {
            _dispatchedTonnes += t;
            request.Claim(Math.Min(t, request.Unassigned));
            ClaimStock(request.From, request.Item, t);
            if (!request.IsOpen) _open.Remove(request);
        }
        foreach (var stop in stops) v.Plan.Enqueue(stop);
        _idle.Remove(v);
        _busyByMode[LinkId.ModeName(v.Type.Mode)].Add(1);
        v.Wake?.Succeed();
    }

    private List<(RequestState Request, double Tonnes)> Parts(Dispatch dispatch, IReadOnlyList<CargoPart> parts)
    {
        var resolved = new List<(RequestState, double)>(parts.Count);
        foreach (var part in parts)
        {
            if (!_requestsById.TryGetValue(part.RequestId, out var request)) throw Reject(dispatch, $"no request {part.RequestId}");
            if (request.Legs is not null) throw Reject(dispatch, $"{part.RequestId} is carried in legs ({part.RequestId}#1, ...): dispatch those");
            if (!(part.Tonnes > 0) || double.IsInfinity(part.Tonnes)) throw Reject(dispatch, $"{part.Tonnes} t of {part.RequestId} is not a positive amount");
            resolved.Add((request, part.Tonnes));
        }
        return resolved;
    }

    private StrategyException Reject(Decision decision, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"strategy '{_strategy.Name}' at {_sim.Now}: {why}: {decision}"));

    /// <summary>The strategy's read-only window on the model, built lazily for one epoch.</summary>
    private sealed class Snapshot(ResponseModel model) : ISnapshot
    {
        private IReadOnlyList<OpenRequest>? _requests;
        private IReadOnlyList<VehicleView>? _vehicles;
        private IReadOnlyList<VehicleView>? _free;

        public SimTime Now => model._sim.Now;

        public SimTime Horizon => model._scenario.Horizon;

        public ObjectiveWeights Objective => model._scenario.Objective;

        public IReadOnlyList<OpenRequest> Requests => _requests ??= model._open.ByReady.Select(r => r.View()).ToArray();

        public IEnumerable<(NodeId From, NodeId To)> Routes => model._open.Routes;

        public IEnumerable<OpenRequest> OnRoute(NodeId from, NodeId to)
        {
            if (model._open.OnRoute(from, to) is not { } queue) yield break;
            foreach (var r in queue) yield return r.View();
        }

        public IReadOnlyList<VehicleView> Vehicles => _vehicles ??= model._vehicles.Select(View).ToArray();

        public IReadOnlyList<VehicleView> FreeVehicles => _free ??= model._idle.All.Select(i => model._vehicles[i]).Where(model.IsAvailable).Select(View).ToArray();

        public int FreeVehicleCount => _free?.Count ?? model._idle.All.Count(i => model.IsAvailable(model._vehicles[i]));

        public IEnumerable<(NodeId From, NodeId To)> RoutesWithinReach => model.RoutesWithinReach();

        /// <summary>Per place (<see cref="Reach.Place"/>), the free vehicles that might reach its nodes: nodes of one place share the list.</summary>
        private Dictionary<int, VehicleView[]>? _near;

        public IReadOnlyList<VehicleView>? FreeVehiclesNear(NodeId node)
        {
            int at = model._network.IndexOf(node), place = model._reach.Place(at);
            _near ??= [];
            if (_near.TryGetValue(place, out var near)) return near;
            var list = new List<VehicleView>();
            foreach (int i in model._idle.Near(at))
            {
                if (model.IsAvailable(model._vehicles[i])) list.Add(View(model._vehicles[i]));
            }
            return _near[place] = [.. list];
        }

        private Dictionary<int, VehicleView>? _views; // one view per vehicle and epoch, however many lists hold it

        private VehicleView View(VehicleUnit v)
        {
            _views ??= [];
            if (_views.TryGetValue(v.Position, out var view)) return view;
            return _views[v.Position] = new(
                v.Id, v.Type, v.TypeIndex, model._network.Nodes[v.Location], v.OnLeg ? SimTime.Max(v.LegEnd, v.BrokenUntil) : SimTime.Max(Now, v.BrokenUntil),
                model.IsAvailable(v), v.BrokenUntil > Now);
        }

        public IReadOnlyList<NodeId> Nodes => model._network.Nodes;

        public int NetworkVersion => model._network.Version;

        public double AvailableStock(NodeId node, ItemId item) => model.AvailableStock(node, item);

        public double TravelHours(VehicleType type, NodeId from, NodeId to) =>
            model._network.Hours(model._network.IndexOf(from), model._network.IndexOf(to), type.Mode, type.SpeedKmh);

        public double TravelKm(VehicleType type, NodeId from, NodeId to) =>
            model._network.PathKm(model._network.IndexOf(from), model._network.IndexOf(to), type.Mode, type.SpeedKmh);

        public double HandlingHours(NodeId node, double tonnes)
        {
            int i = model._network.IndexOf(node);
            var rate = model._network.NodeAt(i).HandlingTonnesPerHour;
            return rate is null ? 0 : tonnes / (rate.Value * model._network.CapacityFactor(i));
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// A simulation of the known future from one epoch, for the hindsight reference: some decisions now,
/// then a rule (priority or lazy) at every later event (a request becoming ready, a vehicle becoming
/// free, a link closing or reopening, a time the rule asked for) until the end of the window, on expected
/// travel times along the foreseen network, with the foreseen breakdowns. Its cost is what the
/// <c>objective</c> KPI would add from now on, with the replication's weights: lateness, unmet tonnes
/// when the window reaches the horizon, deprivation and running cost (<see cref="State.Cost"/>). Cruder
/// than the model (no queues at handling nodes; a vehicle driving home is taken to be free only once it
/// is there), and the same for every decision it compares, which is all it is for.
/// </summary>
internal sealed class Rollout
{
    private readonly ISnapshot _real;
    private readonly ForeseenNetwork _network;
    private readonly OpenRequest[] _open;
    private readonly OpenRequest[] _future;
    private readonly (VehicleView View, NodeId Node, SimTime FreeAt)[] _vehicles;
    private readonly Dictionary<string, (SimTime Start, SimTime End)[]> _breakdowns;
    private readonly SimTime[] _changes;
    private readonly SimTime _end;
    private readonly bool _reachesHorizon;
    private readonly SimTime _horizon;
    private readonly IReadOnlyDictionary<string, double> _peoplePerTonne;
    private readonly ObjectiveWeights _weights;

    /// <param name="real">The epoch's snapshot.</param>
    /// <param name="network">The foreseen network.</param>
    /// <param name="foreseen">Requests not ready yet, soonest first.</param>
    /// <param name="startOf">Where and when each vehicle can start new work.</param>
    /// <param name="realisation">The replication's hazards and breakdowns.</param>
    /// <param name="options">Lookahead and request cap.</param>
    public Rollout(ISnapshot real, ForeseenNetwork network, IEnumerable<OpenRequest> foreseen,
        Func<VehicleView, (NodeId Node, SimTime At)> startOf, Realisation realisation, HindsightOptions options)
    {
        _real = real;
        _network = network;
        var now = real.Now;
        // Nothing delivered after the horizon counts: the run ends there.
        _end = SimTime.Min(now + options.Lookahead + options.Lookahead, realisation.Horizon);
        _reachesHorizon = _end == realisation.Horizon;
        _horizon = realisation.Horizon;
        _peoplePerTonne = realisation.PeoplePerTonne;
        _weights = realisation.Objective;
        _open = real.Requests.OrderBy(r => r.Priority).ThenBy(r => r.Due).ThenBy(r => r.Ready).ThenBy(r => r.Sequence)
            .Take(options.MaxRequests).ToArray();
        _future = foreseen.TakeWhile(r => r.Ready <= now + options.Lookahead).Take(options.MaxRequests - _open.Length).ToArray();
        _vehicles = real.Vehicles.Select(v =>
        {
            var (node, at) = startOf(v);
            return (v, node, at);
        }).ToArray();
        _breakdowns = realisation.Breakdowns.Where(b => b.End > now && b.Start < _end).GroupBy(b => b.VehicleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(b => b.Start).Select(b => (b.Start, b.End)).ToArray(), StringComparer.Ordinal);
        // The model asks the strategy again when a link closes or reopens, or a repaired vehicle is free again.
        _changes = realisation.Hazards.SelectMany(h => new[] { h.Start, h.End })
            .Concat(realisation.Breakdowns.Select(b => b.End))
            .Where(t => t > now && t < _end).Distinct().Order().ToArray();
    }

    /// <summary>Simulations run so far.</summary>
    public int Runs { get; private set; }

    /// <summary>The cost of the future that follows from <paramref name="first"/> now, then <paramref name="rule"/> (a fresh instance) at every later epoch.</summary>
    public double Cost(IReadOnlyList<Decision> first, IStrategy rule)
    {
        Runs++;
        var state = new State(this, rule);
        state.Apply(first);
        state.Run();
        return state.Cost();
    }

    /// <summary>
    /// Expected hours to move from one node to another leaving at a time, as the model moves a vehicle: along
    /// a path it can take without stopping while there is one, else waiting where it must for a link to reopen.
    /// </summary>
    public static double MoveHours(ForeseenNetwork network, VehicleType type, NodeId from, NodeId to, SimTime at)
    {
        if (from == to) return 0;
        double hours = network.From(type, from, at, ForeseenPathRule.NoWaiting).Hours(to);
        return double.IsFinite(hours) ? hours : network.From(type, from, at).Hours(to);
    }

    /// <summary>
    /// When work started at <paramref name="start"/> and taking until <paramref name="end"/> ends, with the foreseen
    /// repairs (in order of start) that begin meanwhile.
    /// </summary>
    public static SimTime WithRepairs(IEnumerable<(SimTime Start, SimTime End)> breakdowns, SimTime start, SimTime end)
    {
        foreach (var (from, to) in breakdowns)
        {
            if (from >= start && from < end) end += to - from;
        }
        return end;
    }

    /// <summary>One simulated future; it is also the snapshot the priority rule sees inside it.</summary>
    private sealed class State : ISnapshot
    {
        private readonly Rollout _r;
        private readonly Dictionary<string, Request> _byId = new(StringComparer.Ordinal);
        private readonly List<Request> _requests = [];
        private readonly Vehicle[] _vehicles;
        private readonly Dictionary<(NodeId, ItemId), double> _taken = [];
        private readonly Dictionary<(VehicleTypeId, NodeId), ForeseenPaths> _paths = [];
        private readonly IStrategy _rule;
        private SimTime? _wake;
        private double _running;
        private int _nextFuture;
        private int _nextChange;
        private OpenRequest[]? _open; // what Requests shows, until a request is added or loaded
        private readonly List<(Request Request, double Tonnes)> _unload = [];

        public State(Rollout r, IStrategy rule)
        {
            _r = r;
            _rule = rule;
            Now = r._real.Now;
            foreach (var spec in r._open) Add(spec);
            _vehicles = r._vehicles.Select(v => new Vehicle(v.View, v.Node, r._breakdowns.GetValueOrDefault(v.View.Id) ?? [], v.FreeAt)).ToArray();
        }

        public SimTime Now { get; private set; }

        public SimTime Horizon => _r._horizon;

        public IReadOnlyList<OpenRequest> Requests => _open ??= _requests.Where(q => q.Unassigned > Tonnage.Epsilon)
            .OrderBy(q => q.Spec.Ready).ThenBy(q => q.Spec.Sequence).Select(q => q.View).ToArray();

        public IReadOnlyList<VehicleView> Vehicles
        {
            get
            {
                var views = new VehicleView[_vehicles.Length];
                for (int i = 0; i < views.Length; i++)
                {
                    var v = _vehicles[i];
                    var free = v.FreeAt;
                    var (node, at) = Where(v, free);
                    views[i] = v.ViewAs(node, SimTime.Max(at, Now), free <= Now, Broken(v));
                }
                return views;
            }
        }

        /// <summary>
        /// Where a vehicle free since <paramref name="free"/> can start from, and when: as in the model, a vehicle
        /// with no work drives home, so from its base once it can be there (at once if it is there already).
        /// </summary>
        private (NodeId Node, SimTime At) Where(Vehicle v, SimTime free)
        {
            var home = v.View.Type.Base;
            if (v.Node == home) return (home, free);
            if (v.HomeAt is null)
            {
                double hours = MoveHours(_r._network, v.View.Type, v.Node, home, free);
                v.HomeAt = double.IsFinite(hours) ? free + SimTime.FromHours(hours) : _r._end;
                if (double.IsFinite(hours)) Run(v.View.Type, v.Node, home, free, hours);
            }
            return (home, v.HomeAt.Value);
        }

        public IReadOnlyList<NodeId> Nodes => _r._real.Nodes;

        public int NetworkVersion => 0;

        public double AvailableStock(NodeId node, ItemId item) => _r._real.AvailableStock(node, item) - _taken.GetValueOrDefault((node, item));

        /// <summary>What the priority rule sees: the network as it is now, as in the model.</summary>
        public double TravelHours(VehicleType type, NodeId from, NodeId to) => AsNow(type, from).Hours(to);

        public double TravelKm(VehicleType type, NodeId from, NodeId to) => AsNow(type, from).Km(to);

        public double HandlingHours(NodeId node, double tonnes) => _r._real.HandlingHours(node, tonnes);

        private ForeseenPaths AsNow(VehicleType type, NodeId from)
        {
            if (!_paths.TryGetValue((type.Id, from), out var paths))
            {
                _paths[(type.Id, from)] = paths = _r._network.From(type, from, Now, ForeseenPathRule.AsAtDeparture);
            }
            return paths;
        }

        private void Add(OpenRequest spec)
        {
            var request = new Request(spec, _requests.Count);
            _requests.Add(request);
            _open = null;
            _byId[spec.Id] = request;
        }

        private bool Broken(Vehicle v)
        {
            foreach (var (start, end) in v.Repairs)
            {
                if (start <= Now && Now < end) return true;
            }
            return false;
        }

        /// <summary>Carries out dispatches as the model would, on expected times: travel, unload, load, stop by stop.</summary>
        public void Apply(IReadOnlyList<Decision> decisions)
        {
            foreach (var d in decisions.OfType<Dispatch>())
            {
                var v = _vehicles.First(x => x.View.Id == d.VehicleId);
                var start = SimTime.Max(Now, v.FreeAt);
                var (node, from) = Where(v, start);
                var at = SimTime.Max(start, from);
                var carried = new Dictionary<Request, double>();
                foreach (var stop in d.Stops)
                {
                    double hours = MoveHours(_r._network, v.View.Type, node, stop.Node, at);
                    if (!double.IsFinite(hours))
                    {
                        at = _r._end; // never gets there within the window
                        break;
                    }
                    Run(v.View.Type, node, stop.Node, at, hours);
                    at += SimTime.FromHours(hours);
                    node = stop.Node;
                    // What is unloaded is worked out before any of it is taken off, as rollouts do this at every dispatch.
                    var unload = _unload;
                    unload.Clear();
                    double unloaded = 0;
                    foreach (var p in stop.Unload)
                    {
                        if (!_byId.TryGetValue(p.RequestId, out var request)) continue;
                        double tonnes = Math.Min(p.Tonnes, carried.GetValueOrDefault(request));
                        if (tonnes > 0) unload.Add((request, tonnes));
                    }
                    foreach (var (_, tonnes) in unload) unloaded += tonnes;
                    if (unload.Count > 0)
                    {
                        var handling = SimTime.FromHours(HandlingHours(node, unloaded)) + v.View.Type.UnloadTime;
                        _running += handling.Hours * v.View.Type.CostPerHour;
                        at += handling;
                        foreach (var (request, tonnes) in unload)
                        {
                            carried[request] -= tonnes;
                            request.Deliver(tonnes, at);
                        }
                    }
                    double loaded = 0;
                    foreach (var part in stop.Load.Where(p => _byId.ContainsKey(p.RequestId)))
                    {
                        var request = _byId[part.RequestId];
                        var key = (request.Spec.From, request.Spec.Item);
                        double t = Math.Min(part.Tonnes, Math.Min(request.Unassigned, AvailableStock(key.From, key.Item)));
                        if (t <= Tonnage.Epsilon) continue;
                        request.Unassigned -= t;
                        _open = null;
                        _taken[key] = _taken.GetValueOrDefault(key) + t;
                        carried[request] = carried.GetValueOrDefault(request) + t;
                        loaded += t;
                    }
                    if (loaded > 0)
                    {
                        var handling = SimTime.FromHours(HandlingHours(node, loaded)) + v.View.Type.LoadTime;
                        _running += handling.Hours * v.View.Type.CostPerHour;
                        at += handling;
                    }
                }
                v.Node = node;
                v.FreeAt = SimTime.Min(WithRepairs(v.Repairs, start, at), _r._end);
                v.HomeAt = null;
            }
        }

        /// <summary>The running cost of a move (km and hours, as the model counts them), when it starts within the window.</summary>
        private void Run(VehicleType type, NodeId from, NodeId to, SimTime at, double hours)
        {
            if (at >= _r._end || from == to) return;
            double km = _r._network.From(type, from, at, ForeseenPathRule.NoWaiting).Km(to);
            if (double.IsFinite(km)) _running += km * type.CostPerKm;
            _running += hours * type.CostPerHour;
        }

        /// <summary>From one event to the next, the rule deciding at each, until the end of the window.</summary>
        public void Run()
        {
            while (true)
            {
                var next = _r._end;
                if (_wake is { } wake && wake > Now) next = SimTime.Min(next, wake);
                if (_nextFuture < _r._future.Length) next = SimTime.Min(next, _r._future[_nextFuture].Ready);
                while (_nextChange < _r._changes.Length && _r._changes[_nextChange] <= Now) _nextChange++;
                if (_nextChange < _r._changes.Length) next = SimTime.Min(next, _r._changes[_nextChange]);
                foreach (var v in _vehicles)
                {
                    if (v.FreeAt > Now) next = SimTime.Min(next, v.FreeAt);
                }
                if (next >= _r._end) return;
                Now = next;
                _paths.Clear();
                while (_nextFuture < _r._future.Length && _r._future[_nextFuture].Ready <= Now) Add(_r._future[_nextFuture++]);
                if (_requests.Exists(q => q.Unassigned > Tonnage.Epsilon) && Array.Exists(_vehicles, v => v.FreeAt <= Now))
                {
                    Apply(_rule.Decide(this));
                    _wake = _rule.NextEpoch;
                }
            }
        }

        /// <summary>
        /// What the objective adds from the epoch on, with the replication's weights, as the KPI counts it: tonne-hours
        /// late from then (delivered tonnes until delivery, the rest until the end of the window), the deprivation
        /// that grows meanwhile, the running cost of the moves, and, when the window reaches the horizon, the unmet
        /// tonnes of requests due by then. Counting from the epoch leaves out what no decision can change, so that
        /// a margin on it compares like with like.
        /// </summary>
        public double Cost()
        {
            var w = _r._weights;
            var start = _r._real.Now;
            double cost = w.Operating * _running;
            foreach (var q in _requests)
            {
                double left = Math.Max(0, q.Spec.Tonnes - q.Delivered);
                var from = SimTime.Max(start, q.Spec.Due);
                cost += w.LatenessAt(q.Spec.Priority) * (q.LateTonneHoursAfter(from) + left * Math.Max(0, (_r._end - from).Hours));
                if (_r._reachesHorizon && q.Spec.Due <= _r._horizon) cost += w.UnmetAt(q.Spec.Priority) * left;
                if (_r._peoplePerTonne.TryGetValue(q.Spec.Id, out double people))
                {
                    double before = DeprivationCost.PerPerson(Math.Max(0, (start - q.Spec.Due).Hours), w.DeprivationCapHours);
                    double atEnd = DeprivationCost.PerPerson(Math.Max(0, (_r._end - q.Spec.Due).Hours), w.DeprivationCapHours);
                    double grown = left * (atEnd - before);
                    foreach (var (at, tonnes) in q.Deliveries)
                    {
                        grown += tonnes * (DeprivationCost.PerPerson(Math.Max(0, (at - q.Spec.Due).Hours), w.DeprivationCapHours) - before);
                    }
                    cost += w.Deprivation * people * grown;
                }
            }
            return cost;
        }
    }

    /// <summary>A request in a simulated future; its spec's tonnes are those the simulation holds (the unassigned tonnes at the start).</summary>
    private sealed class Request(OpenRequest spec, int index)
    {
        /// <summary>Its place in the simulation's list, as its hash: an object's own hash is slow to make the first time, and there is a new one per simulation.</summary>
        public override int GetHashCode() => index;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public OpenRequest Spec { get; } = spec;
        public double Unassigned { get; set; } = spec.Tonnes;
        private readonly List<(SimTime At, double Tonnes)> _deliveries = [];

        /// <summary>The request as the rule sees it, with its unassigned tonnes; made again only when they changed.</summary>
        public OpenRequest View => _view.Tonnes == Unassigned ? _view : _view = Spec with { Tonnes = Unassigned };

        private OpenRequest _view = spec;

        public double Delivered { get; private set; }

        public IReadOnlyList<(SimTime At, double Tonnes)> Deliveries => _deliveries;

        public void Deliver(double tonnes, SimTime at)
        {
            Delivered += tonnes;
            _deliveries.Add((at, tonnes));
        }

        /// <summary>Tonne-hours its deliveries arrived after <paramref name="from"/> (the due time, or now if later).</summary>
        public double LateTonneHoursAfter(SimTime from)
        {
            double sum = 0;
            foreach (var (at, tonnes) in _deliveries) sum += tonnes * Math.Max(0, (at - from).Hours);
            return sum;
        }
    }

    private sealed class Vehicle(VehicleView view, NodeId node, (SimTime Start, SimTime End)[] repairs, SimTime freeAt)
    {
        private SimTime _freeAt = Free(repairs, freeAt);

        public VehicleView View { get; } = view;
        public NodeId Node { get; set; } = node;

        /// <summary>Its foreseen repairs in the window, in order of start.</summary>
        public (SimTime Start, SimTime End)[] Repairs { get; } = repairs;

        /// <summary>When it is free of work and not under repair: set to when its work ends, it moves past any repair then.</summary>
        public SimTime FreeAt
        {
            get => _freeAt;
            set => _freeAt = Free(Repairs, value);
        }

        private static SimTime Free((SimTime Start, SimTime End)[] repairs, SimTime at)
        {
            foreach (var (start, end) in repairs)
            {
                if (start <= at && at < end) at = end;
            }
            return at;
        }

        /// <summary>When it is back at its base after its last work, once worked out; null until then.</summary>
        public SimTime? HomeAt { get; set; }

        private VehicleView _view = view;

        /// <summary>Its view with these values; the last one made when they are the same, as rollouts ask at every event.</summary>
        public VehicleView ViewAs(NodeId location, SimTime availableAt, bool isAvailable, bool isBroken)
        {
            if (_view.Location != location || _view.AvailableAt != availableAt || _view.IsAvailable != isAvailable || _view.IsBroken != isBroken)
            {
                _view = View with { Location = location, AvailableAt = availableAt, IsAvailable = isAvailable, IsBroken = isBroken };
            }
            return _view;
        }
    }
}

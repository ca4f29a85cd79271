// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// Dynamic dispatch on a rolling plan. When asked (a request ready, a vehicle free, a hazard, or
/// <see cref="ReplanEvery"/>) and at least <see cref="OrToolsStrategyOptions.MinInterval"/> after its last
/// solve (sooner when a hazard changed the network), it plans the whole fleet as a pickup-and-delivery
/// problem priced like the <c>objective</c> KPI (<see cref="EpochProblem"/>): every vehicle where and when it
/// will be free. It commits only what the plan needs now: of the next trips (up to where the vehicle is empty
/// again) of the vehicles free now, those that fill their vehicle or would otherwise deliver too close to a due
/// time (<see cref="OrToolsStrategyOptions.Postpone"/>), each topped up with more cargo going the same way where
/// the vehicle has room. A trip that can wait stays planned, its cargo held for it, and is looked at again at each
/// epoch (at the latest when it must leave, <see cref="NextEpoch"/>), fuller with what arrived meanwhile, or
/// re-planned with it at the next solve. Nothing is reserved for a busy vehicle: its planned work is re-planned
/// when it is free. Between solves, a vehicle that frees up takes its next trip of the last plan, cut to what is
/// still open. If the solver fails, the priority rule decides that epoch (counted in <see cref="Fallbacks"/>).
/// Where vehicles already wait over an hour at a node that handles one vehicle at a time and it cannot keep up with its
/// open cargo's due times, that queue is in the strategy's times, and trips to it wait, most urgent first, until it is
/// an hour long (<see cref="OrToolsStrategyOptions.Queues"/>). With <see cref="OrToolsStrategyOptions.Anticipate"/>, a trip that
/// would leave now also waits, while its due times allow, when sampled futures of demand rarely send its requests now
/// (<see cref="Anticipation"/>; off by default: measured, it does not pay on the suite).
/// </summary>
public sealed class OrToolsStrategy : IForecastingStrategy
{
    private readonly IRoutePlanner _planner;
    private readonly OrToolsStrategyOptions _options;
    private readonly PriorityStrategy _rule = new();
    private readonly LazyStrategy _lazy = new();
    private readonly FleetTravel _travel = new();
    private readonly HandlingQueues _queues = new();
    private readonly Dictionary<string, Queue<Dispatch>> _trips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NodeId Node, SimTime At)> _busyUntil = new(StringComparer.Ordinal);
    private SimTime? _lastSolve;
    private Anticipation? _anticipation;
    private int _networkVersion = -1;

    public OrToolsStrategy(OrToolsStrategyOptions options, IRoutePlanner? planner = null)
    {
        _options = options;
        _planner = planner ?? new Routing.OrTools.OrToolsRoutePlanner();
    }

    /// <inheritdoc/>
    public string Name => OrToolsStrategyOptions.Descriptor.Name;

    /// <inheritdoc/>
    public SimTime? ReplanEvery => _options.ReplanEvery;

    /// <inheritdoc/>
    public SimTime? NextEpoch { get; private set; }

    /// <inheritdoc/>
    public int Fallbacks { get; private set; }

    /// <inheritdoc/>
    public double PlannedTonnes { get; private set; }

    /// <summary>True when planned trips may wait for company (<see cref="OrToolsStrategyOptions.Postpone"/> above 0).</summary>
    private bool Postponing => _options.Postpone > 0;

    /// <summary>Solves so far: epochs that built a problem (one each, however many regions it was solved in).</summary>
    public int Plans { get; private set; }

    /// <summary>Where each solve's wall-clock time goes, for benchmarks (the strategy never reads it); none by default.</summary>
    public SolveClock? Clock { get; init; }

    /// <inheritdoc/>
    public void Expect(Scenario scenario, Func<string, Kernel.Random.RandomStream> streams)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _anticipation = _options.Anticipate > 0 ? new Anticipation(new DemandSampler(scenario, streams), _options.Anticipate) : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        NextEpoch = null;
        if (_options.Queues)
        {
            // Only where a node's handling sets the pace does its queue count: elsewhere a vehicle is timed as if alone there.
            _queues.Update(snapshot);
            _queues.Counted = snapshot.Nodes.Where(n => snapshot.HandlingHours(n, 1) > 0 && Saturated(snapshot, n)).ToHashSet();
        }
        bool busyNodes = _options.Queues && _queues.Counted!.Count > 0;
        bool due = _lastSolve is not { } last || snapshot.Now >= last + _options.MinInterval || snapshot.NetworkVersion != _networkVersion;
        if (due && !Plan(snapshot))
        {
            var ruled = _rule.Decide(snapshot);
            foreach (var d in ruled.OfType<Dispatch>()) Expect(snapshot, d);
            return ruled;
        }
        if (due && _anticipation is { } anticipation) anticipation.Sample(snapshot, _options, _travel, _busyUntil, _options.Queues ? _queues : null);
        var ledger = new TripLedger(snapshot);
        var chosen = new List<(VehicleView Vehicle, Dispatch Trip, Dispatch Planned)>();
        var idle = false;
        foreach (var vehicle in snapshot.Vehicles.Where(v => v.IsAvailable))
        {
            Dispatch? trip = null, planned = null;
            if (_trips.TryGetValue(vehicle.Id, out var queue))
            {
                while (trip is null && queue.TryDequeue(out planned)) trip = ledger.Fit(planned) is { } fit ? ledger.Trim(fit, vehicle) : null;
            }
            if (trip is null || trip.Stops.Count == 0)
            {
                idle = true;
                continue;
            }
            ledger.Claim(trip);
            chosen.Add((vehicle, trip, planned!));
        }
        var decisions = new List<Decision>(chosen.Count);
        SimTime? wake = null;
        // Where a node's handling sets the pace, the most urgent trips first: it loads one vehicle at a time, who is sent first loads first.
        if (busyNodes) chosen = chosen.OrderByDescending(c => Urgency(snapshot, ledger, c.Trip).Price).ThenBy(c => Urgency(snapshot, ledger, c.Trip).Due).ToList();
        var waiting = chosen.Where(c => Postponing && !MustLeave(snapshot, c.Vehicle, c.Trip, ledger, out _)).ToList();
        // Trips the sampled futures rarely send now wait too, while their due times allow.
        var foreseen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in chosen.Except(waiting).Where(c => Foreseen(snapshot, c.Vehicle, c.Trip, ledger)).ToArray())
        {
            waiting.Add(c);
            foreseen.Add(c.Vehicle.Id);
        }
        // What may wait frees its cargo for the trips that leave now, which may take it going the same way.
        foreach (var (_, trip, _) in waiting) ledger.Release(trip);
        var metered = new Dictionary<string, SimTime>(StringComparer.Ordinal);
        // Fuller trips once every planned one has its share: a top-up takes only what no trip of this epoch carries.
        foreach (var c in chosen.Except(waiting).ToArray())
        {
            if (Metered(snapshot, c.Vehicle, c.Trip, out var ready))
            {
                // Its place in the queue gains nothing while the node is busy: it waits, and a more urgent trip may go first.
                ledger.Release(c.Trip);
                waiting.Add(c);
                metered[c.Vehicle.Id] = ready;
                continue;
            }
            Send(snapshot, ledger, c.Vehicle, c.Trip, decisions);
        }
        var holding = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (vehicle, trip, planned) in waiting)
        {
            var left = ledger.Fit(trip) is { } fit ? ledger.Trim(fit, vehicle) : null;
            if (left is null || left.Stops.Count == 0)
            {
                idle = true;
                continue;
            }
            ledger.Claim(left);
            var full = ledger.TopUp(left, vehicle);
            if (!metered.TryGetValue(vehicle.Id, out var latest)
                && (foreseen.Contains(vehicle.Id) ? MustLeaveByDue(snapshot, vehicle, full, ledger, out latest) : MustLeave(snapshot, vehicle, full, ledger, out latest)))
            {
                if (!Metered(snapshot, vehicle, left, out var ready))
                {
                    Send(snapshot, ledger, vehicle, left, decisions);
                    continue;
                }
                latest = ready;
            }
            // Held: its cargo stays claimed, so that nothing else sends it this epoch, and the trip is planned again.
            ledger.Claim(new Dispatch(full.VehicleId, Extra(full, left)));
            holding.Add(vehicle.Id);
            _trips[vehicle.Id] = new Queue<Dispatch>(_trips.TryGetValue(vehicle.Id, out var rest) ? [planned, .. rest] : [planned]);
            wake = Sooner(wake, latest);
        }
        if (idle && _options.RuleFills)
        {
            // Free vehicles the plan left idle take what the rule would give them from what is left: the priority rule
            // sends it all; the lazy rule only what must leave now, or fills a vehicle.
            var sent = decisions.OfType<Dispatch>().Select(d => d.VehicleId).Concat(holding).ToHashSet(StringComparer.Ordinal);
            var remainder = new RemainderSnapshot(snapshot, ledger, sent);
            var ruled = (Postponing ? _lazy.Decide(remainder) : _rule.Decide(remainder)).OfType<Dispatch>().ToArray();
            if (busyNodes)
            {
                // The rule's trips join the queues as the plan's do: most urgent first, none to a busy node whose queue is long.
                var kept = new List<Dispatch>();
                foreach (var d in ruled.OrderByDescending(d => Urgency(snapshot, ledger, d).Price).ThenBy(d => Urgency(snapshot, ledger, d).Due))
                {
                    if (Metered(snapshot, snapshot.Vehicles.First(v => v.Id == d.VehicleId), d, out var ready))
                    {
                        wake = Sooner(wake, ready);
                        continue;
                    }
                    Expect(snapshot, d);
                    kept.Add(d);
                }
                ruled = kept.ToArray();
            }
            else
            {
                foreach (var d in ruled) Expect(snapshot, d);
            }
            decisions.AddRange(ruled);
            if (Postponing && _lazy.NextEpoch is { } next) wake = Sooner(wake, next);
            idle = false;
        }
        // A free vehicle the plan gave nothing: ask again when the next solve is allowed, even if nothing happens.
        if (idle && _lastSolve is { } solved && solved + _options.MinInterval > snapshot.Now) NextEpoch = solved + _options.MinInterval;
        if (wake is { } at && (NextEpoch is null || at < NextEpoch)) NextEpoch = at;
        return decisions;
    }

    /// <summary>The hours of queue a node keeps before a trip loading there is sent: enough that it does not stand idle.</summary>
    public const double QueueAheadHours = 1;

    /// <summary>
    /// True when the trip's first stop loads at a node whose queue, when the vehicle would get there, is longer than
    /// <see cref="QueueAheadHours"/>: leaving now only takes a place in that queue. <paramref name="ready"/>: when the
    /// queue is expected to be that short.
    /// </summary>
    private bool Metered(ISnapshot s, VehicleView vehicle, Dispatch trip, out SimTime ready)
    {
        ready = s.Now;
        if (!_options.Queues || trip.Stops.Count == 0 || trip.Stops[0].Load.Count == 0) return false;
        var node = trip.Stops[0].Node;
        if (!(s.HandlingHours(node, 1) > 0) || !Saturated(s, node)) return false;
        double travel = node == vehicle.Location ? 0 : s.TravelHours(vehicle.Type, vehicle.Location, node);
        if (!double.IsFinite(travel)) return false;
        var arrive = s.Now + SimTime.FromHours(travel);
        var begin = _queues.StartAt(s, node, arrive);
        if (begin == SimTime.MaxValue) return false;
        double wait = (begin - arrive).Hours;
        if (wait <= QueueAheadHours) return false;
        ready = s.Now + SimTime.FromHours(wait - QueueAheadHours);
        return true;
    }

    private readonly Dictionary<NodeId, bool> _saturated = [];
    private SimTime _saturatedAt = SimTime.MaxValue;

    /// <summary>
    /// True when vehicles sent to <paramref name="node"/> already wait there more than <see cref="QueueAheadHours"/> and its
    /// handling cannot load the cargo open there by its due times even if it worked without a break, most urgent first,
    /// after the work already sent: then its handling, not the vehicles, sets the pace.
    /// </summary>
    private bool Saturated(ISnapshot s, NodeId node)
    {
        if (_saturatedAt != s.Now)
        {
            _saturated.Clear();
            _saturatedAt = s.Now;
        }
        if (_saturated.TryGetValue(node, out bool known)) return known;
        // Vehicles must already be waiting there: where the fleet, not the node, is short (needs overdue everywhere), the
        // node keeps up with what it is sent.
        double backlog = _queues.BacklogHours(s, node);
        if (!(backlog > QueueAheadHours)) return _saturated[node] = false;
        var stock = new Dictionary<ItemId, double>();
        var at = s.Now + SimTime.FromHours(backlog);
        bool saturated = false;
        foreach (var r in s.Requests.Where(r => r.From == node).OrderBy(r => r.Due).ThenBy(r => r.Sequence))
        {
            double left = stock.TryGetValue(r.Item, out double l) ? l : s.AvailableStock(node, r.Item);
            double t = Math.Min(r.Tonnes, left);
            stock[r.Item] = left - t;
            double hours = s.HandlingHours(node, t);
            if (!double.IsFinite(hours)) break;
            at += SimTime.FromHours(hours);
            if (at > r.Due)
            {
                saturated = true;
                break;
            }
        }
        return _saturated[node] = saturated;
    }

    /// <summary>How urgent a trip is: the highest price of an hour late of a tonne it carries (the objective's), then its earliest due time.</summary>
    private static (double Price, SimTime Due) Urgency(ISnapshot s, TripLedger ledger, Dispatch trip)
    {
        double price = 0;
        var due = SimTime.MaxValue;
        foreach (var part in trip.Stops.SelectMany(x => x.Load))
        {
            if (ledger.Request(part.RequestId) is not { } r) continue;
            price = Math.Max(price, EpochProblem.PerTonneHour(r, s.Objective, Math.Max(0, (s.Now - r.Due).Hours)));
            due = SimTime.Min(due, r.Due);
        }
        return (price, due);
    }

    /// <summary>The sooner of a time that may not be set yet and one that is (ties keep the first).</summary>
    private static SimTime Sooner(SimTime? first, SimTime second) => first is { } t && t < second ? t : second;

    /// <summary>
    /// True when the trip must leave now: a delivery of it, or of the vehicle's later planned trips (which its waiting
    /// would delay), would come too close to its due time; or the vehicle is full.
    /// </summary>
    private bool MustLeave(ISnapshot snapshot, VehicleView vehicle, Dispatch trip, TripLedger ledger, out SimTime latest)
    {
        return MustLeaveByDue(snapshot, vehicle, trip, ledger, out latest) || ledger.Fill(trip, vehicle) >= OrToolsStrategyOptions.FullShare - 1e-9 || RiskOutweighsSaving(snapshot, vehicle, trip, ledger, _options.HoldRisk);
    }

    /// <summary>True when a delivery of the trip, or of the vehicle's later planned trips, would come too close to its due time if it waited.</summary>
    private bool MustLeaveByDue(ISnapshot snapshot, VehicleView vehicle, Dispatch trip, TripLedger ledger, out SimTime latest)
    {
        var later = _trips.TryGetValue(vehicle.Id, out var queue) ? queue : Enumerable.Empty<Dispatch>();
        latest = Postponement.LatestStart(snapshot, vehicle, [trip, .. later], ledger, _options.Postpone, OrToolsStrategyOptions.PostponeMarginHours,
            _options.Queues ? _queues : null);
        return latest <= snapshot.Now;
    }

    /// <summary>True when the last solve's sampled futures rarely send the trip's requests now, and its due times allow it to wait.</summary>
    private bool Foreseen(ISnapshot snapshot, VehicleView vehicle, Dispatch trip, TripLedger ledger) =>
        _anticipation is { } a && a.Rarely(trip, _options.AnticipateShare) && !MustLeaveByDue(snapshot, vehicle, trip, ledger, out _);

    /// <summary>
    /// True when holding the trip risks more than it may save: waiting can save at most one round trip (the objective's
    /// operating cost of going there and back), and bets its cargo's lateness, priced as the objective prices an hour
    /// late, over <paramref name="riskHours"/> of expected delay (a closure or breakdown meeting cargo held to its latest time).
    /// </summary>
    private static bool RiskOutweighsSaving(ISnapshot s, VehicleView vehicle, Dispatch trip, TripLedger ledger, double riskHours)
    {
        if (!(riskHours > 0)) return false;
        var type = vehicle.Type;
        double saving = 0;
        var node = vehicle.Location;
        foreach (var stop in trip.Stops.Append(new Stop(vehicle.Location, [], [])))
        {
            if (stop.Node == node) continue;
            double km = s.TravelKm(type, node, stop.Node), hours = s.TravelHours(type, node, stop.Node);
            if (double.IsFinite(km) && double.IsFinite(hours)) saving += km * type.CostPerKm + hours * type.CostPerHour;
            node = stop.Node;
        }
        saving *= s.Objective.Operating;
        double risk = 0;
        foreach (var part in trip.Stops.SelectMany(x => x.Load))
        {
            if (ledger.Request(part.RequestId) is not { } r) continue;
            risk += part.Tonnes * EpochProblem.PerTonneHour(r, s.Objective, Math.Max(0, (s.Now - r.Due).Hours));
        }
        return risk * riskHours > saving;
    }

    /// <summary>Sends a trip (claimed already) topped up with more cargo going the same way.</summary>
    private void Send(ISnapshot snapshot, TripLedger ledger, VehicleView vehicle, Dispatch trip, List<Decision> decisions)
    {
        var full = ledger.TopUp(trip, vehicle);
        ledger.Claim(new Dispatch(full.VehicleId, Extra(full, trip)));
        PlannedTonnes += full.Stops.SelectMany(s => s.Load).Sum(p => p.Tonnes);
        Expect(snapshot, full);
        decisions.Add(full);
    }

    /// <summary>
    /// Solves the epoch, region by region when the fleet is larger than <see cref="OrToolsStrategyOptions.DecomposeAbove"/>
    /// (<see cref="EpochRegions"/>); false when the solver found no plan for the epoch or one of its regions (the rule then
    /// decides the epoch).
    /// </summary>
    private bool Plan(ISnapshot snapshot)
    {
        _lastSolve = snapshot.Now;
        _networkVersion = snapshot.NetworkVersion;
        _trips.Clear();
        foreach (var v in snapshot.Vehicles.Where(v => v.IsAvailable)) _busyUntil.Remove(v.Id);
        Clock?.Begin();
        var queues = _options.Queues ? _queues : null;
        var regions = _options.DecomposeAbove > 0 && snapshot.Vehicles.Count > _options.DecomposeAbove ? new EpochRegions(snapshot) : null;
        var shares = regions is { Count: > 1 } ? Enumerable.Range(0, regions.Count).Select(r => (RegionShare?)regions.Share(r)).ToArray() : [null];
        // A time limit is the epoch's: the regions share it.
        var budget = _options.Budget.TimeLimit is { } limit ? _options.Budget with { TimeLimit = limit / shares.Length } : _options.Budget;
        int problems = 0, parts = 0, vehicles = 0;
        bool solved = true;
        foreach (var share in shares)
        {
            var epoch = EpochProblem.Build(snapshot, _options, _travel, _busyUntil, queues, share);
            Clock?.Lap(SolvePhase.Build);
            if (epoch is null) continue;
            problems++;
            parts += epoch.Problem.Requests.Count;
            vehicles += epoch.Problem.Vehicles.Count;
            if (Solve(epoch, budget) is not { } plan)
            {
                solved = false;
                break;
            }
            foreach (var route in epoch.Routes(plan)) _trips[route.VehicleId] = new Queue<Dispatch>(Trips(route));
        }
        if (problems > 0)
        {
            Plans++;
            Clock?.End(snapshot.Now, problems, parts, vehicles);
        }
        if (solved) return true;
        _trips.Clear();
        Fallbacks++;
        return false;
    }

    /// <summary>The plan of one problem, from the priced first plan when <see cref="OrToolsStrategyOptions.PricedStart"/>; null when the solver found none.</summary>
    private RoutePlan? Solve(EpochProblem epoch, PlanningBudget budget)
    {
        RoutePlan plan;
        try
        {
            var start = _options.PricedStart ? GreedyStart.Routes(epoch.Problem) : null;
            Clock?.Lap(SolvePhase.Start);
            plan = _planner.Plan(epoch.Problem, budget with { InitialRoutes = start });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            plan = RoutePlan.Failed(PlanStatus.InvalidModel);
        }
        Clock?.Lap(SolvePhase.Solve);
        return plan.HasSolution ? plan : null;
    }

    /// <summary>
    /// Where and when a dispatched vehicle should be free again: its last stop, after the expected travel and handling
    /// (and, with <see cref="OrToolsStrategyOptions.Queues"/>, the queues at nodes with a handling rate, where its visits
    /// are recorded for the vehicles sent after it).
    /// </summary>
    private void Expect(ISnapshot s, Dispatch d)
    {
        var vehicle = s.Vehicles.First(v => v.Id == d.VehicleId);
        var at = SimTime.Max(s.Now, vehicle.AvailableAt);
        double hours = _options.Queues ? _queues.Hours(s, vehicle, at, d.Stops, record: true) : HandlingQueues.Unqueued(s, vehicle, d.Stops);
        // A path closed now may open later: the vehicle is then expected no sooner than the horizon of a plan.
        if (!double.IsFinite(hours)) hours = _options.HorizonHours;
        _busyUntil[d.VehicleId] = (d.Stops.Count > 0 ? d.Stops[^1].Node : vehicle.Location, at + SimTime.FromHours(hours));
    }

    /// <summary>The loads <paramref name="full"/> has beyond <paramref name="trip"/>: what a top-up added.</summary>
    private static Stop[] Extra(Dispatch full, Dispatch trip)
    {
        var before = trip.Stops.SelectMany(s => s.Load).GroupBy(p => p.RequestId).ToDictionary(g => g.Key, g => g.Sum(p => p.Tonnes), StringComparer.Ordinal);
        var after = full.Stops.SelectMany(s => s.Load).GroupBy(p => p.RequestId).Select(g => new CargoPart(g.Key, g.Sum(p => p.Tonnes) - before.GetValueOrDefault(g.Key)))
            .Where(p => p.Tonnes > 0).ToArray();
        if (after.Length == 0) return [];
        return [new Stop(full.Stops[0].Node, [], after)];
    }

    /// <summary>Cuts a route where the vehicle is empty again: each piece is dispatched on its own.</summary>
    private static IEnumerable<Dispatch> Trips(Dispatch route)
    {
        var stops = new List<Stop>();
        var onBoard = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var stop in route.Stops)
        {
            stops.Add(stop);
            foreach (var p in stop.Unload) onBoard[p.RequestId] = onBoard.GetValueOrDefault(p.RequestId) - p.Tonnes;
            foreach (var p in stop.Load) onBoard[p.RequestId] = onBoard.GetValueOrDefault(p.RequestId) + p.Tonnes;
            if (onBoard.Values.All(t => t <= Tonnage.Epsilon) && stops.Any(s => s.Unload.Count > 0))
            {
                yield return route with { Stops = stops.ToArray() };
                stops.Clear();
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Hindsight;

/// <summary>
/// The hindsight reference: it knows, before its replication starts, every request that will come
/// (ready and due times, tonnes, places, priorities), every hazard with its start and end, and every
/// breakdown. No dispatcher could; it is there to measure how far policies are from what was possible,
/// not to be deployed.
/// <para>
/// At each epoch it simulates the known future (<see cref="Rollout"/>: the requests foreseen within the
/// lookahead, the hazards, the breakdowns, expected travel times) after the priority rule's decisions and
/// after the lazy rule's, each rule then deciding every later epoch, and takes as its basis the one whose
/// future costs less by the objective (its weights, from now on). It then searches for a better set:
/// holding back, one at a time, the dispatch whose removal lowers that cost the most, until none lowers it
/// by <see cref="HoldMargin"/> or the rollout budget is spent. It is a rollout policy over both rules (in
/// Bertsekas' sense), so at the epochs where it simulates its decisions simulate no worse than either rule's own. A vehicle held back waits
/// for a more urgent request, or for cargo to fill it, that the simulation saw coming. It simulates at most every
/// <see cref="HindsightOptions.SimulateEvery"/>: at epochs in between, the rule chosen last decides and the vehicles held
/// then stay held. A dispatch whose path would cross a link that closes before the vehicle gets there is routed
/// through the nodes of a foreseen path that avoids it.
/// </para>
/// <para>
/// It obeys every rule a policy obeys: the model checks each of its decisions like any other strategy's
/// (a request not yet ready does not exist in the model and cannot be loaded; capacities, stock, closed
/// links). Travel times still vary: it knows only their expected values.
/// </para>
/// </summary>
/// <param name="options">Its settings.</param>
public sealed class HindsightStrategy(HindsightOptions options) : IHindsightStrategy
{
    private readonly PriorityStrategy _priority = new();
    private readonly LazyStrategy _lazy = new(LazyBasis);
    private SimTime? _next;
    private readonly Dictionary<string, (NodeId Node, SimTime At)> _routeEnds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private Realisation? _realisation;
    private ForeseenNetwork? _network;
    private OpenRequest[] _future = [];
    private int _nextFuture;
    private SimTime? _simulated;          // when the future was last simulated
    private bool _followsLazy;            // the rule chosen then
    private HashSet<string> _held = new(StringComparer.Ordinal); // the vehicles held back then

    /// <inheritdoc/>
    public string Name => HindsightOptions.Descriptor.Name;

    /// <inheritdoc/>
    public SimTime? ReplanEvery => options.RecheckEvery;

    /// <summary>When the lazy rule's decisions were taken, the time it asked to be called again at; else null.</summary>
    public SimTime? NextEpoch => _next;

    /// <summary>Simulations of the future run so far.</summary>
    public int Rollouts { get; private set; }

    /// <summary>Dispatches of the rule taken as the basis held back so far (a vehicle held at several epochs counts at each).</summary>
    public int Holds { get; private set; }

    /// <summary>Epochs at which the lazy rule's decisions were the basis rather than the priority rule's.</summary>
    public int LazyEpochs { get; private set; }

    /// <summary>Dispatches routed through the nodes of a foreseen path instead of the path the model would pick now.</summary>
    public int Detours { get; private set; }

    /// <inheritdoc/>
    public void Foresee(Realisation realisation)
    {
        ArgumentNullException.ThrowIfNull(realisation);
        _realisation = realisation;
        _network = new ForeseenNetwork(realisation.Network, realisation.Hazards);
        // A replication starts afresh: nothing simulated, chosen or held yet.
        (_simulated, _followsLazy, _nextFuture, _next) = (null, false, 0, null);
        _held.Clear();
        _seen.Clear();
        _routeEnds.Clear();
        _future = realisation.Requests.OrderBy(r => r.Ready).ThenBy(r => r.Sequence).ToArray();
    }

    /// <inheritdoc/>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (_realisation is null) throw new InvalidOperationException("the hindsight reference was not given its replication's realisation before its first epoch");
        foreach (var r in snapshot.Requests) _seen.Add(r.Id);
        _next = null;
        if (_simulated is { } last && snapshot.Now < last + options.SimulateEvery)
        {
            // Between simulations: only the rule chosen last decides, and what it held back stays held.
            var followed = _followsLazy ? _lazy.Decide(snapshot) : _priority.Decide(snapshot);
            if (_followsLazy) _next = _lazy.NextEpoch;
            return Sent(snapshot, followed.Where(d => d is not Dispatch dispatch || !_held.Contains(dispatch.VehicleId)));
        }
        var priority = _priority.Decide(snapshot);
        var lazy = _lazy.Decide(snapshot);
        bool same = Describe(priority) == Describe(lazy);
        if (same && Holdable(snapshot, priority).Count == 0) return priority;

        _simulated = snapshot.Now;
        var rollout = new Rollout(snapshot, _network!, Foreseen(snapshot.Now), StartOf(snapshot), _realisation, options);
        var basis = priority;
        Func<IStrategy> rule = () => new PriorityStrategy();
        double cost = rollout.Cost(priority, rule());
        _followsLazy = false;
        if (!same)
        {
            double lazyCost = rollout.Cost(lazy, new LazyStrategy(LazyBasis));
            if (Beats(lazyCost, cost))
            {
                (basis, cost, rule) = (lazy, lazyCost, () => new LazyStrategy(LazyBasis));
                _next = _lazy.NextEpoch;
                _followsLazy = true;
                LazyEpochs++;
            }
        }
        var chosen = Improve(basis, cost, Holdable(snapshot, basis), rollout, rule);
        Rollouts += rollout.Runs;
        Holds += basis.Count - chosen.Count;
        _held = basis.Except(chosen).OfType<Dispatch>().Select(d => d.VehicleId).ToHashSet(StringComparer.Ordinal);
        return Sent(snapshot, chosen);
    }

    /// <summary>The decisions as they go to the model: each dispatch through <see cref="Send"/>, in order.</summary>
    private Decision[] Sent(ISnapshot snapshot, IEnumerable<Decision> decisions)
    {
        var vehicles = snapshot.Vehicles.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return decisions.Select(d => d is Dispatch dispatch ? Send(snapshot, vehicles[dispatch.VehicleId], dispatch) : d).ToArray();
    }

    /// <summary>
    /// The share by which holding a vehicle back, or taking the lazy rule's decisions, must lower the simulated
    /// cost. The simulation is cruder than the model (expected travel times, no handling queues, a window of two
    /// lookaheads): on the suite, holds that gained less in it were as likely to lose as to gain in the model,
    /// while a margin of 2% kept the gains and lost none of note.
    /// </summary>
    private const double HoldMargin = 0.02;

    /// <summary>
    /// The lazy rule it may take decisions from, with a wider margin than the rule's own 2 h: its simulation has no
    /// queues at handling nodes, and held loads that fall due together queue there in the model.
    /// </summary>
    private static readonly LazyOptions LazyBasis = LazyOptions.Default with { Margin = SimTime.FromHours(6) };

    /// <summary>True when a simulated cost is lower than another by the margin: less is within the simulation's crudeness.</summary>
    private static bool Beats(double cost, double other) => cost < other - HoldMargin * Math.Max(1, Math.Abs(other));

    /// <summary>The decisions as text, to tell two rules' sets apart.</summary>
    private static string Describe(IReadOnlyList<Decision> decisions) => string.Join('\n', decisions);

    /// <summary>
    /// Steepest descent from the basis (of the given cost, each later epoch decided by <paramref name="rule"/>):
    /// each round simulates the current set without each one of its dispatches and keeps the best removal if it
    /// lowers the cost by the margin; anything less keeps the dispatch. The budget counts the rollouts already run.
    /// </summary>
    private IReadOnlyList<Decision> Improve(IReadOnlyList<Decision> basis, double basisCost, IReadOnlySet<Decision> holdable, Rollout rollout, Func<IStrategy> rule)
    {
        var best = basis;
        double bestCost = basisCost;
        int budget = options.Rollouts - rollout.Runs;
        while (budget > 0 && best.Any(holdable.Contains))
        {
            IReadOnlyList<Decision>? better = null;
            double betterCost = bestCost;
            for (int i = 0; i < best.Count && budget > 0; i++)
            {
                if (!holdable.Contains(best[i])) continue;
                budget--;
                var candidate = best.Where((_, j) => j != i).ToArray();
                double cost = rollout.Cost(candidate, rule());
                if (Beats(cost, betterCost))
                {
                    better = candidate;
                    betterCost = cost;
                }
            }
            if (better is null) break;
            best = better;
            bestCost = betterCost;
        }
        return best;
    }

    /// <summary>
    /// The dispatches worth trying to hold back: those whose vehicle has no twin (same fleet entry, same place, free
    /// as soon) that the rule left idle. With such a twin, anything the held vehicle could do later the
    /// twin does as well, so holding changes nothing; skipping those keeps an ample fleet from costing simulations.
    /// </summary>
    private static HashSet<Decision> Holdable(ISnapshot snapshot, IReadOnlyList<Decision> basis)
    {
        var sent = basis.OfType<Dispatch>().Select(d => d.VehicleId).ToHashSet(StringComparer.Ordinal);
        var idle = snapshot.Vehicles.Where(v => v.IsAvailable && !sent.Contains(v.Id)).Select(v => (v.TypeIndex, v.Location, v.AvailableAt)).ToHashSet();
        var byId = snapshot.Vehicles.ToDictionary(v => v.Id, StringComparer.Ordinal);
        return basis.OfType<Dispatch>().Where(d =>
        {
            var v = byId[d.VehicleId];
            return !idle.Contains((v.TypeIndex, v.Location, v.AvailableAt));
        }).ToHashSet<Decision>();
    }

    /// <summary>Requests not ready yet, soonest first: the realisation's, past those already seen or ready by now.</summary>
    private IEnumerable<OpenRequest> Foreseen(SimTime now)
    {
        while (_nextFuture < _future.Length && (_future[_nextFuture].Ready <= now || _seen.Contains(_future[_nextFuture].Id))) _nextFuture++;
        for (int i = _nextFuture; i < _future.Length; i++)
        {
            if (!_seen.Contains(_future[i].Id)) yield return _future[i];
        }
    }

    /// <summary>Where and when a vehicle can start new work: where it is if free, else where and when its route should end.</summary>
    private Func<VehicleView, (NodeId, SimTime)> StartOf(ISnapshot snapshot) => v =>
        !v.IsAvailable && _routeEnds.TryGetValue(v.Id, out var end)
            ? (end.Node, SimTime.Max(SimTime.Max(end.At, v.AvailableAt), snapshot.Now))
            : (v.Location, SimTime.Max(v.AvailableAt, snapshot.Now));

    /// <summary>
    /// The dispatch as sent: through the nodes of the foreseen path wherever that differs from the path the
    /// model would take by the network as it is now (a link on it closes before the vehicle gets there), with
    /// where and when its route should end noted for later rollouts.
    /// </summary>
    private Dispatch Send(ISnapshot snapshot, VehicleView vehicle, Dispatch dispatch)
    {
        var stops = new List<Stop>();
        var node = vehicle.Location;
        var start = SimTime.Max(vehicle.AvailableAt, snapshot.Now);
        var at = start;
        bool detoured = false;
        foreach (var stop in dispatch.Stops)
        {
            var foreseen = _network!.From(vehicle.Type, node, at, ForeseenPathRule.NoWaiting);
            if (double.IsFinite(foreseen.Hours(stop.Node)))
            {
                var path = foreseen.Path(stop.Node);
                if (!path.SequenceEqual(_network.From(vehicle.Type, node, at, ForeseenPathRule.AsAtDeparture).Path(stop.Node)))
                {
                    detoured = true;
                    for (int i = 1; i < path.Count - 1; i++) stops.Add(new Stop(path[i], [], []));
                }
            }
            stops.Add(stop);
            double hours = Rollout.MoveHours(_network, vehicle.Type, node, stop.Node, at);
            if (double.IsFinite(hours)) at += SimTime.FromHours(hours);
            double unload = stop.Unload.Sum(p => p.Tonnes), load = stop.Load.Sum(p => p.Tonnes);
            if (unload > 0) at += SimTime.FromHours(snapshot.HandlingHours(stop.Node, unload)) + vehicle.Type.UnloadTime;
            if (load > 0) at += SimTime.FromHours(snapshot.HandlingHours(stop.Node, load)) + vehicle.Type.LoadTime;
            node = stop.Node;
        }
        if (detoured) Detours++;
        var repairs = _realisation!.Breakdowns.Where(b => b.VehicleId == vehicle.Id).OrderBy(b => b.Start).Select(b => (b.Start, b.End));
        _routeEnds[vehicle.Id] = (node, Rollout.WithRepairs(repairs, start, at));
        return detoured ? dispatch with { Stops = stops } : dispatch;
    }
}

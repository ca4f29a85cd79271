// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// The rolling-horizon optimiser. At each planning epoch (every <see cref="ReplanEvery"/>, and when
/// a hazard changes the network) it turns the open requests and free vehicles into a
/// pickup-and-delivery problem on the current fastest-path times and solves it with the routing
/// planner. The plan is carried out trip by trip: a vehicle gets its next trip (up to the point where
/// it is empty again) whenever it is free, so it can be re-planned at the next epoch. Between epochs,
/// requests and vehicles the plan did not foresee are matched by the priority rule. If the solver
/// returns nothing, the priority rule decides that epoch and the fallback is counted.
/// </summary>
public sealed class OrToolsStrategy : IStrategy
{
    private readonly IRoutePlanner _planner;
    private readonly OrToolsStrategyOptions _options;
    private readonly PriorityStrategy _rule = new();
    private readonly Dictionary<string, Queue<Dispatch>> _trips = new(StringComparer.Ordinal);
    private IReadOnlyList<VehicleRoute> _previous = [];
    private Kernel.SimTime _nextPlan = Kernel.SimTime.Zero;
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
    public int Fallbacks { get; private set; }

    /// <summary>Planning epochs so far (solver calls).</summary>
    public int Plans { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        if (snapshot.Now >= _nextPlan || snapshot.NetworkVersion != _networkVersion) Plan(snapshot);
        var decisions = new List<Decision>();
        var claimed = new Dictionary<string, double>(StringComparer.Ordinal);
        var open = snapshot.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var vehicle in snapshot.Vehicles.Where(v => v.IsAvailable))
        {
            if (!_trips.TryGetValue(vehicle.Id, out var trips)) continue;
            while (trips.TryDequeue(out var trip))
            {
                if (Still(trip, open, claimed) is { } valid)
                {
                    decisions.Add(valid);
                    break;
                }
            }
        }
        // What the plan did not foresee (new requests, vehicles it left idle) goes to the priority rule.
        var planned = _trips.Values.SelectMany(q => q).SelectMany(t => t.Stops).SelectMany(s => s.Load).Select(p => p.RequestId)
            .Concat(claimed.Keys).ToHashSet(StringComparer.Ordinal);
        var busy = decisions.OfType<Dispatch>().Select(d => d.VehicleId).Concat(_trips.Where(t => t.Value.Count > 0).Select(t => t.Key))
            .ToHashSet(StringComparer.Ordinal);
        decisions.AddRange(_rule.Decide(new RemainderSnapshot(snapshot, planned, busy)));
        return decisions;
    }

    private void Plan(ISnapshot snapshot)
    {
        _nextPlan = snapshot.Now + _options.ReplanEvery;
        _networkVersion = snapshot.NetworkVersion;
        _trips.Clear();
        var epoch = EpochProblem.Build(snapshot, _options);
        if (epoch is null) return;
        Plans++;
        RoutePlan plan;
        try
        {
            plan = _planner.Plan(epoch.Problem, _options.Budget with { InitialRoutes = WarmStart(epoch) });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            plan = RoutePlan.Failed(PlanStatus.InvalidModel);
        }
        if (!plan.HasSolution)
        {
            Fallbacks++; // nothing stored: the priority rule serves this epoch
            _previous = [];
            return;
        }
        _previous = plan.Routes;
        foreach (var dispatch in epoch.Decisions(plan).Cast<Dispatch>()) _trips[dispatch.VehicleId] = new Queue<Dispatch>(Trips(dispatch));
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

    /// <summary>A stored trip cut to what is still open; null when nothing of it is left.</summary>
    private static Dispatch? Still(Dispatch trip, Dictionary<string, OpenRequest> open, Dictionary<string, double> claimed)
    {
        var take = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in trip.Stops.SelectMany(s => s.Load))
        {
            double left = (open.TryGetValue(part.RequestId, out var r) ? r.Tonnes : 0) - claimed.GetValueOrDefault(part.RequestId) - take.GetValueOrDefault(part.RequestId);
            double t = Math.Min(part.Tonnes, left);
            if (t > Tonnage.Epsilon) take[part.RequestId] = take.GetValueOrDefault(part.RequestId) + t;
        }
        if (take.Count == 0) return null;
        var remaining = new Dictionary<string, double>(take, StringComparer.Ordinal);
        var delivering = new Dictionary<string, double>(take, StringComparer.Ordinal);
        var stops = trip.Stops.Select(s => new Stop(s.Node, Cut(s.Unload, delivering), Cut(s.Load, remaining)))
            .Where(s => s.Load.Count > 0 || s.Unload.Count > 0).ToArray();
        foreach (var (id, t) in take) claimed[id] = claimed.GetValueOrDefault(id) + t;
        return trip with { Stops = stops };
    }

    private static CargoPart[] Cut(IReadOnlyList<CargoPart> parts, Dictionary<string, double> budget) => parts.Select(p =>
    {
        double t = Math.Min(p.Tonnes, budget.GetValueOrDefault(p.RequestId));
        budget[p.RequestId] = budget.GetValueOrDefault(p.RequestId) - t;
        return p with { Tonnes = t };
    }).Where(p => p.Tonnes > Tonnage.Epsilon).ToArray();

    /// <summary>The previous plan's routes, kept only where their vehicle and requests are still in this epoch's problem.</summary>
    private IReadOnlyList<VehicleRoute>? WarmStart(EpochProblem epoch)
    {
        var routes = _previous
            .Where(r => epoch.HasVehicle(r.VehicleId))
            .Select(r => r with { Stops = r.Stops.Where(s => epoch.HasRequest(s.RequestId)).ToArray() })
            .Where(r => r.Stops.Count > 0 && r.Stops.GroupBy(s => s.RequestId).All(g => g.Count() == 2))
            .ToArray();
        return routes.Length > 0 ? routes : null;
    }
}

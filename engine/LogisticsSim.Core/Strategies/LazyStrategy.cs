// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>
/// The lazy baseline of dynamic routing (the EURO Meets NeurIPS 2022 dynamic VRP challenge): send only
/// what must leave now to arrive by its due time, and hold the rest so that later requests on the same
/// route can share the vehicle. A request must go when now + the soonest free vehicle's way to its origin
/// + loading + travel + unloading + a margin reaches its due time, or the run's horizon if that comes
/// first (already late requests included). Those go most urgent first, as in the priority rule, each
/// vehicle filled with other open requests on the same route. A route whose waiting requests would fill
/// a vehicle to the threshold goes at once too: a full load gains nothing by waiting. The rule asks to
/// be called again at the earliest latest departure of what it holds (<see cref="NextEpoch"/>), so
/// nothing held misses its time for want of an event.
/// </summary>
public sealed class LazyStrategy(LazyOptions options) : IStrategy
{
    /// <summary>The name and options.</summary>
    public static StrategyDescriptor Descriptor { get; } = new("lazy",
        "Only what must leave now to arrive by its due time, most urgent first, filling each vehicle on the same route; full loads go at once, the rest waits.",
        [
            StrategyOption.Duration("margin", TimeSpan.FromHours(2),
                "Slack kept before a request's due time when deciding it must leave (for slow travel and queues at handling).") with { MinExclusive = false },
            StrategyOption.Number("fill_threshold", 0.9,
                "A route whose waiting requests fill a vehicle to this share (tonnes or m3) goes at once.", min: 0, minExclusive: true) with { Max = 1 },
            StrategyOption.Duration("check_every", TimeSpan.FromHours(1),
                "The longest time between two looks at held requests, as free vehicles move; their latest departures are met exactly in any case."),
        ]);

    private SimTime? _next;

    /// <summary>
    /// Each request's latest departure as last worked out, with what it was worked out from: a request's view is rebuilt
    /// whenever its open tonnes change, so the entry holds while the view, the network and the soonest vehicle's type and
    /// hours do. Kept only for the requests looked at in the last epoch.
    /// </summary>
    private Dictionary<OpenRequest, Worked> _worked = new(ReferenceEqualityComparer.Instance);
    private Dictionary<OpenRequest, Worked> _working = new(ReferenceEqualityComparer.Instance);

    /// <summary>The lazy rule with its default options.</summary>
    public LazyStrategy()
        : this(LazyOptions.Default)
    {
    }

    /// <inheritdoc/>
    public string Name => Descriptor.Name;

    /// <inheritdoc/>
    public SimTime? ReplanEvery => null;

    /// <summary>The earliest latest departure of a held request, at most <see cref="LazyOptions.CheckEvery"/> away; null when nothing waits for a free vehicle.</summary>
    public SimTime? NextEpoch => _next;

    /// <inheritdoc/>
    /// <remarks>
    /// Only the routes a free vehicle can serve are read (<see cref="ISnapshot.RoutesWithinReach"/>): a request no free vehicle
    /// can serve has no latest departure, never goes and is never loaded, so the decisions are those of a look at every
    /// request. Within a route, the requests that must go come first, then those that may wait, each most urgent first.
    /// </remarks>
    public IReadOnlyList<Decision> Decide(ISnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rule = new DispatchRule(snapshot);
        var vehicles = rule.Free;
        _working.Clear();
        var routes = new List<Route>();
        var mustGo = new PriorityQueue<(Route Route, int Next), OpenRequest>(DispatchRule.MostUrgent);
        if (rule.AnyFree)
        {
            foreach (var (from, to) in snapshot.RoutesWithinReach)
            {
                if (vehicles.For(from, to).Vehicle is null) continue;
                var route = new Route(routes.Count);
                foreach (var r in snapshot.OnRoute(from, to))
                {
                    var latest = Latest(snapshot, rule, vehicles, r);
                    if (latest is { } at && at <= snapshot.Now) route.MustGo.Add(r);
                    else route.Waiting.Add(new Held(r, latest, rule.Open(r)));
                }
                routes.Add(route);
                if (route.MustGo.Count > 0) mustGo.Enqueue((route, 0), route.MustGo[0]);
            }
        }

        // What must go takes the vehicles first, most urgent first over all routes; it shares them with the requests of its
        // route that could have waited.
        while (mustGo.TryDequeue(out var next, out var first))
        {
            var route = next.Route;
            if (next.Next + 1 < route.MustGo.Count) mustGo.Enqueue((route, next.Next + 1), route.MustGo[next.Next + 1]);
            while (rule.AnyFree && rule.Open(first) > Tonnage.Epsilon && vehicles.For(first.From, first.To).Vehicle is { } vehicle)
            {
                var (parts, _) = Fill(rule, vehicle, route.Candidates);
                if (parts.Count == 0) break; // no stock: the request waits
                rule.Send(vehicle, first.From, first.To, parts);
            }
        }
        // Then the routes whose waiting requests fill a vehicle, in the order of their most urgent waiting request.
        var full = routes.Where(r => r.Waiting.Count > 0).ToArray();
        Array.Sort(full, (x, y) =>
        {
            int c = DispatchRule.Urgency(x.Waiting[0].Request, y.Waiting[0].Request);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        foreach (var route in full)
        {
            var group = route.Waiting.Select(h => h.Request).ToArray();
            while (rule.AnyFree && group.FirstOrDefault(r => rule.Open(r) > Tonnage.Epsilon) is { } first && vehicles.For(first.From, first.To).Vehicle is { } vehicle)
            {
                var (parts, fill) = Fill(rule, vehicle, group);
                if (parts.Count > 0 && fill >= options.FillThreshold - 1e-9)
                {
                    rule.Send(vehicle, first.From, first.To, parts);
                    continue;
                }
                foreach (var (request, tonnes) in parts) rule.Release(request, tonnes);
                break;
            }
        }
        _next = NextLook(snapshot, rule, vehicles, routes);
        (_worked, _working) = (_working, _worked); // what was looked at now is what the next epoch may find unchanged
        return rule.Decisions;
    }

    /// <summary>One route's open requests, read from the snapshot: those that must go and those that may wait, each most urgent first.</summary>
    private sealed class Route(int index)
    {
        /// <summary>Its place in the snapshot's order of routes (the tie-breaker of equally urgent routes).</summary>
        public int Index { get; } = index;

        public List<OpenRequest> MustGo { get; } = [];

        public List<Held> Waiting { get; } = [];

        /// <summary>What a vehicle sent for a request that must go is loaded with, in this order.</summary>
        public IEnumerable<OpenRequest> Candidates => MustGo.Concat(Waiting.Select(h => h.Request));
    }

    /// <summary>A latest departure as worked out (before the comparison with now), and what it was worked out from.</summary>
    private readonly record struct Worked(int NetworkVersion, SimTime Horizon, Fleet.VehicleType Type, double Reach, double Tonnes, double Latest);

    /// <summary>A request that could wait, with its latest departure and the open tonnes it was worked out for.</summary>
    private readonly record struct Held(OpenRequest Request, SimTime? Latest, double Open);

    /// <summary>
    /// Loads the vehicle with open requests of one route, in the order given, while tonnes and cubic metres allow;
    /// the parts are taken, and the share of the vehicle they fill.
    /// </summary>
    private static (List<(OpenRequest, double)> Parts, double Fill) Fill(DispatchRule rule, VehicleView vehicle, IEnumerable<OpenRequest> candidates)
    {
        double payload = vehicle.Type.PayloadTonnes, volume = vehicle.Type.VolumeM3 ?? double.PositiveInfinity;
        double tonnesLeft = payload, cubicLeft = volume;
        var parts = new List<(OpenRequest, double)>();
        foreach (var other in candidates)
        {
            if (tonnesLeft <= Tonnage.Epsilon) break;
            double t = rule.Fit(other, vehicle, tonnesLeft, cubicLeft);
            if (t <= Tonnage.Epsilon) continue;
            rule.Take(other, t);
            parts.Add((other, t));
            tonnesLeft -= t;
            cubicLeft -= t * other.CubicMetresPerTonne;
        }
        double fill = Math.Max(1 - tonnesLeft / payload, double.IsPositiveInfinity(volume) ? 0 : 1 - cubicLeft / volume);
        return (parts, fill);
    }

    /// <summary>
    /// The last time the request can wait for, against the vehicles free now; null when none can serve
    /// it (a vehicle freed or the network changed brings an epoch). A time at or before now means it must go.
    /// </summary>
    private SimTime? Latest(ISnapshot snapshot, DispatchRule rule, SoonestVehicles vehicles, OpenRequest r)
    {
        var (vehicle, reach) = vehicles.For(r.From, r.To);
        if (vehicle is null) return null;
        double tonnes = Math.Min(rule.Open(r), vehicle.Type.PayloadTonnes);
        var worked = new Worked(snapshot.NetworkVersion, snapshot.Horizon, vehicle.Type, reach, tonnes, double.NaN);
        double latest;
        if ((_working.TryGetValue(r, out var known) || _worked.TryGetValue(r, out known)) && known with { Latest = double.NaN } == worked)
        {
            latest = known.Latest;
        }
        else
        {
            double hours = reach
                + snapshot.HandlingHours(r.From, tonnes) + vehicle.Type.LoadTime.Hours
                + snapshot.TravelHours(vehicle.Type, r.From, r.To)
                + snapshot.HandlingHours(r.To, tonnes) + vehicle.Type.UnloadTime.Hours;
            // The run's end is every request's deadline too: what is held past it is simply not delivered.
            latest = SimTime.Min(r.Due, snapshot.Horizon).Hours - hours - options.Margin.Hours;
        }
        _working[r] = worked with { Latest = latest };
        // Compared in whole ticks, as the clock runs: an epoch asked for at this time finds it due.
        return latest > snapshot.Now.Hours ? SimTime.Max(snapshot.Now, SimTime.FromHours(latest)) : snapshot.Now;
    }

    /// <summary>
    /// When to look again: the earliest latest departure of what is still held, capped by the check interval;
    /// null when no vehicle is free (a vehicle becoming free brings an epoch anyway) or nothing is held. A held
    /// request's latest departure is worked out again only where it can have changed: when a vehicle was sent
    /// (the soonest vehicle of its route may be another now) or its open tonnes differ from those it was worked
    /// out for. On a large scenario most epochs send nothing, and this halves the rule's time.
    /// </summary>
    private SimTime? NextLook(ISnapshot snapshot, DispatchRule rule, SoonestVehicles vehicles, List<Route> routes)
    {
        if (!rule.AnyFree) return null;
        bool sent = rule.Decisions.Count > 0;
        SimTime? next = null;
        foreach (var (r, held, open) in routes.SelectMany(route => route.Waiting))
        {
            double now = rule.Open(r);
            if (now <= Tonnage.Epsilon) continue;
            var latest = !sent && now.Equals(open) ? held : Latest(snapshot, rule, vehicles, r);
            if (latest is not { } at) continue;
            if (next is null || at < next) next = at;
        }
        return next is { } n ? SimTime.Min(n, snapshot.Now + options.CheckEvery) : null;
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// One solve as a routing problem, and the way back from a plan to dispatches. Times are hours from now.
/// Every vehicle (of the whole fleet, or of one region's, <see cref="EpochRegions"/>) enters where and when it will
/// be free (a busy one at the end of its dispatch); each vehicle type travels on its own matrix of current
/// fastest-path times between the nodes the problem uses, with its own loading and unloading times.
/// Requests are cut to the stock left and into parts every type reaching their destination can carry.
/// <para>
/// The prices are the <c>objective</c> KPI's, so the solver minimises, within its horizon, what the run is
/// scored by: a move costs the operating weight times its running cost; a delivery after its due time costs,
/// per hour, its tonnes times the priority's lateness weight plus the deprivation weight times its people times
/// the slope of the deprivation curve (a secant over <see cref="DeprivationStepHours"/> from the lateness the
/// part would have on the fastest direct trip, so more overdue needs weigh more); a part left out of the plan
/// costs what the horizon's end would cost it, a tenth more (so that, at equal prices, the oldest requests
/// are served first rather than left for ever), plus the priority's unmet weight.
/// </para>
/// </summary>
internal sealed class EpochProblem
{
    /// <summary>Span of the secant that prices deprivation: about a delivery's own duration.</summary>
    public const double DeprivationStepHours = 12;

    /// <summary>Extra share on the price of leaving a part out: older requests first at equal prices.</summary>
    public const double LeaveOutMargin = 0.1;

    private readonly IReadOnlyList<NodeId> _nodes;
    private readonly Dictionary<string, (string Request, double Tonnes)> _parts = new(StringComparer.Ordinal);

    private EpochProblem(RoutingProblem problem, IReadOnlyList<NodeId> nodes)
    {
        _nodes = nodes;
        Problem = problem;
        foreach (var r in problem.Requests) _parts[r.Id] = (r.SplitFrom ?? r.Id, r.Tonnes);
    }

    public RoutingProblem Problem { get; }

    /// <summary>What the problem's prices are, per unit of the <c>objective</c> (1 unless they were scaled down).</summary>
    public double ObjectiveScale { get; private init; } = 1;

    /// <summary>The most, in objective units, that leaving every part out may cost the solver (a thousandth of a unit is its integer step).</summary>
    private const double MaxTotalCost = 1e12;

    private static double[,] Scaled(double[,] cost, double scale)
    {
        var scaled = (double[,])cost.Clone();
        for (int i = 0; i < scaled.GetLength(0); i++)
        {
            for (int j = 0; j < scaled.GetLength(1); j++) scaled[i, j] *= scale;
        }
        return scaled;
    }

    /// <summary>The epoch's problem, or null when there is nothing to plan (no vehicle within the horizon, no cargo in stock).</summary>
    /// <param name="s">The snapshot.</param>
    /// <param name="options">The strategy's settings.</param>
    /// <param name="travel">The order of the nodes in the travel matrices.</param>
    /// <param name="busyUntil">Where and when each busy vehicle is expected to be free (the end of its dispatch).</param>
    /// <param name="queues">The queues at nodes with a handling rate: no part is loaded there before the work already sent is
    /// handled. None: loading starts when the vehicle arrives.</param>
    /// <param name="region">One region's share of the epoch (its vehicles, the requests leaving from its places); the whole
    /// epoch when null.</param>
    public static EpochProblem? Build(ISnapshot s, OrToolsStrategyOptions options, FleetTravel travel,
        IReadOnlyDictionary<string, (NodeId Node, SimTime At)> busyUntil, HandlingQueues? queues = null, RegionShare? region = null)
    {
        double horizon = Math.Min(options.HorizonHours, (s.Horizon - s.Now).Hours);
        if (!(horizon > 0)) return null;
        var entering = new List<(VehicleView View, NodeId Node, double From)>();
        foreach (var v in s.Vehicles)
        {
            if (region is not null && !region.Has(v)) continue;
            var (node, at) = !v.IsAvailable && busyUntil.TryGetValue(v.Id, out var end)
                ? (end.Node, SimTime.Max(end.At, v.AvailableAt))
                : (v.Location, v.AvailableAt);
            double from = Math.Max(0, (at - s.Now).Hours);
            if (from < horizon) entering.Add((v, node, from));
        }
        if (!entering.Any(e => e.View.IsAvailable)) return null;
        var cargo = CargoInStock(s, options.MaxRequests, region);
        var nodes = travel.Ordered(s, entering.Select(e => e.Node).Concat(cargo.SelectMany(c => new[] { c.Request.From, c.Request.To })));
        var index = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var types = entering.Select(e => e.View.TypeIndex).Distinct().Order().ToArray();
        var fleet = types.Select(t => entering.First(e => e.View.TypeIndex == t).View.Type).ToArray();
        var matrices = Matrices(s, fleet, nodes);

        var locations = new List<Location>();
        var vehicles = entering.Select(e =>
        {
            locations.Add(new Location($"start:{e.View.Id}", index[e.Node], TimeWindow.Always, 0));
            return new RoutingVehicle(e.View.Id, locations.Count - 1, null, e.View.Type.PayloadTonnes, e.View.Type.VolumeM3 ?? 1e9, 0,
                Array.IndexOf(types, e.View.TypeIndex), e.From);
        }).ToArray();

        var w = s.Objective;
        var requests = new List<TransportRequest>();
        var backlog = new Dictionary<NodeId, double>();
        foreach (var (r, tonnes) in cargo)
        {
            int from = index[r.From], to = index[r.To];
            var reaching = Enumerable.Range(0, types.Length).Where(k => double.IsFinite(matrices[k].Hours[from, to])).ToArray();
            if (reaching.Length == 0) continue; // no vehicle can get there now: a later solve, when a road opens
            var parts = FleetSplitter.Split(tonnes, FleetSplitter.PartTonnes(reaching.Select(k => fleet[k]), r.CubicMetresPerTonne), options.MaxParts);
            double due = (r.Due - s.Now).Hours;
            double fastest = reaching.Min(k => matrices[k].Hours[from, to]);
            double perTonneHour = PerTonneHour(r, w, Math.Max(0, fastest - due));
            double leftOut = w.UnmetAt(r.Priority) + (1 + LeaveOutMargin) * perTonneHour * Math.Max(0, horizon - Math.Max(0, due));
            for (int k = 0; k < parts.Count; k++)
            {
                double t = parts[k];
                locations.Add(new Location($"{r.Id}:pickup", from, NotBefore(Loading(s, queues, backlog, r.From), (r.Ready - s.Now).Hours), s.HandlingHours(r.From, t)));
                // The solver times the start of service; the cargo counts as delivered when unloading ends.
                double unloading = s.HandlingHours(r.To, t) + reaching.Min(k => matrices[k].DeliveryStopHours);
                locations.Add(new Location($"{r.Id}:delivery", to, new TimeWindow(0, Math.Max(0, due - unloading)), s.HandlingHours(r.To, t)));
                requests.Add(new TransportRequest(RequestSplitter.PartId(r.Id, k + 1), locations.Count - 2, locations.Count - 1,
                    t, t * r.CubicMetresPerTonne, r.Priority, t * leftOut, r.Id, t * perTonneHour));
            }
        }
        if (requests.Count == 0) return null;
        // The solver adds int64 costs and saturates rather than overflow: a plan of needs weeks overdue would then
        // cost the same whatever it does. Every price is scaled down alike so that leaving everything out stays
        // within the range; the choice of plan does not change, and ObjectiveScale converts back.
        double total = requests.Sum(r => r.DropPenalty);
        double scale = total > MaxTotalCost ? MaxTotalCost / total : 1;
        if (scale < 1)
        {
            requests = requests.Select(r => r with { DropPenalty = r.DropPenalty * scale, LatenessCostPerHour = r.LatenessCostPerHour * scale }).ToList();
            matrices = matrices.Select(m => m with { Cost = Scaled(m.Cost, scale) }).ToArray();
        }
        var problem = new RoutingProblem(locations, matrices, vehicles, requests, horizon, RoutingObjective.Distance, LatenessCostPerHour: 0);
        return new EpochProblem(problem, nodes) { ObjectiveScale = scale };
    }

    /// <summary>
    /// One matrix per fleet entry, between <paramref name="nodes"/>. Entries that travel and cost alike (the same trucks at
    /// every hub) share one matrix's arrays: each is asked of the network once.
    /// </summary>
    private static TravelMatrix[] Matrices(ISnapshot s, VehicleType[] fleet, IReadOnlyList<NodeId> nodes)
    {
        var made = new Dictionary<(TransportMode, double, double, double, SimTime, SimTime), TravelMatrix>();
        return fleet.Select(type =>
        {
            var key = (type.Mode, type.SpeedKmh, type.CostPerKm, type.CostPerHour, type.LoadTime, type.UnloadTime);
            if (!made.TryGetValue(key, out var matrix)) return made[key] = FleetTravel.For(s, type, nodes);
            return matrix with { Name = type.Id.Value };
        }).ToArray();
    }

    /// <summary>When loading may start at <paramref name="node"/>: once the work already sent there is handled.</summary>
    private static TimeWindow Loading(ISnapshot s, HandlingQueues? queues, Dictionary<NodeId, double> backlog, NodeId node)
    {
        if (queues is null || queues.Counted?.Contains(node) == false) return TimeWindow.Always;
        if (!backlog.TryGetValue(node, out double hours)) backlog[node] = hours = queues.BacklogHours(s, node);
        return hours > 0 && double.IsFinite(hours) ? TimeWindow.Always with { ReadyHours = hours } : TimeWindow.Always;
    }

    /// <summary>A pickup window that opens no sooner than <paramref name="readyHours"/> (a sampled future request's ready time; 0 or less for a ready one).</summary>
    private static TimeWindow NotBefore(TimeWindow window, double readyHours) =>
        readyHours > window.ReadyHours ? window with { ReadyHours = readyHours } : window;

    /// <summary>
    /// What an hour late costs a tonne of <paramref name="r"/> in the <c>objective</c>: the priority's lateness
    /// weight, plus for a need the deprivation of its people, linearised from <paramref name="lateness"/> hours late.
    /// </summary>
    public static double PerTonneHour(OpenRequest r, ObjectiveWeights w, double lateness)
    {
        double price = w.LatenessAt(r.Priority);
        if (r.PeoplePerTonne > 0 && w.Deprivation > 0)
        {
            double rise = DeprivationCost.PerPerson(lateness + DeprivationStepHours, w.DeprivationCapHours)
                - DeprivationCost.PerPerson(lateness, w.DeprivationCapHours);
            price += w.Deprivation * r.PeoplePerTonne * rise / DeprivationStepHours;
        }
        return price;
    }

    /// <summary>
    /// The most urgent requests, each cut to the stock left after the more urgent ones, taken from each origin in
    /// turn: a backlog at the port must not crowd out the airport's cargo, which only the helicopters there carry.
    /// </summary>
    private static List<(OpenRequest Request, double Tonnes)> CargoInStock(ISnapshot s, int maxRequests, RegionShare? region)
    {
        var claimed = new Dictionary<(NodeId, ItemId), double>();
        var byOrigin = new List<Queue<(OpenRequest, double)>>();
        var origins = new Dictionary<NodeId, int>();
        // A region's requests are those leaving from its places, and only they draw on those places' stock.
        var open = region is null ? s.Requests : s.Requests.Where(region.Has);
        foreach (var r in open.OrderBy(r => r.Priority).ThenBy(r => r.Due).ThenBy(r => r.Ready).ThenBy(r => r.Sequence))
        {
            double left = s.AvailableStock(r.From, r.Item) - claimed.GetValueOrDefault((r.From, r.Item));
            double tonnes = Math.Min(r.Tonnes, left);
            if (tonnes <= Tonnage.Epsilon) continue;
            claimed[(r.From, r.Item)] = claimed.GetValueOrDefault((r.From, r.Item)) + tonnes;
            if (!origins.TryGetValue(r.From, out int o))
            {
                origins[r.From] = o = byOrigin.Count;
                byOrigin.Add(new Queue<(OpenRequest, double)>());
            }
            byOrigin[o].Enqueue((r, tonnes));
        }
        var cargo = new List<(OpenRequest, double)>();
        while (cargo.Count < maxRequests && byOrigin.Any(q => q.Count > 0))
        {
            foreach (var queue in byOrigin)
            {
                if (cargo.Count < maxRequests && queue.TryDequeue(out var next)) cargo.Add(next);
            }
        }
        return cargo;
    }

    /// <summary>Each planned route as a dispatch: consecutive visits to one node become one stop (unload, then load).</summary>
    public IReadOnlyList<Dispatch> Routes(RoutePlan plan)
    {
        var dispatches = new List<Dispatch>();
        foreach (var route in plan.Routes.Where(r => r.Stops.Count > 0))
        {
            var stops = new List<Stop>();
            NodeId? node = null;
            List<CargoPart> unload = [], load = [];
            foreach (var planned in route.Stops)
            {
                var at = _nodes[Problem.Locations[planned.Location].Node];
                if (node is { } current && current != at)
                {
                    stops.Add(new Stop(current, unload, load));
                    unload = [];
                    load = [];
                }
                node = at;
                var (request, tonnes) = _parts[planned.RequestId];
                (planned.Kind == StopKind.Pickup ? load : unload).Add(new CargoPart(request, tonnes));
            }
            stops.Add(new Stop(node!.Value, unload, load));
            dispatches.Add(new Dispatch(route.VehicleId, stops));
        }
        return dispatches;
    }

    /// <summary>True when the plan's part <paramref name="id"/> is one of this problem's.</summary>
    public bool HasPart(string id) => _parts.ContainsKey(id);

    /// <summary>True when vehicle <paramref name="id"/> is in this problem.</summary>
    public bool HasVehicle(string id) => Problem.Vehicles.Any(v => v.Id == id);
}

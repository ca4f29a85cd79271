// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// One decision epoch as a routing problem, and the way back from a plan to dispatch decisions.
/// Times are hours from now; each vehicle starts where it is (or where its current leg ends) when it
/// is free; each vehicle type travels on its own matrix of current fastest-path times (closed links
/// are absent); requests the stock cannot cover are cut to what it can.
/// </summary>
internal sealed class EpochProblem
{
    private readonly ISnapshot _snapshot;
    private readonly Dictionary<string, (string Request, double Tonnes)> _parts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vehicles = new(StringComparer.Ordinal);

    private EpochProblem(ISnapshot snapshot, RoutingProblem problem)
    {
        _snapshot = snapshot;
        Problem = problem;
        foreach (var r in problem.Requests) _parts[r.Id] = (r.SplitFrom ?? r.Id, r.Tonnes);
        foreach (var v in problem.Vehicles) _vehicles.Add(v.Id);
    }

    public RoutingProblem Problem { get; }

    public bool HasVehicle(string id) => _vehicles.Contains(id);

    public bool HasRequest(string id) => _parts.ContainsKey(id);

    /// <summary>The epoch's problem, or null when there is nothing to plan (no free vehicle, no cargo in stock).</summary>
    public static EpochProblem? Build(ISnapshot s, OrToolsStrategyOptions options)
    {
        var vehicles = s.Vehicles.Where(v => v.IsAvailable).ToArray();
        if (vehicles.Length == 0) return null;
        var cargo = CargoInStock(s, options.MaxRequests);
        if (cargo.Count == 0) return null;
        var index = s.Nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var types = vehicles.Select(v => v.TypeIndex).Distinct().Order().ToArray();
        var matrices = types.Select(t => Matrix(s, vehicles.First(v => v.TypeIndex == t).Type)).ToArray();
        var penalties = DropPenaltyRule.ForCosts(matrices, RoutingObjective.Time);
        var locations = new List<Location>();
        var routingVehicles = vehicles.Select(v =>
        {
            locations.Add(new Location($"start:{v.Id}", index[v.Location], TimeWindow.Always, 0));
            return new RoutingVehicle(v.Id, locations.Count - 1, null, v.Type.PayloadTonnes, v.Type.VolumeM3 ?? 1e9, 0,
                Array.IndexOf(types, v.TypeIndex), Math.Max(0, (v.AvailableAt - s.Now).Hours));
        }).ToArray();
        var requests = new List<TransportRequest>();
        foreach (var (r, tonnes) in cargo)
        {
            locations.Add(new Location($"{r.Id}:pickup", index[r.From], TimeWindow.Always, s.HandlingHours(r.From, tonnes)));
            locations.Add(new Location($"{r.Id}:delivery", index[r.To], new TimeWindow(0, Math.Max(0, (r.Due - s.Now).Hours)), s.HandlingHours(r.To, tonnes)));
            requests.Add(new TransportRequest(r.Id, locations.Count - 2, locations.Count - 1, tonnes, tonnes * r.CubicMetresPerTonne,
                r.Priority, penalties.For(tonnes, r.Priority)));
        }
        var problem = new RoutingProblem(locations, matrices, routingVehicles, requests, options.HorizonHours,
            RoutingObjective.Time, options.LatenessCostPerHour);
        return new EpochProblem(s, RequestSplitter.SplitOversized(problem));
    }

    /// <summary>The most urgent requests, each cut to the stock left after the more urgent ones.</summary>
    private static List<(OpenRequest Request, double Tonnes)> CargoInStock(ISnapshot s, int maxRequests)
    {
        var claimed = new Dictionary<(NodeId, ItemId), double>();
        var cargo = new List<(OpenRequest, double)>();
        foreach (var r in s.Requests.OrderBy(r => r.Priority).ThenBy(r => r.Due).ThenBy(r => r.Ready).ThenBy(r => r.Sequence))
        {
            if (cargo.Count == maxRequests) break;
            double left = s.AvailableStock(r.From, r.Item) - claimed.GetValueOrDefault((r.From, r.Item));
            double tonnes = Math.Min(r.Tonnes, left);
            if (tonnes <= Tonnage.Epsilon) continue;
            claimed[(r.From, r.Item)] = claimed.GetValueOrDefault((r.From, r.Item)) + tonnes;
            cargo.Add((r, tonnes));
        }
        return cargo;
    }

    private static TravelMatrix Matrix(ISnapshot s, Core.Fleet.VehicleType type)
    {
        int n = s.Nodes.Count;
        var hours = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++) hours[i, j] = s.TravelHours(type, s.Nodes[i], s.Nodes[j]);
        }
        return new TravelMatrix(type.Id.Value, hours, hours);
    }

    /// <summary>Each planned route as a dispatch: consecutive visits to one node become one stop (unload, then load).</summary>
    public IReadOnlyList<Decision> Decisions(RoutePlan plan)
    {
        var decisions = new List<Decision>();
        foreach (var route in plan.Routes.Where(r => r.Stops.Count > 0).OrderBy(r => r.VehicleId, StringComparer.Ordinal))
        {
            var stops = new List<Stop>();
            NodeId? node = null;
            List<CargoPart> unload = [], load = [];
            foreach (var planned in route.Stops)
            {
                var at = _snapshot.Nodes[Problem.Locations[planned.Location].Node];
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
            decisions.Add(new Dispatch(route.VehicleId, stops));
        }
        return decisions;
    }
}

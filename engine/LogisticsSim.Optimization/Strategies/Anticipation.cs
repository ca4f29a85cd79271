// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Routing;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// How often each open request would leave now if the future were known: at a solve, the epoch is planned again
/// with each of a number of sampled futures' requests added (<see cref="DemandSampler"/>: they may be loaded from
/// their ready time and are priced as real ones), and a request counts as leaving now in a future when a vehicle
/// free now carries it on its first trip of that plan. A request that leaves now in few futures is one whose
/// vehicle the coming demand is likely to want elsewhere, or to fill on the way: its trip may wait (the dynamic
/// VRP challenge's best entries postponed in the same way). Each future is planned by <see cref="GreedyStart"/>,
/// the plan the default search returns.
/// </summary>
internal sealed class Anticipation(DemandSampler sampler, int futures)
{
    private readonly Dictionary<string, int> _leaving = new(StringComparer.Ordinal);

    /// <summary>The futures sampled at each solve.</summary>
    public int Futures { get; } = futures;

    /// <summary>Plans the sampled futures of the epoch and counts, for each open request planned, those in which it leaves now.</summary>
    public void Sample(ISnapshot s, OrToolsStrategyOptions options, FleetTravel travel,
        IReadOnlyDictionary<string, (NodeId Node, Kernel.SimTime At)> busyUntil, HandlingQueues? queues)
    {
        _leaving.Clear();
        var until = s.Now + Kernel.SimTime.FromHours(options.HorizonHours);
        var free = s.Vehicles.Where(v => v.IsAvailable).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        for (int k = 0; k < Futures; k++)
        {
            var future = sampler.Draw(s.Now, until, k);
            // Room for the future's requests too, so that they do not crowd the open ones out of the solve.
            var epoch = EpochProblem.Build(new SampledSnapshot(s, future), options with { MaxRequests = options.MaxRequests + future.Count }, travel, busyUntil, queues);
            if (epoch is null) continue;
            var problem = epoch.Problem;
            var request = problem.Requests.ToDictionary(r => r.Id, r => r.SplitFrom ?? r.Id, StringComparer.Ordinal);
            foreach (string id in request.Values.Where(id => !DemandSampler.IsSampled(id))) _leaving.TryAdd(id, 0);
            var now = new HashSet<string>(StringComparer.Ordinal);
            foreach (var route in GreedyStart.Routes(problem))
            {
                if (!free.Contains(route.VehicleId)) continue;
                // The first trip: the loads before its first delivery.
                foreach (var stop in route.Stops.TakeWhile(x => x.Kind == StopKind.Pickup)) now.Add(request[stop.RequestId]);
            }
            foreach (string id in now.Where(id => !DemandSampler.IsSampled(id))) _leaving[id]++;
        }
    }

    /// <summary>
    /// The share of the last solve's futures in which request <paramref name="id"/> left now; null when it was not
    /// planned then (nothing is known of it).
    /// </summary>
    public double? LeavingShare(string id) => Futures > 0 && _leaving.TryGetValue(id, out int n) ? (double)n / Futures : null;

    /// <summary>
    /// True when the trip carries only requests that left now in fewer than <paramref name="threshold"/> of the last
    /// solve's futures (a request not planned then counts as leaving now).
    /// </summary>
    public bool Rarely(Dispatch trip, double threshold) =>
        trip.Stops.SelectMany(x => x.Load).All(p => LeavingShare(p.RequestId) is { } share && share < threshold);
}

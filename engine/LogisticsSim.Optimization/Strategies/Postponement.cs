// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Optimization.Strategies;

/// <summary>
/// When a planned trip must leave. The <c>objective</c> charges nothing for cargo that arrives by its due time
/// (or is not due before the run ends), so a trip whose every delivery would still be on time if it left later
/// loses nothing by waiting, and may gain: cargo that arrives meanwhile on the same way shares the vehicle
/// (the dynamic VRP challenge's winning entries postponed what the plan did not need now in the same way).
/// The slack kept is a share of the request's whole window (ready to due), so a request due long after the run
/// ends is not held: a cautious choice, not what the objective alone would ask.
/// </summary>
internal static class Postponement
{
    /// <summary>The longest a held trip goes without being looked at again.</summary>
    public const double LookAgainHours = 24;

    /// <summary>
    /// The latest time the first of <paramref name="trips"/> (the vehicle's planned trips, in order, each leaving
    /// when the one before ends: waiting delays them all) can leave with every delivery before its due time or the
    /// run's end, whichever is first, by at least the part of its request's window (ready to due) beyond
    /// <paramref name="share"/>, and at least <paramref name="marginHours"/>, at the expected travel and handling times
    /// from where <paramref name="vehicle"/> is; now when it must leave now, including when a delivery is already late
    /// or a path is closed.
    /// </summary>
    /// <remarks>
    /// Spare time in proportion to the window, not a fixed margin alone: cargo held to the last hours meets every road
    /// closure and handling queue of its way with no time left (on the tight fleet, holding to a 2 h margin made many
    /// deliveries late; holding half the window kept all of the gain on the ample fleet).
    /// </remarks>
    public static SimTime LatestStart(ISnapshot s, VehicleView vehicle, IEnumerable<Dispatch> trips, TripLedger ledger, double share, double marginHours,
        HandlingQueues? queues = null)
    {
        double slack = double.PositiveInfinity;
        void AtStop(Stop stop, double hours)
        {
            foreach (var part in stop.Unload)
            {
                // A later trip's cargo may have left with another vehicle meanwhile: it no longer binds.
                if (ledger.Request(part.RequestId) is not { } r) continue;
                var deadline = SimTime.Min(r.Due, s.Horizon);
                double spare = Math.Max(marginHours, (1 - share) * (r.Due - r.Ready).Hours);
                slack = Math.Min(slack, (deadline - s.Now).Hours - hours - spare);
            }
        }
        var stops = trips.SelectMany(t => t.Stops);
        // With the queues, leaving now is what is timed: waiting longer may find a longer queue, never a shorter one
        // (the visits already sent only end), so the slack found now is an upper bound on the wait.
        double total = queues is null ? HandlingQueues.Unqueued(s, vehicle, stops, AtStop) : queues.Hours(s, vehicle, s.Now, stops, record: false, AtStop);
        if (!double.IsFinite(total) || !(slack > 0)) return s.Now;
        // At most a day ahead: the time is also when to look again, and a far deadline is looked at as cargo moves.
        return s.Now + SimTime.FromHours(Math.Min(slack, LookAgainHours));
    }
}

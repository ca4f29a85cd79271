// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// Windows on the time dimension. Ready times are hard (the vehicle waits). Due times at pickups and
/// deliveries are hard, or soft upper bounds priced per tick when the problem prices lateness.
/// A vehicle's return only has to happen before the horizon, and before its end location's due time when
/// due times are hard.
/// </summary>
internal static class TimeWindows
{
    public static void Apply(SolverModel m, long horizon)
    {
        var problem = m.Problem;
        long? latePerTick = problem.LatenessCostPerHour is double price ? ModelScale.LatenessPerTick(price) : null;
        for (int v = 0; v < problem.Vehicles.Count; v++)
        {
            var vehicle = problem.Vehicles[v];
            var start = problem.Locations[vehicle.StartLocation];
            long earliest = ModelScale.TicksUp(Math.Max(vehicle.AvailableFromHours, start.Window.ReadyHours));
            m.Time.CumulVar(m.Model.Start(v)).SetRange(Math.Min(earliest, horizon), horizon);
            long latestReturn = horizon;
            if (vehicle.EndLocation is int end && latePerTick is null)
            {
                latestReturn = Math.Min(horizon, ModelScale.TicksDown(problem.Locations[end].Window.DueHours));
            }
            m.Time.CumulVar(m.Model.End(v)).SetRange(0, Math.Max(0, latestReturn));
        }
        var nodes = m.Layout.Nodes;
        for (int node = 0; node < nodes.Count; node++)
        {
            if (nodes[node].Role is NodeRole.Start or NodeRole.End) continue;
            var window = problem.Locations[nodes[node].Location].Window;
            long index = m.IndexOf(node);
            long ready = Math.Min(ModelScale.TicksUp(window.ReadyHours), horizon);
            long due = Math.Clamp(ModelScale.TicksDown(Math.Min(window.DueHours, 1e12)), ready, horizon);
            if (latePerTick is long coefficient)
            {
                m.Time.CumulVar(index).SetRange(ready, horizon);
                // A request's own price applies at its delivery, where its cargo arrives.
                if (nodes[node].Role == NodeRole.Delivery && problem.Requests[nodes[node].Request].LatenessCostPerHour is double own)
                {
                    coefficient = ModelScale.LatenessPerTick(own);
                }
                if (due < horizon && coefficient > 0) m.Time.SetCumulVarSoftUpperBound(index, due, coefficient);
            }
            else
            {
                m.Time.CumulVar(index).SetRange(ready, due);
            }
        }
    }
}

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
        for (int v = 0; v < problem.Vehicles.Count; v++)
        {
            m.Time.CumulVar(m.Model.Start(v)).SetRange(Start(problem, v, horizon), horizon);
            m.Time.CumulVar(m.Model.End(v)).SetRange(0, LatestReturn(problem, v, horizon));
        }
        var nodes = m.Layout.Nodes;
        for (int node = 0; node < nodes.Count; node++)
        {
            if (nodes[node].Role is NodeRole.Start or NodeRole.End) continue;
            long index = m.IndexOf(node);
            var (ready, latest, due, perTick) = Bounds(problem, m.Layout, node, horizon);
            m.Time.CumulVar(index).SetRange(ready, latest);
            if (perTick > 0) m.Time.SetCumulVarSoftUpperBound(index, due, perTick);
        }
    }

    /// <summary>The earliest tick vehicle <paramref name="v"/> may leave its start: when it is free and its start is open.</summary>
    public static long Start(RoutingProblem problem, int v, long horizon)
    {
        var vehicle = problem.Vehicles[v];
        var start = problem.Locations[vehicle.StartLocation];
        return Math.Min(ModelScale.TicksUp(Math.Max(vehicle.AvailableFromHours, start.Window.ReadyHours)), horizon);
    }

    /// <summary>The latest tick vehicle <paramref name="v"/> may be back: the horizon, or its end's due time when due times are hard.</summary>
    public static long LatestReturn(RoutingProblem problem, int v, long horizon)
    {
        long latest = horizon;
        if (problem.Vehicles[v].EndLocation is int end && problem.LatenessCostPerHour is null)
        {
            latest = Math.Min(horizon, ModelScale.TicksDown(problem.Locations[end].Window.DueHours));
        }
        return Math.Max(0, latest);
    }

    /// <summary>
    /// The time dimension's bounds at a pickup or delivery node: earliest and latest tick, and the soft due time with its
    /// price per tick (0: none, the due time is then the latest tick, hard). A start or end node's bounds are its vehicle's.
    /// </summary>
    public static (long Ready, long Latest, long Due, long PerTick) Bounds(RoutingProblem problem, VisitLayout layout, int node, long horizon)
    {
        var info = layout.Nodes[node];
        if (info.Role == NodeRole.Start) return (Start(problem, info.Vehicle, horizon), horizon, 0, 0);
        if (info.Role == NodeRole.End) return (0, LatestReturn(problem, info.Vehicle, horizon), 0, 0);
        var window = problem.Locations[info.Location].Window;
        long ready = Math.Min(ModelScale.TicksUp(window.ReadyHours), horizon);
        long due = Math.Clamp(ModelScale.TicksDown(Math.Min(window.DueHours, 1e12)), ready, horizon);
        if (problem.LatenessCostPerHour is not double price) return (ready, due, 0, 0);
        long coefficient = ModelScale.LatenessPerTick(price);
        // A request's own price applies at its delivery, where its cargo arrives.
        if (info.Role == NodeRole.Delivery && problem.Requests[info.Request].LatenessCostPerHour is double own)
        {
            coefficient = ModelScale.LatenessPerTick(own);
        }
        return (ready, horizon, due, due < horizon && coefficient > 0 ? coefficient : 0);
    }
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Timelines;

/// <summary>The sample times of a timeline: every step from zero, and the horizon itself.</summary>
public static class TimelineGrid
{
    /// <summary>About 120 points over the horizon, in whole hours: 6 h for 30 days, 3 h for 14.</summary>
    public static SimTime DefaultStep(SimTime horizon) =>
        SimTime.FromHours(Math.Max(1, Math.Ceiling(horizon.Hours / 120)));

    /// <summary>0, step, 2 step, ... below the horizon, then the horizon.</summary>
    public static IReadOnlyList<SimTime> Times(SimTime horizon, SimTime step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step.Ticks, 0L);
        var times = new List<SimTime>();
        for (long t = 0; t < horizon.Ticks; t += step.Ticks) times.Add(new SimTime(t));
        times.Add(horizon);
        return times;
    }

    /// <summary>The first grid index whose time is at or after <paramref name="time"/>: where an event at that time first counts.</summary>
    public static int FirstAtOrAfter(IReadOnlyList<SimTime> grid, SimTime time)
    {
        int lo = 0, hi = grid.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (grid[mid] < time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

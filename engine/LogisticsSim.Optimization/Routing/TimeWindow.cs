// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>When service may start at a location, in hours since the planning origin.</summary>
/// <param name="ReadyHours">Earliest service start: a vehicle arriving earlier waits. Always hard.</param>
/// <param name="DueHours">Latest service start. Hard unless the problem prices lateness
/// (<see cref="RoutingProblem.LatenessCostPerHour"/>), in which case starting later costs that price per hour.</param>
public readonly record struct TimeWindow(double ReadyHours, double DueHours)
{
    /// <summary>A window that never binds.</summary>
    public static TimeWindow Always { get; } = new(0, double.MaxValue);
}

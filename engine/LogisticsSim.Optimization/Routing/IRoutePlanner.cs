// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// The routing port: plain records in, plain records out. A solver outcome (no solution, infeasible)
/// is reported in <see cref="RoutePlan.Status"/>, never thrown; a malformed problem throws
/// <see cref="ArgumentException"/>.
/// </summary>
public interface IRoutePlanner
{
    /// <summary>Plans routes for <paramref name="problem"/> within <paramref name="budget"/>.</summary>
    RoutePlan Plan(RoutingProblem problem, PlanningBudget budget);
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>
/// Asks <paramref name="primary"/> first and, when it returns no usable plan, <paramref name="fallback"/>
/// (for example a greedy dispatch rule), marking that plan <see cref="RoutePlan.FromFallback"/>.
/// </summary>
public sealed class FallbackRoutePlanner(IRoutePlanner primary, IRoutePlanner fallback) : IRoutePlanner
{
    /// <inheritdoc />
    public RoutePlan Plan(RoutingProblem problem, PlanningBudget budget)
    {
        var plan = primary.Plan(problem, budget);
        return plan.HasSolution ? plan : fallback.Plan(problem, budget) with { FromFallback = true };
    }
}

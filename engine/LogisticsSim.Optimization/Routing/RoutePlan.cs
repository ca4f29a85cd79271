// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>The answer of a planner.</summary>
/// <param name="Routes">One route per vehicle, in the problem's vehicle order (empty routes included).</param>
/// <param name="DroppedRequestIds">Requests (or parts) left unserved, in the problem's order.</param>
/// <param name="ObjectiveValue">Total cost in objective units: moves + fixed costs of used vehicles
/// + drop penalties + lateness; NaN when there is no plan.</param>
/// <param name="Status">How planning ended.</param>
/// <param name="FromFallback">True when the plan comes from a fallback planner, not the primary one.</param>
public sealed record RoutePlan(
    IReadOnlyList<VehicleRoute> Routes,
    IReadOnlyList<string> DroppedRequestIds,
    double ObjectiveValue,
    PlanStatus Status,
    bool FromFallback = false)
{
    /// <summary>True when the plan holds routes the caller may execute.</summary>
    public bool HasSolution => Status is PlanStatus.Solved or PlanStatus.Optimal;

    /// <summary>A plan without routes, for a solver that found none.</summary>
    public static RoutePlan Failed(PlanStatus status) => new([], [], double.NaN, status);
}

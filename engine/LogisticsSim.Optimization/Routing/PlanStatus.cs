// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>How planning ended.</summary>
public enum PlanStatus
{
    /// <summary>A plan was found; the search stopped on its budget or at a local optimum.</summary>
    Solved,

    /// <summary>A plan was found and proven optimal.</summary>
    Optimal,

    /// <summary>No plan was found within the budget; the caller should fall back.</summary>
    NoSolution,

    /// <summary>The solver proved that no plan exists (e.g. onboard cargo that cannot be delivered).</summary>
    Infeasible,

    /// <summary>The solver rejected the model it was given.</summary>
    InvalidModel,
}

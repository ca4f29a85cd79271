// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>How the planner improves its first solution.</summary>
public enum SearchStrategy
{
    /// <summary>Local search down to the first local optimum, then stop.</summary>
    GreedyDescent,

    /// <summary>Guided local search: penalises features of local optima to escape them.</summary>
    GuidedLocalSearch,

    /// <summary>Iterated local search: ruin part of the solution, recreate it, descend, repeat.</summary>
    IteratedLocalSearch,
}

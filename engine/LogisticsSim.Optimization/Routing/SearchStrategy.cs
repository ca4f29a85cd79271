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

    /// <summary>
    /// Ruin and recreate in .NET (string removals, insertion with blinks, simulated annealing) from the solver's
    /// construction: tens of thousands of steps where <see cref="IteratedLocalSearch"/> makes tens. A solution
    /// limit counts its steps.
    /// </summary>
    RuinAndRecreate,
}

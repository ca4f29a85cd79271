// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>How the planner builds its first solution.</summary>
public enum FirstSolutionHeuristic
{
    /// <summary>Let the solver choose.</summary>
    Automatic,

    /// <summary>Inserts each request where it costs least, across all routes at once.</summary>
    ParallelCheapestInsertion,

    /// <summary>Inserts requests one by one, each at its cheapest place.</summary>
    LocalCheapestInsertion,

    /// <summary>Extends each route by its cheapest next arc.</summary>
    PathCheapestArc,

    /// <summary>Clarke and Wright savings.</summary>
    Savings,
}

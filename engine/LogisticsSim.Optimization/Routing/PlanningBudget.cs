// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing;

/// <summary>How long and how the planner may search.</summary>
/// <param name="TimeLimit">Wall-clock limit; null for none. Results under a time limit depend on machine speed.</param>
/// <param name="SolutionLimit">Limit on solutions explored; null for none. The reproducible limit:
/// the same problem and limit give the same plan.</param>
/// <param name="Strategy">Improvement metaheuristic. Iterated local search by default: best on the benchmarks, and
/// its ruin-and-recreate escapes plans where no single insertion pays (guided local search stays stuck there).</param>
/// <param name="FirstSolution">Construction heuristic. Local cheapest insertion by default: on a 300-request,
/// 60-vehicle epoch it builds a plan in about a second where parallel cheapest insertion needs 5 s or more
/// (see benches/ROUTING.md); parallel cheapest insertion gives better starts on 100-stop benchmarks.</param>
/// <param name="InitialRoutes">Routes to start from (for example the previous epoch's plan, stops identified by
/// request id and kind). Stops that no longer exist are skipped; if the rest is infeasible it is ignored.</param>
public sealed record PlanningBudget(
    TimeSpan? TimeLimit,
    long? SolutionLimit,
    SearchStrategy Strategy = SearchStrategy.IteratedLocalSearch,
    FirstSolutionHeuristic FirstSolution = FirstSolutionHeuristic.LocalCheapestInsertion,
    IReadOnlyList<VehicleRoute>? InitialRoutes = null)
{
    /// <summary>A reproducible budget: stops after <paramref name="solutions"/> solutions, whatever the machine.</summary>
    public static PlanningBudget Solutions(long solutions, SearchStrategy strategy = SearchStrategy.IteratedLocalSearch)
        => new(null, solutions, strategy);

    /// <summary>A wall-clock budget, for benchmarks and interactive use.</summary>
    public static PlanningBudget Seconds(double seconds, SearchStrategy strategy = SearchStrategy.IteratedLocalSearch)
        => new(TimeSpan.FromSeconds(seconds), null, strategy);
}

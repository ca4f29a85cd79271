// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>How the iterated local search ruins and recreates a solution at each step.</summary>
/// <param name="RuinedVisits">Visits removed per ruin (a pickup-and-delivery pair counts once).</param>
/// <param name="UseSisrRuin">True: slack induction by string removals (strings of neighbouring visits);
/// false: a random walk over neighbouring visits.</param>
/// <param name="Recreate">Heuristic that reinserts the removed visits.</param>
/// <param name="AnnealingStartTemperature">Null: accept a recreated solution only when it improves (greedy);
/// otherwise simulated annealing starting at this temperature, in objective units.</param>
public sealed record IteratedSearchSettings(
    int RuinedVisits = 20,
    bool UseSisrRuin = false,
    FirstSolutionHeuristic Recreate = FirstSolutionHeuristic.ParallelCheapestInsertion,
    double? AnnealingStartTemperature = null);

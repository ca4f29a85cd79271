// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// How the iterated local search ruins and recreates a solution at each step. The defaults are the best of
/// the settings measured on the Li and Lim and Solomon instances at 10 s (benches/ROUTING.md).
/// </summary>
/// <param name="RuinedVisits">Visits removed per ruin (a pickup-and-delivery pair counts once).</param>
/// <param name="Ruin">Which visits are removed.</param>
/// <param name="Recreate">Heuristic that reinserts the removed visits.</param>
/// <param name="AnnealingStartTemperature">Null: accept a recreated solution only when it improves (greedy);
/// otherwise simulated annealing starting at this temperature, in objective units (0: chosen by the solver
/// from the average move cost).</param>
/// <param name="LeanDescent">True: the descent after each recreate leaves out the insertion-based large
/// neighbourhood operators, whose role ruin-and-recreate already plays; each step is then much faster.</param>
public sealed record IteratedSearchSettings(
    int RuinedVisits = 20,
    RuinMethod Ruin = RuinMethod.RandomWalk,
    FirstSolutionHeuristic Recreate = FirstSolutionHeuristic.ParallelCheapestInsertion,
    double? AnnealingStartTemperature = 0,
    bool LeanDescent = true);

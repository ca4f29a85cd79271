// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.ConstraintSolver;
using Google.OrTools.Util;
using Google.Protobuf.WellKnownTypes;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>Translates a <see cref="PlanningBudget"/> into OR-Tools search parameters.</summary>
internal static class SearchParameters
{
    public static RoutingSearchParameters For(PlanningBudget budget, IteratedSearchSettings ils, TimeSpan safetyLimit)
    {
        var p = operations_research_constraint_solver.DefaultRoutingSearchParameters();
        p.FirstSolutionStrategy = Heuristic(budget.FirstSolution);
        p.TimeLimit = Duration.FromTimeSpan(budget.TimeLimit ?? safetyLimit);
        if (budget.SolutionLimit is long solutions) p.SolutionLimit = solutions;
        p.LogSearch = false;
        switch (budget.Strategy)
        {
            case SearchStrategy.GreedyDescent:
                p.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GreedyDescent;
                break;
            case SearchStrategy.GuidedLocalSearch:
                p.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
                break;
            case SearchStrategy.IteratedLocalSearch:
                // Greedy descent inside: with guided local search the improvement step never ends and
                // ruin-and-recreate never runs (measured on 9.15).
                p.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GreedyDescent;
                p.UseIteratedLocalSearch = true;
                p.IteratedLocalSearchParameters = Iterated(ils);
                if (ils.LeanDescent) LeaveOutInsertionNeighbourhoods(p.LocalSearchOperators);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(budget), budget.Strategy, "a search strategy the planner does not know");
        }
        return p;
    }

    private static void LeaveOutInsertionNeighbourhoods(RoutingSearchParameters.Types.LocalSearchNeighborhoodOperators o)
    {
        o.UseGlobalCheapestInsertionPathLns = OptionalBoolean.BoolFalse;
        o.UseLocalCheapestInsertionPathLns = OptionalBoolean.BoolFalse;
        o.UseRelocatePathGlobalCheapestInsertionInsertUnperformed = OptionalBoolean.BoolFalse;
        o.UseGlobalCheapestInsertionVisitTypesLns = OptionalBoolean.BoolFalse;
        o.UseLocalCheapestInsertionVisitTypesLns = OptionalBoolean.BoolFalse;
    }

    private static IteratedLocalSearchParameters Iterated(IteratedSearchSettings settings)
    {
        var ruin = settings.Ruin switch
        {
            RuinMethod.StringRemoval => new RuinStrategy
            {
                Sisr = new SISRRuinStrategy
                {
                    AvgNumRemovedVisits = (uint)settings.RuinedVisits,
                    MaxRemovedSequenceSize = 10,
                    BypassFactor = 0.01,
                },
            },
            RuinMethod.CloseRoutes => new RuinStrategy
            {
                SpatiallyCloseRoutes = new SpatiallyCloseRoutesRuinStrategy { NumRuinedRoutes = 2 },
            },
            RuinMethod.RandomWalk => new RuinStrategy { RandomWalk = new RandomWalkRuinStrategy { NumRemovedVisits = (uint)settings.RuinedVisits } },
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Ruin, "a ruin method the planner does not know"),
        };
        var recreate = new RuinRecreateParameters
        {
            RecreateStrategy = new RecreateStrategy { Heuristic = Heuristic(settings.Recreate) },
            RuinCompositionStrategy = RuinCompositionStrategy.Types.Value.RunAllSequentially,
            RouteSelectionNeighborsRatio = 1,
            RouteSelectionMinNeighbors = 10,
            RouteSelectionMaxNeighbors = 100,
        };
        recreate.RuinStrategies.Add(ruin);
        var reference = settings.AnnealingStartTemperature is double t0
            ? new AcceptanceStrategy
            {
                SimulatedAnnealing = new SimulatedAnnealingAcceptanceStrategy
                {
                    CoolingScheduleStrategy = CoolingScheduleStrategy.Types.Value.Exponential,
                    AutomaticTemperatures = t0 <= 0,
                    InitialTemperature = Math.Max(t0, 1e-3) * ModelScale.CostUnits,
                    FinalTemperature = Math.Max(t0, 1e-3) * ModelScale.CostUnits / 1000,
                },
            }
            : new AcceptanceStrategy { GreedyDescent = new GreedyDescentAcceptanceStrategy() };
        return new IteratedLocalSearchParameters
        {
            PerturbationStrategy = PerturbationStrategy.Types.Value.RuinAndRecreate,
            RuinRecreateParameters = recreate,
            ImprovePerturbedSolution = true,
            ReferenceSolutionAcceptanceStrategy = reference,
            BestSolutionAcceptanceStrategy = new AcceptanceStrategy { GreedyDescent = new GreedyDescentAcceptanceStrategy() },
        };
    }

    private static FirstSolutionStrategy.Types.Value Heuristic(FirstSolutionHeuristic heuristic) => heuristic switch
    {
        FirstSolutionHeuristic.ParallelCheapestInsertion => FirstSolutionStrategy.Types.Value.ParallelCheapestInsertion,
        FirstSolutionHeuristic.LocalCheapestInsertion => FirstSolutionStrategy.Types.Value.LocalCheapestInsertion,
        FirstSolutionHeuristic.PathCheapestArc => FirstSolutionStrategy.Types.Value.PathCheapestArc,
        FirstSolutionHeuristic.Savings => FirstSolutionStrategy.Types.Value.Savings,
        FirstSolutionHeuristic.Automatic => FirstSolutionStrategy.Types.Value.Automatic,
        _ => throw new ArgumentOutOfRangeException(nameof(heuristic), heuristic, "a first-solution heuristic the planner does not know"),
    };
}

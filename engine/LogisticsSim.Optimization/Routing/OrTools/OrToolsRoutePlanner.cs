// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;
using LogisticsSim.Optimization.Routing.Search;

namespace LogisticsSim.Optimization.Routing.OrTools;

/// <summary>
/// The routing port implemented with the OR-Tools routing library: a pickup-and-delivery model with time
/// windows, mass and volume capacities, per-class travel, optional requests with drop penalties, priced
/// lateness and fixed vehicle costs. Single-threaded; under a solution limit the same inputs give the same plan.
/// Do not run two plans at once on a small machine: the search is CPU-bound and both get worse.
/// </summary>
/// <param name="iterated">Ruin-and-recreate settings used when the budget asks for iterated local search.</param>
/// <param name="safetyTimeLimit">Wall-clock cap applied when the budget has no time limit (default 30 s).
/// A solution limit alone does not stop guided local search when no neighbour of the current solution is
/// feasible (it then finds no more solutions to count); in a normal solve the cap never binds, so it does not
/// affect reproducibility.</param>
/// <param name="ruinRecreate">Settings of <see cref="SearchStrategy.RuinAndRecreate"/>.</param>
public sealed class OrToolsRoutePlanner(IteratedSearchSettings? iterated = null, TimeSpan? safetyTimeLimit = null,
    RuinRecreateSettings? ruinRecreate = null)
    : IRoutePlanner
{
    private readonly IteratedSearchSettings _iterated = iterated ?? new IteratedSearchSettings();
    private readonly RuinRecreateSettings _ruinRecreate = ruinRecreate ?? new RuinRecreateSettings();
    private readonly TimeSpan _safetyTimeLimit = safetyTimeLimit ?? TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public RoutePlan Plan(RoutingProblem problem, PlanningBudget budget)
    {
        problem.Validate();
        if (budget.TimeLimit is null && budget.SolutionLimit is null && budget.Strategy != SearchStrategy.GreedyDescent)
        {
            throw new ArgumentException($"{budget.Strategy} never stops by itself: give a time or solution limit");
        }
        var split = RequestSplitter.SplitOversized(problem);
        var unservable = split.Requests.Where(r => !ServiceabilityScreen.CanBeServed(split, r)).ToHashSet();
        if (unservable.Any(r => double.IsPositiveInfinity(r.DropPenalty))) return RoutePlan.Failed(PlanStatus.Infeasible);
        var servable = split with { Requests = split.Requests.Where(r => !unservable.Contains(r)).ToList() };
        // With nothing to allocate only the order of onboard deliveries is left, and an improving
        // metaheuristic with no feasible move may never stop (seen with iterated local search): descend once.
        var effective = servable.Requests.Count == 0 ? budget with { Strategy = SearchStrategy.GreedyDescent } : budget;
        var plan = Solve(servable, effective);
        if (!plan.HasSolution || unservable.Count == 0) return plan;
        var dropped = plan.DroppedRequestIds.ToHashSet(StringComparer.Ordinal);
        return plan with
        {
            DroppedRequestIds = split.Requests.Where(r => unservable.Contains(r) || dropped.Contains(r.Id)).Select(r => r.Id).ToList(),
            ObjectiveValue = plan.ObjectiveValue + unservable.Sum(r => r.DropPenalty),
        };
    }

    private RoutePlan Solve(RoutingProblem problem, PlanningBudget budget)
    {
        if (budget.Strategy == SearchStrategy.RuinAndRecreate)
        {
            // The solver's construction is the start only when the search's own insertion leaves a mandatory job out;
            // the solver's search takes over only when neither serves every mandatory job.
            var construction = budget with { Strategy = SearchStrategy.GreedyDescent, SolutionLimit = 1, InitialRoutes = null };
            return RuinRecreateSearch.Run(problem, budget, _ruinRecreate, _safetyTimeLimit, () => Solve(problem, construction))
                ?? Solve(problem, budget with { Strategy = SearchStrategy.IteratedLocalSearch });
        }
        // One solution from given routes is those routes whenever the model accepts them: checked without building it.
        if (budget is { Strategy: SearchStrategy.GreedyDescent, SolutionLimit: 1, InitialRoutes: { Count: > 0 } start }
            && AcceptedStart.Plan(problem, start) is { } accepted)
        {
            return accepted;
        }
        return SolveOnModel(problem, budget);
    }

    /// <summary>Solves with the OR-Tools model, built for this problem (also where <see cref="AcceptedStart"/> would answer).</summary>
    internal RoutePlan SolveOnModel(RoutingProblem problem, PlanningBudget budget)
    {
        var clock = Stopwatch.StartNew();
        using var model = new SolverModel(problem);
        var parameters = SearchParameters.For(budget, _iterated, _safetyTimeLimit);
        model.Model.CloseModelWithParameters(parameters);
        var warm = budget.InitialRoutes is { Count: > 0 } routes ? WarmStart.Read(model, routes) : null;
        if (budget.Strategy != SearchStrategy.IteratedLocalSearch)
        {
            var solution = warm is not null
                ? model.Model.SolveFromAssignmentWithParameters(warm, parameters)
                : model.Model.SolveWithParameters(parameters);
            return Read(model, solution);
        }
        // Iterated local search always builds its own first solution (it ignores a first-solution hint),
        // so a warm start is descended from separately and the better plan wins.
        RoutePlan? fromWarm = null;
        if (warm is not null)
        {
            fromWarm = Read(model, model.Model.SolveFromAssignmentWithParameters(warm, parameters));
            parameters.TimeLimit = Duration.FromTimeSpan(
                TimeSpan.FromTicks(Math.Max(0, parameters.TimeLimit.ToTimeSpan().Ticks - clock.Elapsed.Ticks)));
        }
        var iterated = Read(model, model.Model.SolveWithIteratedLocalSearch(parameters));
        return fromWarm is { HasSolution: true } && !(iterated.ObjectiveValue < fromWarm.ObjectiveValue) ? fromWarm : iterated;
    }

    private static RoutePlan Read(SolverModel model, Assignment? solution)
    {
        var status = model.Model.GetStatus();
        if (solution is null) return RoutePlan.Failed(FailureOf(status));
        return PlanReader.Read(model, solution,
            status == RoutingSearchStatus.Types.Value.RoutingOptimal ? PlanStatus.Optimal : PlanStatus.Solved);
    }

    private static PlanStatus FailureOf(RoutingSearchStatus.Types.Value status) => status switch
    {
        RoutingSearchStatus.Types.Value.RoutingInfeasible => PlanStatus.Infeasible,
        RoutingSearchStatus.Types.Value.RoutingInvalid => PlanStatus.InvalidModel,
        _ => PlanStatus.NoSolution,
    };
}

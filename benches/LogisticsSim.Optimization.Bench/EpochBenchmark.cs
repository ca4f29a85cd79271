// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// Latency of one planning epoch: wall-clock time from the call to <see cref="IRoutePlanner.Plan"/> until the
/// first solution is returned (solution limit 1: model building, splitting, screening and construction), for
/// each construction heuristic; then what a few seconds of iterated local search make of it.
/// </summary>
internal static class EpochBenchmark
{
    public static int Run(BenchOptions options, TextWriter output)
    {
        int requests = (int)options.Number("requests", 300);
        int trucks = (int)options.Number("trucks", 40), helicopters = (int)options.Number("helicopters", 20);
        ulong seed = (ulong)options.Number("seed", 1);
        double improveSeconds = options.Number("seconds", 10);
        var problem = SyntheticEpoch.Create(seed, requests, trucks, helicopters, (int)options.Number("loaded-every", 4));
        var split = RequestSplitter.SplitOversized(problem);
        int unservable = split.Requests.Count(r => !ServiceabilityScreen.CanBeServed(split, r));
        output.WriteLine($"Epoch: {requests} requests ({split.Requests.Count} after splitting, {unservable} of them unservable by any "
            + $"vehicle alone), {trucks} trucks + {helicopters} helicopters on 2 matrices, "
            + $"{problem.Vehicles.Sum(v => v.Onboard.Count)} onboard deliveries, seed {seed}.");
        output.WriteLine();
        output.WriteLine("| construction | budget | wall s | served | dropped | vehicles used | objective |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        var planner = new OrToolsRoutePlanner(options.Iterated, ruinRecreate: options.RuinRecreate);
        Measure(planner, problem, new PlanningBudget(null, 1, SearchStrategy.GreedyDescent), "warm-up (not reported)", null);
        Measure(planner, problem, new PlanningBudget(null, 1, SearchStrategy.RuinAndRecreate), "ruin and recreate, its insertion + 1 step", output);
        Measure(planner, problem, new PlanningBudget(TimeSpan.FromSeconds(improveSeconds), null, SearchStrategy.RuinAndRecreate),
            $"{improveSeconds} s ruin and recreate", output);
        if (options.Flag("ruin-recreate-only")) return 0;
        foreach (var heuristic in new[] { FirstSolutionHeuristic.ParallelCheapestInsertion, FirstSolutionHeuristic.LocalCheapestInsertion, FirstSolutionHeuristic.Automatic })
        {
            Measure(planner, problem, new PlanningBudget(null, 1, SearchStrategy.GreedyDescent, heuristic), "first solution", output);
        }
        Measure(planner, problem, new PlanningBudget(TimeSpan.FromSeconds(improveSeconds), null, SearchStrategy.IteratedLocalSearch,
            options.First), $"{improveSeconds} s iterated local search", output);
        return 0;
    }

    private static void Measure(IRoutePlanner planner, RoutingProblem problem, PlanningBudget budget, string label, TextWriter? output)
    {
        var clock = Stopwatch.StartNew();
        var plan = planner.Plan(problem, budget);
        double seconds = clock.Elapsed.TotalSeconds;
        if (!plan.HasSolution)
        {
            output?.WriteLine($"| {budget.FirstSolution} | {label} | {seconds:F2} | no plan ({plan.Status}) | | | |");
            return;
        }
        int stops = plan.Routes.Sum(r => r.Stops.Count(s => s.Kind == StopKind.Delivery));
        output?.WriteLine($"| {budget.FirstSolution} | {label} | {seconds:F2} | {stops - problem.Vehicles.Sum(v => v.Onboard.Count)} | "
            + $"{plan.DroppedRequestIds.Count} | {plan.Routes.Count(r => r.Stops.Count > 0)} | {plan.ObjectiveValue:F0} |");
        output?.Flush();
    }
}

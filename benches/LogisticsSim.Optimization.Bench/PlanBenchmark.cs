// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// `bench plan FILE`: times the capacity-planning solve (LP relaxation and MIP to the gap) and the simulation
/// check of every hazard scenario, for each solver asked for. One solve at a time: two at once on two cores
/// would slow both.
/// </summary>
internal static class PlanBenchmark
{
    public static int Run(BenchOptions options, TextWriter o)
    {
        if (options.Positional.Count != 1)
        {
            o.WriteLine("usage: bench plan FILE [--solvers scip,highs] [--gap 0.01] [--reps 5] [--threads N]");
            return 2;
        }
        var loaded = ScenarioLoader.Load(options.Positional[0]);
        if (loaded.Scenario is not { Planning: not null } scenario)
        {
            o.WriteLine(loaded.Succeeded ? "the scenario has no planning section" : loaded.ErrorReport);
            return 2;
        }
        int reps = (int)options.Number("reps", 5);
        int? threads = options.Text("threads", "") is { Length: > 0 } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
        double gap = options.Number("gap", 0.01);
        o.WriteLine($"{scenario.Name}: {scenario.Planning.Scenarios.Count} hazard scenarios, {scenario.Planning.Hubs.Count} candidate hubs, {Environment.ProcessorCount} cores");
        o.WriteLine("| solver | status | gap | objective | LP relaxation | solve s | check s | promised fill | simulated fill |");
        o.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (string solver in options.Text("solvers", "scip,highs").Split(','))
        {
            var clock = Stopwatch.StartNew();
            var plan = CapacityPlanner.Solve(scenario, PlanningOptions.Default with { Solver = solver, RelativeGap = gap, TimeLimit = TimeSpan.FromMinutes(10) }, out var timings);
            double solveSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var check = PlanCheck.Run(scenario, plan, () => new PriorityStrategy(), reps, parallelism: threads);
            double checkSeconds = clock.Elapsed.TotalSeconds;
            o.WriteLine($"| {solver} | {plan.Status} | {plan.Gap:P2} | {plan.Objective:N0} | {plan.LpRelaxation:N0} | {solveSeconds:F1} (data {timings.DataSeconds:F1}, LP {timings.RelaxationSeconds:F1}, MIP {timings.MipSeconds:F1}) | {checkSeconds:F1} ({reps} reps) | {check.ExpectedPromisedFill:P1} | {check.ExpectedSimulatedFill:P1} |");
        }
        return 0;
    }
}

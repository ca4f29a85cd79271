// SPDX-License-Identifier: Apache-2.0
using Google.OrTools.LinearSolver;
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Fleet;
using LogisticsSim.Core.Network;
using LogisticsSim.Core.Planning;
using LogisticsSim.Core.Scenarios;

namespace LogisticsSim.Optimization.Planning;

/// <summary>
/// The two-stage stochastic capacity-planning model, solved as one MIP (the deterministic equivalent).
/// First stage, before the hazard: hubs to open and their size, tonnes of each item at each hub, vehicles of
/// each fleet entry at each hub. Second stage, per hazard scenario: tonnes of each item sent from each hub to
/// each node in need by each fleet entry, over the network the hazard leaves, limited by the stock that
/// survives at the hub and by the vehicle-hours the hub's fleet has in the response window; what is not sent
/// is unmet. Objective: expected priority-weighted unmet demand plus first-stage and expected transport costs.
/// </summary>
/// <remarks>
/// Fleet throughput is aggregate: a trip from hub h to node j takes its cycle time (load, drive, unload,
/// drive back, at expected travel times on the fastest open path) and carries a full payload, and a hub's
/// vehicles share W hours each. That ignores queueing at docks, partial loads and the timing of individual
/// trips; the simulation check measures what that costs.
/// </remarks>
public static class CapacityPlanner
{
    /// <summary>Solves the planning model of <paramref name="scenario"/> (which must have a <c>planning</c> section).</summary>
    public static Plan Solve(Scenario scenario, PlanningOptions options) => Solve(scenario, options, out _);

    /// <summary>Solves the planning model, and says where the time went (for manifests and benchmarks, never for results).</summary>
    public static Plan Solve(Scenario scenario, PlanningOptions options, out PlanningTimings timings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var planning = scenario.Planning ?? throw new ArgumentException($"scenario '{scenario.Name}' has no planning section", nameof(scenario));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var data = PlanningData.Build(scenario, planning);
        double build = clock.Elapsed.TotalSeconds;

        double lp = SolveRelaxation(data, options);
        double relaxation = clock.Elapsed.TotalSeconds - build;
        using var solver = CreateSolver(options.Solver);
        var model = new PlanningModel(solver, data, options, relax: false);
        solver.SetTimeLimit((long)Math.Max(1, options.TimeLimit.TotalMilliseconds));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.RelativeGap);
        var status = solver.Solve(parameters);
        timings = new PlanningTimings(build, relaxation, clock.Elapsed.TotalSeconds - build - relaxation);
        string statusName = status switch
        {
            Solver.ResultStatus.OPTIMAL => "optimal",
            Solver.ResultStatus.FEASIBLE => "feasible",
            Solver.ResultStatus.INFEASIBLE => "infeasible",
            _ => "not_solved",
        };
        if (statusName is "infeasible" or "not_solved") return model.EmptyPlan(statusName, options.Solver, lp);
        double objective = solver.Objective().Value();
        double bound = Math.Min(solver.Objective().BestBound(), objective);
        double gap = Math.Abs(objective) < 1e-9 ? 0 : (objective - bound) / Math.Abs(objective);
        return model.Read(statusName, options.Solver, objective, bound, gap, lp);
    }

    /// <summary>The LP relaxation's optimum (GLOP), or NaN when it has none.</summary>
    private static double SolveRelaxation(PlanningData data, PlanningOptions options)
    {
        using var solver = CreateSolver("glop");
        _ = new PlanningModel(solver, data, options, relax: true);
        solver.SetTimeLimit((long)Math.Max(1, options.TimeLimit.TotalMilliseconds));
        return solver.Solve() == Solver.ResultStatus.OPTIMAL ? solver.Objective().Value() : double.NaN;
    }

    private static Solver CreateSolver(string name)
    {
        string id = name.ToLowerInvariant() switch
        {
            "scip" => "SCIP",
            "highs" => "HIGHS",
            "glop" => "GLOP",
            _ => throw new ArgumentException($"unknown solver '{name}'; expected one of {string.Join(", ", PlanningOptions.Solvers)}", nameof(name)),
        };
        var solver = Solver.CreateSolver(id) ?? throw new InvalidOperationException($"the OR-Tools native library has no {id} solver");
        solver.SuppressOutput();
        // HiGHS prints a banner on the process's own standard output unless told not to: it would end up in the
        // middle of the command's tables. (The call reports false, yet the option takes effect.)
        if (id == "HIGHS") solver.SetSolverSpecificParametersAsString("output_flag=false");
        // One thread: the same model gives the same plan on any machine.
        solver.SetNumThreads(1);
        return solver;
    }
}

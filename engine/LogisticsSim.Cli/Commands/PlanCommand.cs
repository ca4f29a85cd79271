// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using LogisticsSim.Cli.Output;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Optimization.Planning;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim plan SCENARIO`: solves the scenario's capacity-planning model (what to pre-position where,
/// and how many vehicles), then simulates each hazard scenario with the plan applied and reports promised
/// against simulated fill. With <c>--sweep</c>, solves and simulates a range of one parameter and writes the
/// capacity curve.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Argument<string>("scenario") { Description = "Scenario file (YAML) with a planning section." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for plan.json, plan.md, scenario.yaml and manifest.json (capacity_curve.csv and .md with --sweep)." };
        var solver = new Option<string>("--solver") { Description = "MIP solver: highs or scip.", DefaultValueFactory = _ => PlanningOptions.Default.Solver };
        var gap = new Option<double>("--gap") { Description = "Relative optimality gap to stop at (0.01 is 1%).", DefaultValueFactory = _ => PlanningOptions.Default.RelativeGap };
        var timeLimit = new Option<string>("--time-limit") { Description = "Solver time limit per solve, e.g. 60s or 5m.", DefaultValueFactory = _ => "60s" };
        var check = new Option<int>("--check-replications") { Description = "Simulation runs per hazard scenario to check the plan (0: no check).", DefaultValueFactory = _ => 5 };
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Strategy dispatching the simulation check (default: the scenario's)." };
        var seed = new Option<long?>("--seed") { Description = "Master seed of the check (default: the scenario's)." };
        var threads = new Option<int?>("--threads") { Description = "Threads for the check (default: all cores)." };
        var sweep = new Option<string?>("--sweep")
        {
            Description = "Solve and check a range: budget=V1,V2,... or fleet.ID=... or stock.ITEM=...; a range is FROM:TO:COUNT.",
        };
        var pictures = new PictureOptions();
        var command = new Command("plan", "Plan pre-positioning and fleet sizing for a hazard ensemble, and check the plan by simulation.")
        {
            scenario, output, solver, gap, timeLimit, check, strategy, seed, threads, sweep,
        };
        pictures.AddTo(command);
        command.SetAction(parsed =>
        {
            string file = parsed.GetValue(scenario)!;
            bool sweeping = parsed.GetValue(sweep) is not null;
            var job = CommandOutput.Start("plan", parsed, parsed.GetValue(output), pictures,
                sweeping ? ["capacity_curve.csv", "capacity_curve.md"] : ["plan.json", "plan.md"]);
            var manifest = job.Manifest;
            var loaded = ScenarioFiles.Load(file);
            if (loaded.Planning is null)
            {
                throw new UserInputException($"{file}: no planning section: add one with candidate hubs, costs and hazard scenarios (see scenarios/README.md)");
            }
            string solverName = parsed.GetValue(solver)!.ToLowerInvariant();
            if (!PlanningOptions.Solvers.Contains(solverName))
            {
                throw new UserInputException($"error: --solver: found '{solverName}', expected one of {string.Join(", ", PlanningOptions.Solvers)}");
            }
            double relativeGap = parsed.GetValue(gap);
            if (!(relativeGap >= 0 && relativeGap < 1)) throw new UserInputException("error: --gap: expected a number from 0 to below 1, such as 0.01");
            int reps = parsed.GetValue(check);
            if (reps < 0) throw new UserInputException($"error: --check-replications: found {reps}, expected a whole number >= 0");
            if (parsed.GetValue(threads) is < 1) throw new UserInputException("error: --threads: expected a whole number >= 1");
            var options = new PlanningOptions(solverName, relativeGap, TimeSpan.FromSeconds(Durations.Seconds(parsed.GetValue(timeLimit)!, "--time-limit")));
            var factory = reps > 0 ? StrategyCatalog.For(parsed.GetValue(strategy), loaded, context.Error) : null;
            string? strategyName = factory?.Invoke().Name;
            var points = parsed.GetValue(sweep) is { } text ? SweepParameter.Parse(text, loaded) : null;
            manifest.EndPhase("load");

            PlanCheckResult? Check(Plan plan) =>
                factory is null || plan.Status is "infeasible" or "not_solved"
                    ? null
                    : PlanCheck.Run(loaded, plan, factory, reps, parsed.GetValue(seed), parsed.GetValue(threads));

            manifest.Settings["scenario_file"] = file;
            manifest.Settings["solver"] = solverName;
            manifest.Settings["gap"] = relativeGap;
            manifest.Settings["time_limit_s"] = options.TimeLimit.TotalSeconds;
            manifest.Settings["check_replications"] = reps;
            manifest.Settings["strategy"] = strategyName;
            if (points is null)
            {
                var plan = CapacityPlanner.Solve(loaded, options, out var timings);
                manifest.EndPhase("solve");
                manifest.Settings["solve_seconds"] = new Dictionary<string, double>
                {
                    ["data"] = Math.Round(timings.DataSeconds, 3),
                    ["lp_relaxation"] = Math.Round(timings.RelaxationSeconds, 3),
                    ["mip"] = Math.Round(timings.MipSeconds, 3),
                };
                if (plan.Status is "infeasible" or "not_solved")
                {
                    context.Error.WriteLine(plan.Status == "infeasible"
                        ? "error: the planning model has no solution: the budget cannot pay for what is required (fixed fleet or stock, or the target fill)"
                        : $"error: the solver found no plan within the time limit of {options.TimeLimit.TotalSeconds:0}s; raise --time-limit");
                    return ExitCodes.InvalidInput;
                }
                var result = Check(plan);
                manifest.EndPhase("check");
                PlanFiles.WriteMarkdown(context.Out, loaded.Name, plan, result);
                // Every file is made in memory first, pictures from the same texts `report DIR` would read, then written.
                job.Write(context.Out, loaded, file, null, files =>
                {
                    files.Add("plan.json", w => PlanFiles.WriteJson(w, loaded.Name, plan, result, strategyName));
                    files.Add("plan.md", w => PlanFiles.WriteMarkdown(w, loaded.Name, plan, result));
                });
                return ExitCodes.Ok;
            }

            var curve = new List<CapacityCurvePoint>();
            foreach (double value in points.Values)
            {
                var plan = CapacityPlanner.Solve(loaded, points.Apply(options, value));
                var result = Check(plan);
                curve.Add(new CapacityCurvePoint(points.Name, value, plan, result));
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{points.Name}={value:G}: {plan.Status}, promised fill {plan.Expected.FillRate:P1}{(result is null ? "" : string.Create(CultureInfo.InvariantCulture, $", simulated {result.ExpectedSimulatedFill:P1}"))}"));
            }
            manifest.EndPhase("sweep");
            CapacityCurveFiles.WriteMarkdown(context.Out, loaded.Name, curve);
            if (job.Folder is not null) manifest.Settings["sweep"] = parsed.GetValue(sweep);
            job.Write(context.Out, loaded, file, null, files =>
            {
                files.Add("capacity_curve.csv", w => CapacityCurveFiles.WriteCsv(w, curve));
                files.Add("capacity_curve.md", w => CapacityCurveFiles.WriteMarkdown(w, loaded.Name, curve));
            });
            return ExitCodes.Ok;
        });
        return command;
    }
}

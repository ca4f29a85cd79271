// SPDX-License-Identifier: Apache-2.0
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LogisticsSim.Optimization.Benchmarks;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Cli.Commands;

/// <summary>
/// `logisticssim solve INSTANCE`: solves a Li and Lim PDPTW or Solomon VRPTW instance with the same
/// model-building code as the ortools strategy and reports distance, vehicles, requests served and
/// the gap to the best known solution when a BKS.json lies beside the instance. The search is the one
/// benches/README.md measured: parallel cheapest insertion when needed, then ruin and recreate.
/// </summary>
public static class SolveCommand
{
    public static Command Create(CliContext context)
    {
        var instance = new Argument<string>("instance") { Description = "A Li and Lim (PDPTW) or Solomon (VRPTW) instance file." };
        var timeLimit = new Option<string>("--time-limit") { Description = "Search time, e.g. 10s or 2m.", DefaultValueFactory = _ => "10s" };
        var search = new Option<string>("--search") { Description = "ruin-recreate (default), iterated, guided or greedy.", DefaultValueFactory = _ => "ruin-recreate" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("solve", "Solve a standard routing benchmark instance and compare with its best known solution.")
        {
            instance, timeLimit, search, json,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(instance)!;
            var seconds = Durations.Seconds(parsed.GetValue(timeLimit)!, "--time-limit");
            if (!File.Exists(path)) throw new UserInputException($"{path}: no such file");
            var strategy = parsed.GetValue(search) switch
            {
                "ruin-recreate" => SearchStrategy.RuinAndRecreate,
                "iterated" => SearchStrategy.IteratedLocalSearch,
                "guided" => SearchStrategy.GuidedLocalSearch,
                "greedy" => SearchStrategy.GreedyDescent,
                var other => throw new UserInputException($"error: --search: found '{other}', expected ruin-recreate, iterated, guided or greedy"),
            };
            BenchmarkResult result;
            try
            {
                result = new BenchmarkSolver(new OrToolsRoutePlanner()).SolveFile(path, new PlanningBudget(TimeSpan.FromSeconds(seconds), null, strategy, FirstSolutionHeuristic.ParallelCheapestInsertion));
            }
            catch (BenchmarkFormatException e)
            {
                throw new UserInputException(e.Message);
            }
            if (parsed.GetValue(json)) WriteJson(context.Out, result);
            else WriteText(context.Out, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter o, BenchmarkResult r)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"instance      {r.Instance} ({r.Family})"));
        o.WriteLine(string.Create(c, $"status        {r.Status}"));
        o.WriteLine(string.Create(c, $"distance      {r.Distance:F2}"));
        o.WriteLine(string.Create(c, $"vehicles      {r.VehiclesUsed}"));
        o.WriteLine(string.Create(c, $"served        {r.RequestsServed} of {r.Requests} requests{(r.Violations > 0 ? $", {r.Violations} violations" : "")}"));
        if (r.BestKnown is { } b)
        {
            o.WriteLine(string.Create(c, $"best known    {b.Cost:F2} with {b.Vehicles} vehicles: gap {Signed(r.GapPercent)}%"));
            // The classic best known minimises vehicles first: less distance with more vehicles is no gain on it.
            if (r.VehiclesUsed > b.Vehicles && r.GapPercent < 0) o.WriteLine(string.Create(c, $"              ({r.VehiclesUsed - b.Vehicles} vehicles more than the best known: the negative gap is no gain)"));
        }
        if (r.BestKnownDistanceOnly is { } d) o.WriteLine(string.Create(c, $"best distance {d.Cost:F2} with {d.Vehicles} vehicles: gap {Signed(r.DistanceOnlyGapPercent)}%"));
        o.WriteLine(string.Create(c, $"seconds       {r.Seconds:F1}"));
    }

    private static string Signed(double? percent) =>
        percent is { } p ? (p >= 0 ? "+" : "") + p.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static void WriteJson(TextWriter o, BenchmarkResult r)
    {
        var document = new Dictionary<string, object?>
        {
            ["instance"] = r.Instance,
            ["family"] = r.Family.ToString(),
            ["status"] = r.Status.ToString(),
            ["distance"] = double.IsFinite(r.Distance) ? r.Distance : null,
            ["vehicles"] = r.VehiclesUsed,
            ["requests_served"] = r.RequestsServed,
            ["requests"] = r.Requests,
            ["violations"] = r.Violations,
            ["best_known_distance"] = r.BestKnown?.Cost,
            ["best_known_vehicles"] = r.BestKnown?.Vehicles,
            ["gap_percent"] = r.GapPercent,
            ["counted_gap_percent"] = r.CountedGapPercent,
            ["seconds"] = Math.Round(r.Seconds, 3),
        };
        o.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n"));
    }
}

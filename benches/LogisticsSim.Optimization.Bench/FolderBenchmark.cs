// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Optimization.Benchmarks;
using LogisticsSim.Optimization.Routing;
using LogisticsSim.Optimization.Routing.OrTools;

namespace LogisticsSim.Optimization.Bench;

/// <summary>
/// Solves every instance of the given folders one after the other (never two solves at once: they share
/// two cores and would slow each other) and prints a Markdown table and the mean gaps.
/// </summary>
internal static class FolderBenchmark
{
    public static int Run(BenchOptions options, TextWriter output)
    {
        double seconds = options.Number("seconds", 10);
        var solver = new BenchmarkSolver(new OrToolsRoutePlanner(options.Iterated, ruinRecreate: options.RuinRecreate), options.Number("fixed-cost", 0));
        long? solutions = options.Number("solutions", 0) is > 0 and var n ? (long)n : null;
        var budget = new PlanningBudget(TimeSpan.FromSeconds(seconds), solutions, options.Strategy, options.First);
        var only = options.Text("only", "").Split(',');
        output.WriteLine($"Settings: {seconds} s per instance, solution limit {solutions?.ToString() ?? "none"}, {options.Describe()}.");
        output.WriteLine();
        output.WriteLine("| instance | vehicles (BKS) | distance | BKS distance | gap % | distance-only BKS (vehicles) | gap % | served | violations | s |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        var results = new List<BenchmarkResult>();
        foreach (string folder in options.Positional)
        {
            var files = Directory.GetFiles(folder, "*.txt")
                .Where(f => only.Any(o => Path.GetFileName(f).StartsWith(o, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.Ordinal);
            foreach (string file in files)
            {
                var result = solver.SolveFile(file, budget);
                results.Add(result);
                output.WriteLine(Row(result));
                output.Flush();
            }
        }
        output.WriteLine();
        Summary.Write(results, output);
        return results.All(r => r.AllServedValidly) ? 0 : 1;
    }

    private static string Row(BenchmarkResult r)
    {
        string bksVehicles = r.BestKnown is null ? "?" : $"{r.BestKnown.Vehicles}";
        string distanceOnly = r.BestKnownDistanceOnly is null
            ? "" : $"{r.BestKnownDistanceOnly.Cost:F2} ({r.BestKnownDistanceOnly.Vehicles})";
        return $"| {r.Instance} | {r.VehiclesUsed} ({bksVehicles}) | {r.Distance:F2} | {r.BestKnown?.Cost:F2} | "
            + $"{r.GapPercent:F2} | {distanceOnly} | {r.DistanceOnlyGapPercent:F2} | {r.RequestsServed}/{r.Requests} | "
            + $"{r.Violations} | {r.Seconds:F1} |";
    }
}

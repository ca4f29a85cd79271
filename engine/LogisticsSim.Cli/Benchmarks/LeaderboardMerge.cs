// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Cli.Output;
using LogisticsSim.Cli.Sweeps;
using LogisticsSim.Core.Experiments.Benchmarks;

namespace LogisticsSim.Cli.Benchmarks;

/// <summary>
/// The part of <c>merge</c> that a benchmark's folder adds: the leaderboard from the units' KPI vectors (byte-identical
/// however the units ran) and the units' wall seconds in timings.csv (which no two runs share, so they stay out of it).
/// </summary>
public static class LeaderboardMerge
{
    public const string Markdown = "leaderboard.md", CsvName = "leaderboard.csv", Json = "leaderboard.json", Timings = "timings.csv";

    /// <summary>The files it writes.</summary>
    public static readonly string[] Outputs = [Markdown, CsvName, Json, Timings];

    /// <summary>Writes the leaderboard and timings.csv; every unit of <paramref name="plan"/> has a result in <paramref name="results"/>.</summary>
    public static void Write(string outDir, SavedPlan plan, IReadOnlyDictionary<string, IReadOnlyList<(string Path, double Value)>> results)
    {
        var benchmark = BenchmarkFile.Read(outDir);
        if (!benchmark.Strategies.Select(s => s.Label).SequenceEqual(plan.Strategies) || plan.Points.Count != 1)
        {
            throw new UserInputException($"{Path.Combine(outDir, BenchmarkFile.Name)}: found the strategies {string.Join(", ", benchmark.Strategies.Select(s => s.Label))}, " +
                $"expected those of {PlanFile.Name} ({string.Join(", ", plan.Strategies)}) and no grid: the folder holds the units of another run; run the benchmark again into a new --out");
        }
        var vectors = plan.Scenarios.Select((_, sc) => (IReadOnlyList<IReadOnlyList<IReadOnlyList<(string, double)>>>)plan.Strategies.Select((_, st) =>
            (IReadOnlyList<IReadOnlyList<(string, double)>>)plan.Units.Where(u => u.Unit.Scenario == sc && u.Unit.Strategy == st)
                .OrderBy(u => u.Unit.Replication).Select(u => results[u.Id]).ToArray()).ToArray()).ToArray();
        string? reference = plan.Strategies.Contains(benchmark.Reference) ? benchmark.Reference : null;
        var board = Leaderboard.Build(benchmark.Kpi, plan.Scenarios, plan.Strategies, benchmark.Baseline, reference, vectors);
        long seed = plan.Units.Count > 0 ? plan.Units[0].Unit.Seed : 0;
        var folder = new OutputDirectory(outDir);
        var about = new LeaderboardFiles(benchmark, board, seed);
        folder.Write(Json, about.WriteJson);
        folder.Write(CsvName, about.WriteCsv);
        folder.Write(Markdown, about.WriteMarkdown);
        var files = new UnitFiles(outDir);
        folder.Write(Timings, w => TimingsFile.Write(w, plan, u => files.ReadWallSeconds(u)));
    }
}

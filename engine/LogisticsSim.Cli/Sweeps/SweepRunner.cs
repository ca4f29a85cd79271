// SPDX-License-Identifier: Apache-2.0
using System.Diagnostics;
using LogisticsSim.Core.Experiments.Sweeps;
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;

namespace LogisticsSim.Cli.Sweeps;

/// <summary>
/// Runs a shard's units on all cores (each unit owns its simulation and strategy), writing each result
/// as its own file as soon as it is done. A unit that throws is recorded as failed and the others go on.
/// </summary>
public static class SweepRunner
{
    public static SweepOutcome Run(SweepSetup setup, string outDir, ShardSpec shard, bool resume, int? threads,
        ISweepProgress? progress = null, CancellationToken cancel = default)
    {
        var files = new UnitFiles(outDir);
        Directory.CreateDirectory(files.Folder);
        PlanFile.Write(outDir, setup);
        var mine = setup.Units.Where(u => shard.Contains(u.Unit.Index)).ToArray();
        var todo = resume ? mine.Where(u => files.ReadResult(u) is null).ToArray() : mine;
        progress?.Start(todo.Length);
        var failed = new List<string>();
        int done = 0;
        long computeTicks = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1, CancellationToken = cancel };
        bool cancelled = false;
        try
        {
            Parallel.ForEach(todo, options, unit =>
            {
                long start = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    var kpis = RunUnit(setup, unit.Unit);
                    long ticks = Stopwatch.GetTimestamp() - start;
                    Interlocked.Add(ref computeTicks, ticks);
                    files.WriteResult(unit, kpis, (double)ticks / Stopwatch.Frequency);
                    Interlocked.Increment(ref done);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    error = $"{e.GetType().Name}: {e.Message}";
                    files.WriteFailure(unit, error);
                    lock (failed) failed.Add(unit.Id);
                }
                progress?.Finished(unit.Id, error);
            });
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }
        failed.Sort(StringComparer.Ordinal);
        return new SweepOutcome(mine.Length, mine.Length - todo.Length, done, failed, cancelled, (double)computeTicks / Stopwatch.Frequency);
    }

    /// <summary>One replication, exactly as <c>run</c> and <c>compare</c> make it: same seed, same replication number, same streams.</summary>
    public static IReadOnlyList<(string Path, double Value)> RunUnit(SweepSetup setup, WorkUnit unit)
    {
        var strategy = setup.NewStrategy(unit);
        try
        {
            return KpiVector.Of(new ResponseModel(setup.Scenario(unit), strategy, unit.Replication, unit.Seed).Run().Kpis);
        }
        finally
        {
            (strategy as IDisposable)?.Dispose();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Experiments;

/// <summary>
/// Replications of one or several strategies in batches, until a precision target is met or a maximum is reached:
/// batch k runs replications k·batch to (k+1)·batch - 1 of every strategy (the last cut at the maximum), and the
/// target is tested only once a batch is complete. Replication i has the same seed and streams whatever the batch,
/// the strategy or the number of threads, so how many replications run, and every figure, depend on the inputs alone.
/// </summary>
public static class ReplicationBatches
{
    /// <param name="strategies">How many strategies run on the same replications.</param>
    /// <param name="batch">Replications per batch (the first batch too).</param>
    /// <param name="target">The precision to reach; null runs one batch.</param>
    /// <param name="maxReplications">The most replications per strategy (at least <paramref name="batch"/>; ignored without a target).</param>
    /// <param name="run">Runs replications [first, first + count) of strategy s: <c>run(s, first, count)</c>.</param>
    public static (IReadOnlyList<RunSummary> Runs, PrecisionOutcome? Outcome) Run(int strategies, int batch, PrecisionTarget? target, int maxReplications,
        Func<int, int, int, RunSummary> run)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(strategies, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentNullException.ThrowIfNull(run);
        int max = target is null ? batch : maxReplications;
        ArgumentOutOfRangeException.ThrowIfLessThan(max, batch);
        var runs = Enumerable.Range(0, strategies).Select(s => run(s, 0, batch)).ToArray();
        int done = batch;
        while (target is not null && done < max && !target.IsMetBy(runs))
        {
            int count = Math.Min(batch, max - done);
            for (int s = 0; s < strategies; s++) runs[s] = Append(runs[s], run(s, done, count));
            done += count;
        }
        var outcome = target is null ? null : new PrecisionOutcome(target, batch, max, done, target.IsMetBy(runs), runs.Select(target.Achieved).ToArray());
        return (runs, outcome);
    }

    // A new summary rather than `with`: its KPIs and mean timeline are computed when it is made.
    private static RunSummary Append(RunSummary first, RunSummary next) =>
        new(first.Scenario, first.Strategy, first.Seed, [.. first.Replications, .. next.Replications]);
}

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Kpis;
using LogisticsSim.Core.Response;
using LogisticsSim.Core.Scenarios;
using LogisticsSim.Core.Strategies;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Experiments;

/// <summary>
/// Runs replications of a scenario under a strategy, in parallel across replications (each owns
/// its simulation and its strategy instance). Results come back in replication order, so outputs
/// are the same whatever the number of threads.
/// </summary>
public static class ReplicationRunner
{
    /// <param name="scenario">The scenario.</param>
    /// <param name="strategy">Makes a fresh strategy for each replication.</param>
    /// <param name="replications">How many, numbered from <paramref name="firstReplication"/>.</param>
    /// <param name="seed">Master seed; the scenario's when null.</param>
    /// <param name="parallelism">Threads at most; all cores when null.</param>
    /// <param name="progress">Told once per finished replication.</param>
    /// <param name="cancel">Stops starting new replications.</param>
    /// <param name="timelineStep">When given, each replication records its timeline on this grid (for charts).</param>
    /// <param name="firstReplication">The number of the first replication (a later batch of a run to a precision target).</param>
    public static RunSummary Run(Scenario scenario, Func<IStrategy> strategy, int replications, long? seed = null,
        int? parallelism = null, IProgress<int>? progress = null, CancellationToken cancel = default, SimTime? timelineStep = null,
        int firstReplication = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var results = new ReplicationResult[replications];
        var probe = strategy();
        string name = probe.Name;
        (probe as IDisposable)?.Dispose();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? -1, CancellationToken = cancel };
        try
        {
            Parallel.For(0, replications, options, r =>
            {
                var instance = strategy();
                try
                {
                    results[r] = new ResponseModel(scenario, instance, firstReplication + r, seed, timelineStep).Run();
                }
                finally
                {
                    // A strategy that holds a resource (an external policy program) lets it go with its replication.
                    (instance as IDisposable)?.Dispose();
                }
                progress?.Report(firstReplication + r);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure, as itself: a strategy error should read as one, not as a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return new RunSummary(scenario.Name, name, seed ?? scenario.Seed, results);
    }
}

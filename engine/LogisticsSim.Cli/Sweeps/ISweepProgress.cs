// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Sweeps;

/// <summary>Told when a sweep starts and as each unit finishes (from worker threads).</summary>
public interface ISweepProgress
{
    void Start(int units);

    /// <summary>A unit finished; <paramref name="error"/> is null when it produced a result.</summary>
    void Finished(string unitId, string? error);
}

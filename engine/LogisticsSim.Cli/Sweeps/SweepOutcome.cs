// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Sweeps;

/// <summary>What a sweep did with its shard's units.</summary>
/// <param name="Planned">Units in the shard.</param>
/// <param name="Skipped">Units whose result already existed (--resume).</param>
/// <param name="Done">Units run to a result now.</param>
/// <param name="Failed">Units that threw, with their ids.</param>
/// <param name="Cancelled">True when the run was stopped before every unit ran.</param>
/// <param name="ComputeSeconds">Sum over units of the time spent simulating them (for the overhead figure).</param>
public sealed record SweepOutcome(int Planned, int Skipped, int Done, IReadOnlyList<string> Failed, bool Cancelled, double ComputeSeconds)
{
    /// <summary>"N unit(s) run, N already done, N failed, of N", for the line a command prints when its units are done.</summary>
    public string Counts => $"{Done} unit(s) run, {Skipped} already done, {Failed.Count} failed, of {Planned}";

    /// <summary>
    /// Says why not every unit has a result (stopped, or failed units and where their errors are), with how to go on;
    /// false when every unit ran.
    /// </summary>
    /// <param name="error">Where to say it.</param>
    /// <param name="toFinish">How to finish a stopped run, e.g. "run again with --resume to finish".</param>
    /// <param name="toRetry">How to retry failed units, e.g. "run again with --resume to retry the failed ones".</param>
    public bool TellProblems(TextWriter error, string toFinish, string toRetry)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Cancelled)
        {
            error.WriteLine($"stopped before every unit ran; {toFinish}");
            return true;
        }
        if (Failed.Count == 0) return false;
        foreach (var id in Failed.Take(20)) error.WriteLine($"failed: {id}: see {Path.Combine("units", id + ".failed.json")}");
        error.WriteLine($"{Failed.Count} unit(s) failed; {toRetry}");
        return true;
    }
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Sweeps;

/// <summary>What a sweep did with its shard's units.</summary>
/// <param name="Planned">Units in the shard.</param>
/// <param name="Skipped">Units whose result already existed (--resume).</param>
/// <param name="Done">Units run to a result now.</param>
/// <param name="Failed">Units that threw, with their ids.</param>
/// <param name="Cancelled">True when the run was stopped before every unit ran.</param>
/// <param name="ComputeSeconds">Sum over units of the time spent simulating them (for the overhead figure).</param>
public sealed record SweepOutcome(int Planned, int Skipped, int Done, IReadOnlyList<string> Failed, bool Cancelled, double ComputeSeconds);

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Timelines;

namespace LogisticsSim.Core.Kpis;

/// <summary>What one replication produced.</summary>
/// <param name="Replication">The replication number.</param>
/// <param name="Kpis">Its KPIs.</param>
/// <param name="Requests">One record per request created before the horizon, in order of creation.</param>
public sealed record ReplicationResult(int Replication, ReplicationKpis Kpis, IReadOnlyList<RequestRecord> Requests)
{
    /// <summary>The replication over time, when the run was asked to record it; else null.</summary>
    public Timeline? Timeline { get; init; }

    /// <summary>One record per leg of the requests carried as chains, in order of creation; empty where no request can be a chain.</summary>
    public IReadOnlyList<LegRecord> Legs { get; init; } = [];
}

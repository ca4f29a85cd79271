// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Optimization.Benchmarks;

/// <summary>Which published benchmark family an instance belongs to.</summary>
public enum BenchmarkFamily
{
    /// <summary>Li and Lim (2003) pickup and delivery with time windows.</summary>
    LiLim,

    /// <summary>Solomon (1987) vehicle routing with time windows: deliveries from one depot.</summary>
    Solomon,
}

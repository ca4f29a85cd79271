// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Response;

/// <summary>Tonnes of one item at one node, and how much of it vehicles have claimed but not loaded.</summary>
internal sealed class StockLevel(double tonnes)
{
    public double Tonnes { get; set; } = tonnes;
    public double Claimed { get; set; }
    public double Available => Math.Max(0, Tonnes - Claimed);

    /// <summary>Since when nothing of it has been free while requests waited for it, or null (for <c>stockout_h</c>).</summary>
    public SimTime? OutSince { get; set; }

    /// <summary>Hours out of stock in intervals already ended.</summary>
    public double OutHours { get; set; }
}

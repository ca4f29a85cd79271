// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Response;

/// <summary>Tonnes of one item at one node, and how much of it vehicles have claimed but not loaded.</summary>
internal sealed class StockLevel(double tonnes)
{
    public double Tonnes { get; set; } = tonnes;
    public double Claimed { get; set; }
    public double Available => Math.Max(0, Tonnes - Claimed);
}

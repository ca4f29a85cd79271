// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Kpis;

/// <summary>Where every requested tonne is at one instant: requested = delivered + in transit + waiting + dropped + at transfers.</summary>
/// <param name="Requested">Tonnes of all requests created so far.</param>
/// <param name="Delivered">Tonnes unloaded at their destinations.</param>
/// <param name="InTransit">Tonnes on vehicles.</param>
/// <param name="Waiting">Tonnes not yet loaded (unassigned or claimed by a vehicle on its way).</param>
/// <param name="Dropped">Tonnes a strategy gave up.</param>
public sealed record TonnageBalance(double Requested, double Delivered, double InTransit, double Waiting, double Dropped)
{
    /// <summary>Tonnes of chains between two legs: unloaded at a transfer node and not yet loaded for the next leg.</summary>
    public double AtTransfers { get; init; }

    /// <summary>Requested minus the sum of the parts: zero up to rounding.</summary>
    public double Residual => Requested - (Delivered + InTransit + Waiting + Dropped + AtTransfers);
}

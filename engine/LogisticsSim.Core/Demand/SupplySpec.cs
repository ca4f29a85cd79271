// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Demand;

/// <summary>
/// Cargo arriving into the region (<c>supply</c>): a ship at a port, a flight at an airport, trucks at a
/// border. Shipment k (from 0) is scheduled at k x <see cref="Every"/> and arrives <see cref="Arrival"/>
/// later, drawn afresh for each shipment from the supply's own random stream; what it brings is unloaded
/// through the node's handling (under its hazards) and becomes stock there, within its storage.
/// </summary>
/// <param name="Id">Unique id (default <c>at-item</c>), also the key of the supply's random numbers.</param>
/// <param name="At">The entry node where the cargo lands.</param>
/// <param name="Item">What arrives.</param>
/// <param name="Tonnes">Tonnes per shipment (&gt; 0).</param>
/// <param name="Arrival">Time from a shipment's scheduled slot to its arrival, in hours (a constant or a distribution).</param>
/// <param name="Every">Time between scheduled shipments, or null for a single shipment.</param>
/// <param name="Until">No shipment scheduled at or after this time (default the horizon).</param>
/// <param name="Times">At most this many shipments, or null for no limit but <paramref name="Until"/>.</param>
public sealed record SupplySpec(
    string Id,
    NodeId At,
    ItemId Item,
    double Tonnes,
    Distribution Arrival,
    SimTime? Every,
    SimTime Until,
    int? Times)
{
    /// <summary>The scheduled slots of the shipments, before the drawn arrival time is added.</summary>
    public IEnumerable<SimTime> Slots()
    {
        var slot = SimTime.Zero;
        for (int k = 0; ; k++)
        {
            if (Times is { } n && k >= n) yield break;
            if (k > 0 && Every is not { } every) yield break;
            if (k > 0) slot += Every!.Value; // a sum of ticks: exact however many shipments
            if (k > 0 && slot >= Until) yield break;
            yield return slot;
        }
    }
}

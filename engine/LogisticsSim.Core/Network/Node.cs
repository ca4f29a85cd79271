// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>A place in the network: a port, airport, hub, affected district, border crossing or road junction.</summary>
/// <param name="Id">Unique id, referred to by links, fleet bases, stock and demand.</param>
/// <param name="Kind">What the place is.</param>
/// <param name="Location">Coordinates; links without <c>km</c> take their length from them.</param>
/// <param name="Name">Display name, or null when the file gives none.</param>
/// <param name="StorageTonnes">Warehouse capacity in tonnes; null means unlimited.</param>
/// <param name="HandlingTonnesPerHour">Loading and unloading rate in tonnes per hour; null means instant.</param>
/// <param name="Population">Affected population living there (districts), or null; needs default to it.</param>
public sealed record Node(
    NodeId Id,
    NodeKind Kind,
    GeoPoint Location,
    string? Name,
    double? StorageTonnes,
    double? HandlingTonnesPerHour,
    double? Population)
{
    /// <summary>Warehouse capacity in m3 (<c>storage_m3</c>); null means unlimited.</summary>
    public double? StorageCubicMetres { get; init; }

    /// <summary>
    /// Hours cargo spends changing vehicles here between two legs of a chain, on top of unloading and
    /// loading at the node's handling rate; null where cargo may not change vehicles (no <c>transfer_h</c>
    /// on the node or the network, or <c>transfer: false</c>).
    /// </summary>
    public double? TransferHours { get; init; }

    /// <summary>Whether the node's storage is limited, in tonnes or in m3.</summary>
    public bool HasStorageLimit => StorageTonnes is not null || StorageCubicMetres is not null;
}

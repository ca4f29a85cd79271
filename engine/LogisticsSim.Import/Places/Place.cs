// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Places;

/// <summary>A place to put on the network: a hub, port, airport, border crossing or district.</summary>
/// <param name="Id">The node id it becomes.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Location">Where the file puts it; it snaps to the nearest road vertex.</param>
/// <param name="Source">Where it was read, for comments and errors (<c>places.csv:4</c>).</param>
internal sealed record Place(string Id, NodeKind Kind, GeoPoint Location, string Source)
{
    public string? Name { get; init; }

    /// <summary>An administrative code (a P-code) that population rows may name it by.</summary>
    public string? Code { get; init; }

    public double? Population { get; init; }

    /// <summary>People in need, from the population table's <c>#inneed</c> (else <c>#affected</c>).</summary>
    public double? InNeed { get; init; }

    public double? StorageTonnes { get; init; }

    public double? HandlingTonnesPerHour { get; init; }
}

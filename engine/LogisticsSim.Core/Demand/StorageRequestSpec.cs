// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Demand;

/// <summary>
/// Storage as a service (<c>demand.storage</c>): a partner asks for space for <see cref="Tonnes"/> at
/// <see cref="At"/> from <see cref="From"/> until <see cref="Until"/>. It takes the space when it is free
/// (late when the store is full at <see cref="From"/>) and gives it back at <see cref="Until"/>; a request
/// that finds no space before <see cref="Until"/> is refused.
/// </summary>
/// <param name="Id">Unique id (for example the Service Request Form number).</param>
/// <param name="Partner">The requesting organisation, or null.</param>
/// <param name="Item">What is stored.</param>
/// <param name="Tonnes">How much (&gt; 0).</param>
/// <param name="CubicMetres">Its volume: as given, else tonnes over the item's density.</param>
/// <param name="At">The node whose storage it occupies.</param>
/// <param name="From">When it asks for the space.</param>
/// <param name="Until">When it gives the space back (after <paramref name="From"/>).</param>
public sealed record StorageRequestSpec(
    string Id,
    string? Partner,
    ItemId Item,
    double Tonnes,
    double CubicMetres,
    NodeId At,
    SimTime From,
    SimTime Until);

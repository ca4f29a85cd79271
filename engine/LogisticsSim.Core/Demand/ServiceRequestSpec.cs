// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Demand;

/// <summary>One service request written out in the file (<c>demand.requests</c>): move cargo from one node to another.</summary>
/// <param name="Id">Unique id (for example the Service Request Form number).</param>
/// <param name="Partner">The requesting organisation, or null.</param>
/// <param name="Item">What to move.</param>
/// <param name="Tonnes">How much (&gt; 0).</param>
/// <param name="CubicMetres">Its volume: as given, else tonnes over the item's density.</param>
/// <param name="From">Origin.</param>
/// <param name="To">Destination (never the origin).</param>
/// <param name="Ready">When the cargo can leave, since the scenario's start.</param>
/// <param name="Due">When it should arrive, since the scenario's start (after <paramref name="Ready"/>).</param>
/// <param name="Priority">1 is the most urgent; larger numbers are less urgent.</param>
public sealed record ServiceRequestSpec(
    string Id,
    string? Partner,
    ItemId Item,
    double Tonnes,
    double CubicMetres,
    NodeId From,
    NodeId To,
    SimTime Ready,
    SimTime Due,
    int Priority);

// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Demand;
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Strategies;

/// <summary>A ready request as a strategy sees it: what is left to move, from where to where, by when.</summary>
/// <param name="Id">The request's id (unique in the replication).</param>
/// <param name="Item">What is moved.</param>
/// <param name="From">Origin node.</param>
/// <param name="To">Destination node.</param>
/// <param name="Tonnes">Tonnes not yet given to any vehicle.</param>
/// <param name="CubicMetresPerTonne">Volume of one tonne of this cargo.</param>
/// <param name="Ready">When the cargo could first leave.</param>
/// <param name="Due">When it should arrive.</param>
/// <param name="Priority">1 is the most urgent.</param>
/// <param name="Sequence">Order of creation, a stable tie-breaker.</param>
public sealed record OpenRequest(
    string Id,
    ItemId Item,
    NodeId From,
    NodeId To,
    double Tonnes,
    double CubicMetresPerTonne,
    SimTime Ready,
    SimTime Due,
    int Priority,
    long Sequence)
{
    /// <summary>
    /// People whose needs one tonne of this request covers (0 for a request that is not a need): a tonne
    /// late deprives them, and the <c>objective</c> prices that deprivation.
    /// </summary>
    public double PeoplePerTonne { get; init; }

    /// <summary>
    /// For a leg of a request carried as a chain: the request's id (the leg's own <see cref="Id"/> is
    /// "request#n"). Null for a request carried whole. A leg is served like any request, from its
    /// <see cref="From"/> to its <see cref="To"/>; the model carries the cargo on from there.
    /// </summary>
    public string? Request { get; init; }

    /// <summary>For a leg: its number in the chain (1 leaves from the request's origin); 0 for a request carried whole.</summary>
    public int Leg { get; init; }

    /// <summary>For a leg: the mode its route expects (the fastest; a vehicle of another mode joining its ends may carry it too).</summary>
    public TransportMode? Mode { get; init; }
}

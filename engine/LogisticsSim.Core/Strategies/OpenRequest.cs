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
}

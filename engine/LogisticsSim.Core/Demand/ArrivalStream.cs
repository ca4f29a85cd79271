// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;
using LogisticsSim.Kernel.Random;

namespace LogisticsSim.Core.Demand;

/// <summary>
/// A random stream of service requests (<c>demand.arrivals</c>): from <see cref="Start"/>, requests arrive
/// with random gaps until <see cref="End"/>; each is ready when it arrives, goes to one destination chosen
/// uniformly from <see cref="To"/>, and is due <see cref="DueAfterArrival"/> later.
/// </summary>
/// <param name="Id">Unique id, also the key of the stream's random numbers.</param>
/// <param name="Partner">The requesting organisation, or null.</param>
/// <param name="Item">What is requested.</param>
/// <param name="From">Origin of every request.</param>
/// <param name="To">Candidate destinations (at least one), each equally likely.</param>
/// <param name="TonnesPerRequest">Size of each request in tonnes (volume from the item's density).</param>
/// <param name="InterarrivalHours">Gap between arrivals, in hours (mean &gt; 0).</param>
/// <param name="DueAfterArrival">Time from arrival to due time.</param>
/// <param name="Priority">1 is the most urgent.</param>
/// <param name="Start">No arrival before this time.</param>
/// <param name="End">No arrival at or after this time (at most the horizon).</param>
public sealed record ArrivalStream(
    string Id,
    string? Partner,
    ItemId Item,
    NodeId From,
    IReadOnlyList<NodeId> To,
    Distribution TonnesPerRequest,
    Distribution InterarrivalHours,
    SimTime DueAfterArrival,
    int Priority,
    SimTime Start,
    SimTime End);

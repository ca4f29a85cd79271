// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;
using LogisticsSim.Kernel;

namespace LogisticsSim.Core.Demand;

/// <summary>
/// Requests generated from population and rations (<c>demand.needs</c>): at <see cref="Start"/> and every
/// <see cref="Every"/> after it (before <see cref="End"/>) one request becomes ready to move
/// <see cref="TonnesPerRequest"/> of the item from <see cref="From"/> to <see cref="At"/>, covering the
/// next <see cref="Every"/> of consumption, due <see cref="DueAfterReady"/> after it is ready.
/// </summary>
/// <param name="Id">Unique id (default <c>at-item</c>), also the key of its requests' ids.</param>
/// <param name="Partner">The organisation the requests are made for, or null.</param>
/// <param name="At">The district in need (destination).</param>
/// <param name="Item">What is needed.</param>
/// <param name="From">Where the requests are served from.</param>
/// <param name="People">People covered: population (the need's own, else the node's) times the affected share.</param>
/// <param name="KgPerPersonDay">Ration, for example 0.555 kg of food per person per day (WFP).</param>
/// <param name="Every">Interval between requests.</param>
/// <param name="DueAfterReady">Time from ready to due.</param>
/// <param name="Priority">1 is the most urgent.</param>
/// <param name="Start">Time of the first request.</param>
/// <param name="End">No request at or after this time (at most the horizon).</param>
public sealed record NeedSpec(
    string Id,
    string? Partner,
    NodeId At,
    ItemId Item,
    NodeId From,
    double People,
    double KgPerPersonDay,
    SimTime Every,
    SimTime DueAfterReady,
    int Priority,
    SimTime Start,
    SimTime End)
{
    /// <summary>Tonnes in each generated request: people x ration x interval.</summary>
    public double TonnesPerRequest => People * KgPerPersonDay / 1000.0 * Every.Days;
}

// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Hindsight;

/// <summary>How <see cref="ForeseenNetwork.From"/> lets a vehicle use links that close and reopen.</summary>
public enum ForeseenPathRule
{
    /// <summary>A link can be entered while it is open; a vehicle may wait at a node for a link to reopen.</summary>
    WaitForReopening,

    /// <summary>
    /// A link can be entered while it is open, and a vehicle never waits: the paths a vehicle can take
    /// without stopping, which is how the model moves a vehicle while any open path remains.
    /// </summary>
    NoWaiting,

    /// <summary>
    /// The network stays as it is at departure: a link closed then stays closed, an open one stays open.
    /// How the model itself picks a vehicle's path (the fastest open path now, with the slowdowns now).
    /// </summary>
    AsAtDeparture,
}

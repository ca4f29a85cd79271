// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Planning;

/// <summary>One size a hub may be opened at: what it holds and what opening it costs.</summary>
/// <param name="Name">Display name (small, medium, large...).</param>
/// <param name="CapacityTonnes">Most tonnes of stock it holds, or null when only volume limits it.</param>
/// <param name="CapacityM3">Most m3 of stock it holds (tonnes over each item's density), or null when only mass limits it.</param>
/// <param name="Cost">Cost of opening and running it for the season.</param>
public sealed record HubSize(string Name, double? CapacityTonnes, double? CapacityM3, double Cost);

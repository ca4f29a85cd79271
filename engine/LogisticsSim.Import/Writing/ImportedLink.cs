// SPDX-License-Identifier: Apache-2.0
using LogisticsSim.Core.Network;

namespace LogisticsSim.Import.Writing;

/// <summary>A link as the scenario will list it.</summary>
/// <param name="Id">An explicit id where the derived one (<c>from-to-mode</c>) would repeat a parallel link's, else null.</param>
/// <param name="From">Node id.</param>
/// <param name="To">Node id.</param>
/// <param name="Mode">road, water or air.</param>
/// <param name="Km">Length along the road.</param>
/// <param name="Hours">Travel time every vehicle takes, from the road's speed, or null.</param>
/// <param name="Comment">Which features it follows, its surface, or why it was added.</param>
internal sealed record ImportedLink(string? Id, string From, string To, TransportMode Mode, double Km, double? Hours, string Comment);

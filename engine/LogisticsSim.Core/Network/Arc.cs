// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>
/// One direction of travel along a <see cref="Link"/>: a bidirectional link gives two arcs,
/// a one-way link one. Routing works on arcs; hazards and travel times belong to the link.
/// </summary>
/// <param name="Link">The link travelled.</param>
/// <param name="From">Where the arc starts.</param>
/// <param name="To">Where the arc ends.</param>
public sealed record Arc(Link Link, NodeId From, NodeId To)
{
    /// <summary>The link's mode.</summary>
    public TransportMode Mode => Link.Mode;
}

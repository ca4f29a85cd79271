// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>How a link is travelled and which vehicles may travel it.</summary>
public enum TransportMode
{
    /// <summary>Trucks and 4x4s.</summary>
    Road,

    /// <summary>Helicopters and planes.</summary>
    Air,

    /// <summary>Boats on rivers, lakes or the sea.</summary>
    Water,
}

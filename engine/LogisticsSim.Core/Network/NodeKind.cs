// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>What a place is, as written in a scenario's <c>kind</c>.</summary>
public enum NodeKind
{
    /// <summary>A sea or river port: an entry point for cargo.</summary>
    Port,

    /// <summary>An airport or airstrip.</summary>
    Airport,

    /// <summary>A warehouse or logistics hub.</summary>
    Hub,

    /// <summary>An affected area: an extended or final delivery point.</summary>
    District,

    /// <summary>A border crossing.</summary>
    Border,

    /// <summary>A road junction or bend kept for the network's shape (imported networks have thousands): no warehouse, no demand of its own.</summary>
    Junction,
}

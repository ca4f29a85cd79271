// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>
/// The id of a <see cref="Link"/>: the <c>id</c> given in the scenario, else <c>from-to-mode</c>
/// (for example <c>PORT-BUZI-road</c>).
/// </summary>
public readonly record struct LinkId(string Value)
{
    /// <summary>The id as written or derived.</summary>
    public override string ToString() => Value;

    /// <summary>The id a link without an explicit id gets: <c>from-to-mode</c>, mode in lower case.</summary>
    public static LinkId Derived(NodeId from, NodeId to, TransportMode mode) =>
        new($"{from.Value}-{to.Value}-{ModeName(mode)}");

    /// <summary>The scenario-file spelling of a mode: road, air, water.</summary>
    public static string ModeName(TransportMode mode) => mode switch
    {
        TransportMode.Road => "road",
        TransportMode.Air => "air",
        TransportMode.Water => "water",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown mode"),
    };
}

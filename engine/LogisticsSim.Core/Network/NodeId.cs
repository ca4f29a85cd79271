// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Network;

/// <summary>The id of a <see cref="Node"/>, as written in the scenario (case-sensitive).</summary>
public readonly record struct NodeId(string Value)
{
    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}

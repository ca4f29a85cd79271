// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Demand;

/// <summary>The id of an <see cref="Item"/>, as written in the scenario.</summary>
public readonly record struct ItemId(string Value)
{
    /// <summary>The id as written.</summary>
    public override string ToString() => Value;
}
